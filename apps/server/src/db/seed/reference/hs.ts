/**
 * Harmonized System (HS 2022 edition) reference data, French labels.
 *
 * - HS_CHAPTERS: the 97 chapters (77 is reserved by the WCO).
 * - HS_HEADINGS: a selection of real 4-digit headings frequently met in Moroccan
 *   imports/exports. Long official titles are sometimes shortened (« … » is not
 *   used; omitted enumerations are simply cut).
 * - HS_CODES_10: 10-digit tariff lines in the Moroccan format (6-digit HS 2022
 *   subheading + 4 national digits). The 6-digit parts are real HS subheadings;
 *   the 4 national digits are ILLUSTRATIVE and must not be taken as the official
 *   Moroccan tariff (Tarif des droits de douane).
 *
 * Note: heading 69.08 (glazed ceramic tiles) no longer exists since HS 2022 (it
 * was merged into 69.07), so it is deliberately absent.
 */

export interface HsEntry {
  code: string;
  labelFr: string;
}

export const HS_CHAPTERS: HsEntry[] = [
  { code: '01', labelFr: 'Animaux vivants' },
  { code: '02', labelFr: 'Viandes et abats comestibles' },
  { code: '03', labelFr: 'Poissons et crustacés, mollusques et autres invertébrés aquatiques' },
  {
    code: '04',
    labelFr:
      "Lait et produits de la laiterie; œufs d'oiseaux; miel naturel; produits comestibles d'origine animale, non dénommés ni compris ailleurs",
  },
  { code: '05', labelFr: "Autres produits d'origine animale, non dénommés ni compris ailleurs" },
  { code: '06', labelFr: 'Plantes vivantes et produits de la floriculture' },
  { code: '07', labelFr: 'Légumes, plantes, racines et tubercules alimentaires' },
  { code: '08', labelFr: "Fruits comestibles; écorces d'agrumes ou de melons" },
  { code: '09', labelFr: 'Café, thé, maté et épices' },
  { code: '10', labelFr: 'Céréales' },
  { code: '11', labelFr: 'Produits de la minoterie; malt; amidons et fécules; inuline; gluten de froment' },
  {
    code: '12',
    labelFr:
      'Graines et fruits oléagineux; graines, semences et fruits divers; plantes industrielles ou médicinales; pailles et fourrages',
  },
  { code: '13', labelFr: 'Gommes, résines et autres sucs et extraits végétaux' },
  {
    code: '14',
    labelFr: "Matières à tresser et autres produits d'origine végétale, non dénommés ni compris ailleurs",
  },
  {
    code: '15',
    labelFr:
      "Graisses et huiles animales, végétales ou d'origine microbienne et produits de leur dissociation; graisses alimentaires élaborées; cires d'origine animale ou végétale",
  },
  {
    code: '16',
    labelFr:
      "Préparations de viandes, de poissons, de crustacés, de mollusques, d'autres invertébrés aquatiques ou d'insectes",
  },
  { code: '17', labelFr: 'Sucres et sucreries' },
  { code: '18', labelFr: 'Cacao et ses préparations' },
  {
    code: '19',
    labelFr: "Préparations à base de céréales, de farines, d'amidons, de fécules ou de lait; pâtisseries",
  },
  { code: '20', labelFr: "Préparations de légumes, de fruits ou d'autres parties de plantes" },
  { code: '21', labelFr: 'Préparations alimentaires diverses' },
  { code: '22', labelFr: 'Boissons, liquides alcooliques et vinaigres' },
  {
    code: '23',
    labelFr: 'Résidus et déchets des industries alimentaires; aliments préparés pour animaux',
  },
  {
    code: '24',
    labelFr:
      "Tabacs et succédanés de tabac fabriqués; produits, même contenant de la nicotine, destinés à l'inhalation sans combustion; autres produits contenant de la nicotine destinés à l'absorption de la nicotine dans le corps humain",
  },
  { code: '25', labelFr: 'Sel; soufre; terres et pierres; plâtres, chaux et ciments' },
  { code: '26', labelFr: 'Minerais, scories et cendres' },
  {
    code: '27',
    labelFr:
      'Combustibles minéraux, huiles minérales et produits de leur distillation; matières bitumineuses; cires minérales',
  },
  {
    code: '28',
    labelFr:
      "Produits chimiques inorganiques; composés inorganiques ou organiques de métaux précieux, d'éléments radioactifs, de métaux des terres rares ou d'isotopes",
  },
  { code: '29', labelFr: 'Produits chimiques organiques' },
  { code: '30', labelFr: 'Produits pharmaceutiques' },
  { code: '31', labelFr: 'Engrais' },
  {
    code: '32',
    labelFr:
      'Extraits tannants ou tinctoriaux; tanins et leurs dérivés; pigments et autres matières colorantes; peintures et vernis; mastics; encres',
  },
  {
    code: '33',
    labelFr:
      'Huiles essentielles et résinoïdes; produits de parfumerie ou de toilette préparés et préparations cosmétiques',
  },
  {
    code: '34',
    labelFr:
      "Savons, agents de surface organiques, préparations pour lessives, préparations lubrifiantes, cires artificielles, cires préparées, produits d'entretien, bougies et articles similaires, pâtes à modeler, « cires pour l'art dentaire » et compositions pour l'art dentaire à base de plâtre",
  },
  {
    code: '35',
    labelFr: "Matières albuminoïdes; produits à base d'amidons ou de fécules modifiés; colles; enzymes",
  },
  {
    code: '36',
    labelFr:
      'Poudres et explosifs; articles de pyrotechnie; allumettes; alliages pyrophoriques; matières inflammables',
  },
  { code: '37', labelFr: 'Produits photographiques ou cinématographiques' },
  { code: '38', labelFr: 'Produits divers des industries chimiques' },
  { code: '39', labelFr: 'Matières plastiques et ouvrages en ces matières' },
  { code: '40', labelFr: 'Caoutchouc et ouvrages en caoutchouc' },
  { code: '41', labelFr: 'Peaux (autres que les pelleteries) et cuirs' },
  {
    code: '42',
    labelFr:
      'Ouvrages en cuir; articles de bourrellerie ou de sellerie; articles de voyage, sacs à main et contenants similaires; ouvrages en boyaux',
  },
  { code: '43', labelFr: 'Pelleteries et fourrures; pelleteries factices' },
  { code: '44', labelFr: 'Bois, charbon de bois et ouvrages en bois' },
  { code: '45', labelFr: 'Liège et ouvrages en liège' },
  { code: '46', labelFr: 'Ouvrages de sparterie ou de vannerie' },
  {
    code: '47',
    labelFr:
      "Pâtes de bois ou d'autres matières fibreuses cellulosiques; papier ou carton à recycler (déchets et rebuts)",
  },
  { code: '48', labelFr: 'Papiers et cartons; ouvrages en pâte de cellulose, en papier ou en carton' },
  {
    code: '49',
    labelFr:
      "Produits de l'édition, de la presse ou des autres industries graphiques; textes manuscrits ou dactylographiés et plans",
  },
  { code: '50', labelFr: 'Soie' },
  { code: '51', labelFr: 'Laine, poils fins ou grossiers; fils et tissus de crin' },
  { code: '52', labelFr: 'Coton' },
  { code: '53', labelFr: 'Autres fibres textiles végétales; fils de papier et tissus de fils de papier' },
  {
    code: '54',
    labelFr:
      'Filaments synthétiques ou artificiels; lames et formes similaires en matières textiles synthétiques ou artificielles',
  },
  { code: '55', labelFr: 'Fibres synthétiques ou artificielles discontinues' },
  {
    code: '56',
    labelFr:
      'Ouates, feutres et nontissés; fils spéciaux; ficelles, cordes et cordages; articles de corderie',
  },
  { code: '57', labelFr: 'Tapis et autres revêtements de sol en matières textiles' },
  {
    code: '58',
    labelFr:
      'Tissus spéciaux; surfaces textiles touffetées; dentelles; tapisseries; passementeries; broderies',
  },
  {
    code: '59',
    labelFr: 'Tissus imprégnés, enduits, recouverts ou stratifiés; articles techniques en matières textiles',
  },
  { code: '60', labelFr: 'Étoffes de bonneterie' },
  { code: '61', labelFr: 'Vêtements et accessoires du vêtement, en bonneterie' },
  { code: '62', labelFr: "Vêtements et accessoires du vêtement, autres qu'en bonneterie" },
  { code: '63', labelFr: 'Autres articles textiles confectionnés; assortiments; friperie et chiffons' },
  { code: '64', labelFr: 'Chaussures, guêtres et articles analogues; parties de ces objets' },
  { code: '65', labelFr: 'Coiffures et parties de coiffures' },
  {
    code: '66',
    labelFr: 'Parapluies, ombrelles, parasols, cannes, cannes-sièges, fouets, cravaches et leurs parties',
  },
  {
    code: '67',
    labelFr:
      'Plumes et duvet apprêtés et articles en plumes ou en duvet; fleurs artificielles; ouvrages en cheveux',
  },
  {
    code: '68',
    labelFr: 'Ouvrages en pierres, plâtre, ciment, amiante, mica ou matières analogues',
  },
  { code: '69', labelFr: 'Produits céramiques' },
  { code: '70', labelFr: 'Verre et ouvrages en verre' },
  {
    code: '71',
    labelFr:
      'Perles fines ou de culture, pierres gemmes ou similaires, métaux précieux, plaqués ou doublés de métaux précieux et ouvrages en ces matières; bijouterie de fantaisie; monnaies',
  },
  { code: '72', labelFr: 'Fonte, fer et acier' },
  { code: '73', labelFr: 'Ouvrages en fonte, fer ou acier' },
  { code: '74', labelFr: 'Cuivre et ouvrages en cuivre' },
  { code: '75', labelFr: 'Nickel et ouvrages en nickel' },
  { code: '76', labelFr: 'Aluminium et ouvrages en aluminium' },
  { code: '77', labelFr: 'Réservé pour une utilisation éventuelle' },
  { code: '78', labelFr: 'Plomb et ouvrages en plomb' },
  { code: '79', labelFr: 'Zinc et ouvrages en zinc' },
  { code: '80', labelFr: 'Étain et ouvrages en étain' },
  { code: '81', labelFr: 'Autres métaux communs; cermets; ouvrages en ces matières' },
  {
    code: '82',
    labelFr:
      'Outils et outillage, articles de coutellerie et couverts de table, en métaux communs; parties de ces articles, en métaux communs',
  },
  { code: '83', labelFr: 'Ouvrages divers en métaux communs' },
  {
    code: '84',
    labelFr:
      'Réacteurs nucléaires, chaudières, machines, appareils et engins mécaniques; parties de ces machines ou appareils',
  },
  {
    code: '85',
    labelFr:
      "Machines, appareils et matériels électriques et leurs parties; appareils d'enregistrement ou de reproduction du son, appareils d'enregistrement ou de reproduction des images et du son en télévision, et parties et accessoires de ces appareils",
  },
  {
    code: '86',
    labelFr:
      'Véhicules et matériel pour voies ferrées ou similaires et leurs parties; appareils mécaniques (y compris électromécaniques) de signalisation pour voies de communications',
  },
  {
    code: '87',
    labelFr:
      'Voitures automobiles, tracteurs, cycles et autres véhicules terrestres, leurs parties et accessoires',
  },
  { code: '88', labelFr: 'Navigation aérienne ou spatiale' },
  { code: '89', labelFr: 'Navigation maritime ou fluviale' },
  {
    code: '90',
    labelFr:
      "Instruments et appareils d'optique, de photographie ou de cinématographie, de mesure, de contrôle ou de précision; instruments et appareils médico-chirurgicaux; parties et accessoires de ces instruments ou appareils",
  },
  { code: '91', labelFr: 'Horlogerie' },
  { code: '92', labelFr: 'Instruments de musique; parties et accessoires de ces instruments' },
  { code: '93', labelFr: 'Armes, munitions et leurs parties et accessoires' },
  {
    code: '94',
    labelFr:
      "Meubles; mobilier médico-chirurgical; articles de literie et similaires; luminaires et appareils d'éclairage non dénommés ni compris ailleurs; lampes-réclames, enseignes lumineuses, plaques indicatrices lumineuses et articles similaires; constructions préfabriquées",
  },
  {
    code: '95',
    labelFr: 'Jouets, jeux, articles pour divertissements ou pour sports; leurs parties et accessoires',
  },
  { code: '96', labelFr: 'Ouvrages divers' },
  { code: '97', labelFr: "Objets d'art, de collection ou d'antiquité" },
];

export const HS_HEADINGS: HsEntry[] = [
  { code: '0101', labelFr: 'Chevaux, ânes, mulets et bardots, vivants' },
  { code: '0102', labelFr: "Animaux vivants de l'espèce bovine" },
  { code: '0104', labelFr: 'Animaux vivants des espèces ovine ou caprine' },
  {
    code: '0105',
    labelFr: 'Coqs, poules, canards, oies, dindons, dindes et pintades, vivants, des espèces domestiques',
  },
  { code: '0106', labelFr: 'Autres animaux vivants' },
  { code: '0201', labelFr: "Viandes des animaux de l'espèce bovine, fraîches ou réfrigérées" },
  { code: '0202', labelFr: "Viandes des animaux de l'espèce bovine, congelées" },
  {
    code: '0204',
    labelFr: 'Viandes des animaux des espèces ovine ou caprine, fraîches, réfrigérées ou congelées',
  },
  {
    code: '0207',
    labelFr: 'Viandes et abats comestibles, frais, réfrigérés ou congelés, des volailles du no 01.05',
  },
  {
    code: '0302',
    labelFr:
      "Poissons frais ou réfrigérés, à l'exclusion des filets de poissons et autre chair de poissons du no 03.04",
  },
  {
    code: '0303',
    labelFr: "Poissons congelés, à l'exclusion des filets de poissons et autre chair de poissons du no 03.04",
  },
  {
    code: '0304',
    labelFr: 'Filets de poissons et autre chair de poissons (même hachée), frais, réfrigérés ou congelés',
  },
  {
    code: '0306',
    labelFr:
      'Crustacés, même séparés de leur carapace, vivants, frais, réfrigérés, congelés, séchés, salés ou en saumure; crustacés fumés',
  },
  {
    code: '0307',
    labelFr:
      'Mollusques, même séparés de leur coquille, vivants, frais, réfrigérés, congelés, séchés, salés ou en saumure; mollusques fumés',
  },
  {
    code: '0401',
    labelFr: "Lait et crème de lait, non concentrés ni additionnés de sucre ou d'autres édulcorants",
  },
  {
    code: '0402',
    labelFr: "Lait et crème de lait, concentrés ou additionnés de sucre ou d'autres édulcorants",
  },
  {
    code: '0405',
    labelFr: 'Beurre et autres matières grasses provenant du lait; pâtes à tartiner laitières',
  },
  { code: '0406', labelFr: 'Fromages et caillebotte' },
  { code: '0407', labelFr: "Œufs d'oiseaux, en coquilles, frais, conservés ou cuits" },
  { code: '0409', labelFr: 'Miel naturel' },
  {
    code: '0511',
    labelFr:
      "Produits d'origine animale, non dénommés ni compris ailleurs; animaux morts des chapitres 1 ou 3, impropres à l'alimentation humaine",
  },
  {
    code: '0602',
    labelFr: 'Autres plantes vivantes (y compris leurs racines), boutures et greffons; blanc de champignons',
  },
  {
    code: '0603',
    labelFr:
      'Fleurs et boutons de fleurs, coupés, pour bouquets ou pour ornements, frais, séchés, blanchis, teints, imprégnés ou autrement préparés',
  },
  { code: '0701', labelFr: "Pommes de terre, à l'état frais ou réfrigéré" },
  { code: '0702', labelFr: "Tomates, à l'état frais ou réfrigéré" },
  {
    code: '0703',
    labelFr: "Oignons, échalotes, aulx, poireaux et autres légumes alliacés, à l'état frais ou réfrigéré",
  },
  { code: '0708', labelFr: "Légumes à cosse, écossés ou non, à l'état frais ou réfrigéré" },
  { code: '0709', labelFr: "Autres légumes, à l'état frais ou réfrigéré" },
  { code: '0710', labelFr: "Légumes, non cuits ou cuits à l'eau ou à la vapeur, congelés" },
  { code: '0713', labelFr: 'Légumes à cosse secs, écossés, même décortiqués ou cassés' },
  {
    code: '0801',
    labelFr:
      'Noix de coco, noix du Brésil et noix de cajou, fraîches ou sèches, même sans leurs coques ou décortiquées',
  },
  { code: '0802', labelFr: 'Autres fruits à coque, frais ou secs, même sans leurs coques ou décortiqués' },
  { code: '0803', labelFr: 'Bananes, y compris les plantains, fraîches ou sèches' },
  {
    code: '0804',
    labelFr: 'Dattes, figues, ananas, avocats, goyaves, mangues et mangoustans, frais ou secs',
  },
  { code: '0805', labelFr: 'Agrumes, frais ou secs' },
  { code: '0806', labelFr: 'Raisins, frais ou secs' },
  { code: '0808', labelFr: 'Pommes, poires et coings, frais' },
  { code: '0810', labelFr: 'Autres fruits frais' },
  {
    code: '0901',
    labelFr:
      'Café, même torréfié ou décaféiné; coques et pellicules de café; succédanés du café contenant du café, quelles que soient les proportions du mélange',
  },
  { code: '0902', labelFr: 'Thé, même aromatisé' },
  {
    code: '0904',
    labelFr:
      'Poivre du genre Piper; piments du genre Capsicum ou du genre Pimenta, séchés ou broyés ou pulvérisés',
  },
  { code: '0910', labelFr: 'Gingembre, safran, curcuma, thym, feuilles de laurier, curry et autres épices' },
  { code: '1001', labelFr: 'Froment (blé) et méteil' },
  { code: '1003', labelFr: 'Orge' },
  { code: '1005', labelFr: 'Maïs' },
  { code: '1006', labelFr: 'Riz' },
  { code: '1101', labelFr: 'Farines de froment (blé) ou de méteil' },
  { code: '1107', labelFr: 'Malt, même torréfié' },
  { code: '1201', labelFr: 'Fèves de soja, même concassées' },
  { code: '1205', labelFr: 'Graines de navette ou de colza, même concassées' },
  { code: '1206', labelFr: 'Graines de tournesol, même concassées' },
  { code: '1209', labelFr: 'Graines, fruits et spores à ensemencer' },
  {
    code: '1211',
    labelFr:
      'Plantes, parties de plantes, graines et fruits des espèces utilisées principalement en parfumerie, en médecine ou à usages insecticides, parasiticides ou similaires, frais, réfrigérés, congelés ou secs, même coupés, concassés ou pulvérisés',
  },
  {
    code: '1212',
    labelFr:
      "Caroubes, algues, betteraves à sucre et cannes à sucre, frais, réfrigérés, congelés ou secs, même pulvérisés; noyaux et amandons de fruits et autres produits végétaux servant principalement à l'alimentation humaine, non dénommés ni compris ailleurs",
  },
  {
    code: '1302',
    labelFr:
      'Sucs et extraits végétaux; matières pectiques, pectinates et pectates; agar-agar et autres mucilages et épaississants dérivés des végétaux, même modifiés',
  },
  {
    code: '1507',
    labelFr: 'Huile de soja et ses fractions, même raffinées, mais non chimiquement modifiées',
  },
  {
    code: '1509',
    labelFr: "Huile d'olive et ses fractions, même raffinées, mais non chimiquement modifiées",
  },
  {
    code: '1511',
    labelFr: 'Huile de palme et ses fractions, même raffinées, mais non chimiquement modifiées',
  },
  {
    code: '1512',
    labelFr:
      'Huiles de tournesol, de carthame ou de coton et leurs fractions, même raffinées, mais non chimiquement modifiées',
  },
  {
    code: '1514',
    labelFr:
      'Huiles de navette, de colza ou de moutarde et leurs fractions, même raffinées, mais non chimiquement modifiées',
  },
  {
    code: '1515',
    labelFr:
      "Autres graisses et huiles végétales ou d'origine microbienne (y compris l'huile de jojoba) et leurs fractions, fixes, même raffinées, mais non chimiquement modifiées",
  },
  {
    code: '1517',
    labelFr:
      "Margarine; mélanges ou préparations alimentaires de graisses ou d'huiles animales, végétales ou d'origine microbienne ou de fractions de différentes graisses ou huiles du présent chapitre",
  },
  {
    code: '1601',
    labelFr:
      "Saucisses, saucissons et produits similaires, de viande, d'abats, de sang ou d'insectes; préparations alimentaires à base de ces produits",
  },
  { code: '1602', labelFr: "Autres préparations et conserves de viande, d'abats, de sang ou d'insectes" },
  {
    code: '1604',
    labelFr:
      "Préparations et conserves de poissons; caviar et ses succédanés préparés à partir d'œufs de poisson",
  },
  { code: '1605', labelFr: 'Crustacés, mollusques et autres invertébrés aquatiques, préparés ou conservés' },
  {
    code: '1701',
    labelFr: "Sucres de canne ou de betterave et saccharose chimiquement pur, à l'état solide",
  },
  { code: '1704', labelFr: 'Sucreries sans cacao (y compris le chocolat blanc)' },
  { code: '1806', labelFr: 'Chocolat et autres préparations alimentaires contenant du cacao' },
  {
    code: '1901',
    labelFr:
      'Extraits de malt; préparations alimentaires de farines, gruaux, semoules, amidons, fécules ou extraits de malt, ne contenant pas de cacao ou contenant moins de 40 % en poids de cacao calculés sur une base entièrement dégraissée, non dénommées ni comprises ailleurs; préparations alimentaires de produits des nos 04.01 à 04.04',
  },
  {
    code: '1902',
    labelFr:
      'Pâtes alimentaires, même cuites ou farcies ou bien autrement préparées, telles que spaghetti, macaroni, nouilles, lasagnes, gnocchi, ravioli, cannelloni; couscous, même préparé',
  },
  {
    code: '1905',
    labelFr:
      "Produits de la boulangerie, de la pâtisserie ou de la biscuiterie, même additionnés de cacao; hosties, cachets vides des types utilisés pour médicaments, pains à cacheter, pâtes séchées de farine, d'amidon ou de fécule en feuilles et produits similaires",
  },
  { code: '2002', labelFr: "Tomates préparées ou conservées autrement qu'au vinaigre ou à l'acide acétique" },
  {
    code: '2005',
    labelFr:
      "Autres légumes préparés ou conservés autrement qu'au vinaigre ou à l'acide acétique, non congelés",
  },
  {
    code: '2007',
    labelFr:
      "Confitures, gelées, marmelades, purées et pâtes de fruits, obtenues par cuisson, même additionnées de sucre ou d'autres édulcorants",
  },
  {
    code: '2008',
    labelFr:
      "Fruits et autres parties comestibles de plantes, autrement préparés ou conservés, avec ou sans addition de sucre ou d'autres édulcorants ou d'alcool, non dénommés ni compris ailleurs",
  },
  {
    code: '2009',
    labelFr:
      "Jus de fruits (y compris les moûts de raisin et l'eau de coco) ou de légumes, non fermentés, sans addition d'alcool, avec ou sans addition de sucre ou d'autres édulcorants",
  },
  {
    code: '2101',
    labelFr:
      'Extraits, essences et concentrés de café, de thé ou de maté et préparations à base de ces produits ou à base de café, thé ou maté; chicorée torréfiée et autres succédanés torréfiés du café et leurs extraits, essences et concentrés',
  },
  { code: '2106', labelFr: 'Préparations alimentaires non dénommées ni comprises ailleurs' },
  {
    code: '2201',
    labelFr:
      "Eaux, y compris les eaux minérales naturelles ou artificielles et les eaux gazéifiées, non additionnées de sucre ou d'autres édulcorants ni aromatisées; glace et neige",
  },
  {
    code: '2202',
    labelFr:
      "Eaux, y compris les eaux minérales et les eaux gazéifiées, additionnées de sucre ou d'autres édulcorants ou aromatisées, et autres boissons non alcooliques, à l'exclusion des jus de fruits ou de légumes du no 20.09",
  },
  {
    code: '2204',
    labelFr:
      'Vins de raisins frais, y compris les vins enrichis en alcool; moûts de raisin autres que ceux du no 20.09',
  },
  {
    code: '2208',
    labelFr:
      "Alcool éthylique non dénaturé d'un titre alcoométrique volumique de moins de 80 % vol; eaux-de-vie, liqueurs et autres boissons spiritueuses",
  },
  {
    code: '2304',
    labelFr:
      "Tourteaux et autres résidus solides, même broyés ou agglomérés sous forme de pellets, de l'extraction de l'huile de soja",
  },
  { code: '2309', labelFr: "Préparations des types utilisés pour l'alimentation des animaux" },
  { code: '2401', labelFr: 'Tabacs bruts ou non fabriqués; déchets de tabac' },
  {
    code: '2402',
    labelFr:
      'Cigares (y compris ceux à bouts coupés), cigarillos et cigarettes, en tabac ou en succédanés de tabac',
  },
  {
    code: '2501',
    labelFr:
      "Sel (y compris le sel préparé pour la table et le sel dénaturé) et chlorure de sodium pur, même en solution aqueuse ou additionnés d'agents antiagglomérants ou d'agents assurant une bonne fluidité; eau de mer",
  },
  {
    code: '2510',
    labelFr: 'Phosphates de calcium naturels, phosphates aluminocalciques naturels et craies phosphatées',
  },
  {
    code: '2515',
    labelFr:
      "Marbres, travertins, écaussines et autres pierres calcaires de taille ou de construction d'une densité apparente égale ou supérieure à 2,5, et albâtre, même dégrossis ou simplement débités",
  },
  {
    code: '2523',
    labelFr: 'Ciments hydrauliques (y compris les ciments non pulvérisés dits « clinkers »), même colorés',
  },
  {
    code: '2601',
    labelFr:
      'Minerais de fer et leurs concentrés, y compris les pyrites de fer grillées (cendres de pyrites)',
  },
  { code: '2603', labelFr: 'Minerais de cuivre et leurs concentrés' },
  { code: '2608', labelFr: 'Minerais de zinc et leurs concentrés' },
  {
    code: '2701',
    labelFr:
      'Houilles; briquettes, boulets et combustibles solides similaires obtenus à partir de la houille',
  },
  { code: '2709', labelFr: 'Huiles brutes de pétrole ou de minéraux bitumineux' },
  {
    code: '2710',
    labelFr:
      "Huiles de pétrole ou de minéraux bitumineux, autres que les huiles brutes; préparations non dénommées ni comprises ailleurs contenant en poids 70 % ou plus d'huiles de pétrole ou de minéraux bitumineux; déchets d'huiles",
  },
  { code: '2711', labelFr: 'Gaz de pétrole et autres hydrocarbures gazeux' },
  {
    code: '2713',
    labelFr:
      'Coke de pétrole, bitume de pétrole et autres résidus des huiles de pétrole ou de minéraux bitumineux',
  },
  { code: '2716', labelFr: 'Énergie électrique' },
  { code: '2807', labelFr: 'Acide sulfurique; oléum' },
  {
    code: '2809',
    labelFr:
      'Pentaoxyde de diphosphore; acide phosphorique; acides polyphosphoriques, de constitution chimique définie ou non',
  },
  { code: '2814', labelFr: 'Ammoniac anhydre ou en solution aqueuse (ammoniaque)' },
  {
    code: '2836',
    labelFr:
      "Carbonates; peroxocarbonates (percarbonates); carbonate d'ammonium du commerce contenant du carbamate d'ammonium",
  },
  { code: '2941', labelFr: 'Antibiotiques' },
  {
    code: '3002',
    labelFr:
      "Sang humain; sang animal préparé en vue d'usages thérapeutiques, prophylactiques ou de diagnostic; antisérums, autres fractions du sang et produits immunologiques; vaccins, toxines, cultures de micro-organismes (à l'exclusion des levures) et produits similaires; cultures de cellules, même modifiées",
  },
  {
    code: '3003',
    labelFr:
      "Médicaments (à l'exclusion des produits des nos 30.02, 30.05 ou 30.06) constitués par des produits mélangés entre eux, préparés à des fins thérapeutiques ou prophylactiques, mais ni présentés sous forme de doses, ni conditionnés pour la vente au détail",
  },
  {
    code: '3004',
    labelFr:
      "Médicaments (à l'exclusion des produits des nos 30.02, 30.05 ou 30.06) constitués par des produits mélangés ou non mélangés, préparés à des fins thérapeutiques ou prophylactiques, présentés sous forme de doses ou conditionnés pour la vente au détail",
  },
  {
    code: '3005',
    labelFr:
      'Ouates, gazes, bandes et articles analogues (pansements, sparadraps, sinapismes, par exemple), imprégnés ou recouverts de substances pharmaceutiques ou conditionnés pour la vente au détail à des fins médicales, chirurgicales, dentaires ou vétérinaires',
  },
  { code: '3006', labelFr: 'Préparations et articles pharmaceutiques visés à la note 4 du chapitre 30' },
  {
    code: '3101',
    labelFr:
      "Engrais d'origine animale ou végétale, même mélangés entre eux ou traités chimiquement; engrais résultant du mélange ou du traitement chimique de produits d'origine animale ou végétale",
  },
  { code: '3102', labelFr: 'Engrais minéraux ou chimiques azotés' },
  { code: '3103', labelFr: 'Engrais minéraux ou chimiques phosphatés' },
  { code: '3104', labelFr: 'Engrais minéraux ou chimiques potassiques' },
  {
    code: '3105',
    labelFr:
      "Engrais minéraux ou chimiques contenant deux ou trois des éléments fertilisants : azote, phosphore et potassium; autres engrais; produits du chapitre 31 présentés soit en tablettes ou formes similaires, soit en emballages d'un poids brut n'excédant pas 10 kg",
  },
  {
    code: '3208',
    labelFr:
      'Peintures et vernis à base de polymères synthétiques ou de polymères naturels modifiés, dispersés ou dissous dans un milieu non aqueux',
  },
  {
    code: '3209',
    labelFr:
      'Peintures et vernis à base de polymères synthétiques ou de polymères naturels modifiés, dispersés ou dissous dans un milieu aqueux',
  },
  {
    code: '3301',
    labelFr:
      "Huiles essentielles (déterpénées ou non), y compris celles dites « concrètes » ou « absolues »; résinoïdes; oléorésines d'extraction",
  },
  { code: '3303', labelFr: 'Parfums et eaux de toilette' },
  {
    code: '3304',
    labelFr:
      "Produits de beauté ou de maquillage préparés et préparations pour l'entretien ou les soins de la peau, autres que les médicaments, y compris les préparations antisolaires et les préparations pour bronzer; préparations pour manucures ou pédicures",
  },
  { code: '3305', labelFr: 'Préparations capillaires' },
  {
    code: '3401',
    labelFr:
      'Savons; produits et préparations organiques tensioactifs à usage de savon, en barres, en pains, en morceaux ou en sujets frappés, même contenant du savon',
  },
  {
    code: '3402',
    labelFr:
      'Agents de surface organiques (autres que les savons); préparations tensioactives, préparations pour lessives (y compris les préparations auxiliaires de lavage) et préparations de nettoyage, même contenant du savon, autres que celles du no 34.01',
  },
  {
    code: '3706',
    labelFr:
      "Films cinématographiques impressionnés et développés, comportant ou non l'enregistrement du son ou ne comportant que l'enregistrement du son",
  },
  {
    code: '3808',
    labelFr:
      'Insecticides, rodenticides, fongicides, herbicides, inhibiteurs de germination et régulateurs de croissance pour plantes, désinfectants et produits similaires',
  },
  { code: '3901', labelFr: "Polymères de l'éthylène, sous formes primaires" },
  { code: '3902', labelFr: "Polymères de propylène ou d'autres oléfines, sous formes primaires" },
  { code: '3903', labelFr: 'Polymères du styrène, sous formes primaires' },
  {
    code: '3904',
    labelFr: "Polymères du chlorure de vinyle ou d'autres oléfines halogénées, sous formes primaires",
  },
  {
    code: '3907',
    labelFr:
      'Polyacétals, autres polyéthers et résines époxydes, sous formes primaires; polycarbonates, résines alkydes, polyesters allyliques et autres polyesters, sous formes primaires',
  },
  {
    code: '3917',
    labelFr:
      'Tubes et tuyaux et leurs accessoires (joints, coudes, raccords, par exemple), en matières plastiques',
  },
  {
    code: '3920',
    labelFr:
      "Autres plaques, feuilles, pellicules, bandes et lames, en matières plastiques non alvéolaires, non renforcées ni stratifiées, ni pareillement associées à d'autres matières, sans support",
  },
  {
    code: '3923',
    labelFr:
      "Articles de transport ou d'emballage, en matières plastiques; bouchons, couvercles, capsules et autres dispositifs de fermeture, en matières plastiques",
  },
  {
    code: '3926',
    labelFr: 'Autres ouvrages en matières plastiques et ouvrages en autres matières des nos 39.01 à 39.14',
  },
  {
    code: '4001',
    labelFr:
      'Caoutchouc naturel, balata, gutta-percha, guayule, chicle et gommes naturelles analogues, sous formes primaires ou en plaques, feuilles ou bandes',
  },
  { code: '4011', labelFr: 'Pneumatiques neufs, en caoutchouc' },
  {
    code: '4012',
    labelFr:
      'Pneumatiques rechapés ou usagés, en caoutchouc; bandages, bandes de roulement et flaps, en caoutchouc',
  },
  {
    code: '4104',
    labelFr:
      "Cuirs et peaux tannés ou en croûte de bovins (y compris les buffles) ou d'équidés, épilés, même refendus, mais non autrement préparés",
  },
  {
    code: '4202',
    labelFr:
      'Malles, valises et mallettes, serviettes, cartables, étuis, sacs à main, sacs de voyage, portefeuilles, porte-monnaie et contenants similaires',
  },
  { code: '4203', labelFr: 'Vêtements et accessoires du vêtement, en cuir naturel ou reconstitué' },
  { code: '4403', labelFr: 'Bois bruts, même écorcés, désaubiérés ou équarris' },
  {
    code: '4407',
    labelFr:
      "Bois sciés ou dédossés longitudinalement, tranchés ou déroulés, même rabotés, poncés ou collés par assemblage en bout, d'une épaisseur excédant 6 mm",
  },
  {
    code: '4410',
    labelFr:
      "Panneaux de particules, panneaux dits « oriented strand board » (OSB) et panneaux similaires, en bois ou en d'autres matières ligneuses, même agglomérées avec des résines ou d'autres liants organiques",
  },
  {
    code: '4411',
    labelFr:
      "Panneaux de fibres de bois ou d'autres matières ligneuses, même agglomérées avec des résines ou d'autres liants organiques",
  },
  { code: '4412', labelFr: 'Bois contre-plaqués, bois plaqués et bois stratifiés similaires' },
  {
    code: '4418',
    labelFr:
      'Ouvrages de menuiserie et pièces de charpente pour construction, en bois, y compris les panneaux cellulaires et les panneaux assemblés pour revêtement de sol',
  },
  {
    code: '4501',
    labelFr:
      'Liège naturel brut ou simplement préparé; déchets de liège; liège concassé, granulé ou pulvérisé',
  },
  {
    code: '4703',
    labelFr: 'Pâtes chimiques de bois, à la soude ou au sulfate, autres que les pâtes à dissoudre',
  },
  { code: '4707', labelFr: 'Papiers ou cartons à recycler (déchets et rebuts)' },
  { code: '4801', labelFr: 'Papier journal, en rouleaux ou en feuilles' },
  {
    code: '4802',
    labelFr:
      "Papiers et cartons, non couchés ni enduits, des types utilisés pour l'écriture, l'impression ou d'autres fins graphiques, et papiers et cartons pour cartes ou bandes perforées non perforés, en rouleaux ou en feuilles",
  },
  {
    code: '4804',
    labelFr:
      'Papiers et cartons kraft, non couchés ni enduits, en rouleaux ou en feuilles, autres que ceux des nos 48.02 ou 48.03',
  },
  {
    code: '4818',
    labelFr:
      'Papiers des types utilisés pour papiers de toilette et pour usages domestiques similaires; mouchoirs, serviettes à démaquiller, essuie-mains, nappes, serviettes de table et articles similaires',
  },
  {
    code: '4819',
    labelFr:
      'Boîtes, sacs, pochettes, cornets et autres emballages en papier, carton, ouate de cellulose ou nappes de fibres de cellulose; cartonnages de bureau, de magasin ou similaires',
  },
  { code: '4901', labelFr: 'Livres, brochures et imprimés similaires, même sur feuillets isolés' },
  {
    code: '4902',
    labelFr: 'Journaux et publications périodiques imprimés, même illustrés ou contenant de la publicité',
  },
  { code: '4911', labelFr: 'Autres imprimés, y compris les images, gravures et photographies' },
  { code: '5201', labelFr: 'Coton, non cardé ni peigné' },
  {
    code: '5205',
    labelFr:
      'Fils de coton (autres que les fils à coudre), contenant au moins 85 % en poids de coton, non conditionnés pour la vente au détail',
  },
  {
    code: '5208',
    labelFr: "Tissus de coton, contenant au moins 85 % en poids de coton, d'un poids n'excédant pas 200 g/m²",
  },
  {
    code: '5209',
    labelFr: "Tissus de coton, contenant au moins 85 % en poids de coton, d'un poids excédant 200 g/m²",
  },
  {
    code: '5407',
    labelFr:
      'Tissus de fils de filaments synthétiques, y compris les tissus obtenus à partir des produits du no 54.04',
  },
  { code: '5603', labelFr: 'Nontissés, même imprégnés, enduits, recouverts ou stratifiés' },
  { code: '5701', labelFr: 'Tapis en matières textiles, à points noués ou enroulés, même confectionnés' },
  {
    code: '5702',
    labelFr:
      'Tapis et autres revêtements de sol en matières textiles, tissés, non touffetés ni floqués, même confectionnés, y compris les tapis dits « Kelim » ou « Kilim » et tapis similaires tissés à la main',
  },
  { code: '6006', labelFr: 'Autres étoffes de bonneterie' },
  {
    code: '6104',
    labelFr:
      'Costumes tailleurs, ensembles, vestes, robes, jupes, jupes-culottes, pantalons, salopettes à bretelles, culottes et shorts (autres que pour le bain), en bonneterie, pour femmes ou fillettes',
  },
  { code: '6109', labelFr: 'T-shirts et maillots de corps, en bonneterie' },
  {
    code: '6110',
    labelFr:
      'Chandails, pull-overs, cardigans, gilets et articles similaires, y compris les sous-pulls, en bonneterie',
  },
  {
    code: '6203',
    labelFr:
      'Costumes ou complets, ensembles, vestons, pantalons, salopettes à bretelles, culottes et shorts (autres que pour le bain), pour hommes ou garçonnets',
  },
  {
    code: '6204',
    labelFr:
      'Costumes tailleurs, ensembles, vestes, robes, jupes, jupes-culottes, pantalons, salopettes à bretelles, culottes et shorts (autres que pour le bain), pour femmes ou fillettes',
  },
  { code: '6205', labelFr: 'Chemises et chemisettes, pour hommes ou garçonnets' },
  {
    code: '6206',
    labelFr: 'Chemisiers, blouses, blouses-chemisiers et chemisettes, pour femmes ou fillettes',
  },
  {
    code: '6212',
    labelFr:
      'Soutiens-gorge, gaines, corsets, bretelles, jarretelles, jarretières et articles similaires et leurs parties, même en bonneterie',
  },
  { code: '6302', labelFr: 'Linge de lit, de table, de toilette ou de cuisine' },
  { code: '6309', labelFr: 'Articles de friperie' },
  {
    code: '6402',
    labelFr: 'Autres chaussures à semelles extérieures et dessus en caoutchouc ou en matière plastique',
  },
  {
    code: '6403',
    labelFr:
      'Chaussures à semelles extérieures en caoutchouc, matière plastique, cuir naturel ou reconstitué et dessus en cuir naturel',
  },
  {
    code: '6404',
    labelFr:
      'Chaussures à semelles extérieures en caoutchouc, matière plastique, cuir naturel ou reconstitué et dessus en matières textiles',
  },
  {
    code: '6406',
    labelFr:
      'Parties de chaussures (y compris les dessus même fixés à des semelles autres que les semelles extérieures); semelles intérieures amovibles, talonnettes et articles similaires amovibles; guêtres, jambières et articles similaires, et leurs parties',
  },
  {
    code: '6802',
    labelFr:
      "Pierres de taille ou de construction travaillées (à l'exclusion de l'ardoise) et ouvrages en ces pierres; cubes, dés et articles similaires pour mosaïques, en pierres naturelles",
  },
  { code: '6810', labelFr: 'Ouvrages en ciment, en béton ou en pierre artificielle, même armés' },
  {
    code: '6907',
    labelFr:
      'Plaques et carreaux de revêtement ou de pavement, en céramique; cubes, dés et articles similaires pour mosaïques, en céramique, même sur support; pièces de finition en céramique',
  },
  {
    code: '6910',
    labelFr:
      "Éviers, lavabos, colonnes pour lavabos, baignoires, bidets, cuvettes d'aisance, réservoirs de chasse, urinoirs et appareils fixes similaires pour usages sanitaires, en céramique",
  },
  {
    code: '6911',
    labelFr:
      "Vaisselle, autres articles de ménage ou d'économie domestique et articles d'hygiène ou de toilette, en porcelaine",
  },
  {
    code: '7005',
    labelFr:
      'Glace (verre flotté et verre douci ou poli sur une ou deux faces) en plaques ou en feuilles, même à couche absorbante, réfléchissante ou non, mais non autrement travaillée',
  },
  {
    code: '7007',
    labelFr: 'Verre de sécurité, consistant en verres trempés ou formés de feuilles contrecollées',
  },
  {
    code: '7010',
    labelFr:
      "Bonbonnes, bouteilles, flacons, bocaux, pots, emballages tubulaires, ampoules et autres récipients de transport ou d'emballage, en verre; bocaux à conserves en verre; bouchons, couvercles et autres dispositifs de fermeture, en verre",
  },
  {
    code: '7013',
    labelFr:
      "Objets en verre pour le service de la table, pour la cuisine, la toilette, le bureau, l'ornementation des appartements ou usages similaires",
  },
  { code: '7102', labelFr: 'Diamants, même travaillés, mais non montés ni sertis' },
  { code: '7108', labelFr: "Or (y compris l'or platiné), sous formes brutes ou mi-ouvrées, ou en poudre" },
  {
    code: '7113',
    labelFr:
      'Articles de bijouterie ou de joaillerie et leurs parties, en métaux précieux ou en plaqués ou doublés de métaux précieux',
  },
  { code: '7117', labelFr: 'Bijouterie de fantaisie' },
  {
    code: '7204',
    labelFr:
      "Déchets et débris de fonte, de fer ou d'acier (ferrailles); déchets lingotés en fer ou en acier",
  },
  { code: '7207', labelFr: 'Demi-produits en fer ou en aciers non alliés' },
  {
    code: '7208',
    labelFr:
      "Produits laminés plats, en fer ou en aciers non alliés, d'une largeur de 600 mm ou plus, laminés à chaud, non plaqués ni revêtus",
  },
  {
    code: '7209',
    labelFr:
      "Produits laminés plats, en fer ou en aciers non alliés, d'une largeur de 600 mm ou plus, laminés à froid, non plaqués ni revêtus",
  },
  {
    code: '7210',
    labelFr:
      "Produits laminés plats, en fer ou en aciers non alliés, d'une largeur de 600 mm ou plus, plaqués ou revêtus",
  },
  { code: '7213', labelFr: 'Fil machine en fer ou en aciers non alliés' },
  {
    code: '7214',
    labelFr:
      'Barres en fer ou en aciers non alliés, simplement forgées, laminées ou filées à chaud ainsi que celles ayant subi une torsion après laminage',
  },
  { code: '7216', labelFr: 'Profilés en fer ou en aciers non alliés' },
  { code: '7219', labelFr: "Produits laminés plats en aciers inoxydables, d'une largeur de 600 mm ou plus" },
  {
    code: '7306',
    labelFr:
      'Autres tubes, tuyaux et profilés creux (soudés, rivés, agrafés ou à bords simplement rapprochés, par exemple), en fer ou en acier',
  },
  {
    code: '7308',
    labelFr:
      "Constructions et parties de constructions (ponts, tours, pylônes, piliers, charpentes, toitures, portes et fenêtres, par exemple), en fonte, fer ou acier, à l'exception des constructions préfabriquées du no 94.06; tôles, barres, profilés, tubes et similaires, en fonte, fer ou acier, préparés en vue de leur utilisation dans la construction",
  },
  {
    code: '7318',
    labelFr:
      'Vis, boulons, écrous, tire-fond, crochets à pas de vis, rivets, goupilles, chevilles, clavettes, rondelles et articles similaires, en fonte, fer ou acier',
  },
  { code: '7326', labelFr: 'Autres ouvrages en fer ou en acier' },
  { code: '7403', labelFr: 'Cuivre affiné et alliages de cuivre sous forme brute' },
  { code: '7404', labelFr: 'Déchets et débris de cuivre' },
  { code: '7408', labelFr: 'Fils de cuivre' },
  { code: '7601', labelFr: 'Aluminium sous forme brute' },
  { code: '7604', labelFr: 'Barres et profilés en aluminium' },
  { code: '7606', labelFr: "Tôles et bandes en aluminium, d'une épaisseur excédant 0,2 mm" },
  {
    code: '7607',
    labelFr:
      "Feuilles et bandes minces en aluminium (même imprimées ou fixées sur papier, carton, matières plastiques ou supports similaires) d'une épaisseur n'excédant pas 0,2 mm (support non compris)",
  },
  {
    code: '7610',
    labelFr:
      "Constructions et parties de constructions (portes, fenêtres et leurs cadres, chambranles et seuils, par exemple), en aluminium, à l'exception des constructions préfabriquées du no 94.06",
  },
  { code: '7801', labelFr: 'Plomb sous forme brute' },
  { code: '7901', labelFr: 'Zinc sous forme brute' },
  {
    code: '8407',
    labelFr: 'Moteurs à piston alternatif ou rotatif, à allumage par étincelles (moteurs à explosion)',
  },
  { code: '8408', labelFr: 'Moteurs à piston, à allumage par compression (moteurs diesel ou semi-diesel)' },
  {
    code: '8413',
    labelFr: 'Pompes pour liquides, même comportant un dispositif mesureur; élévateurs à liquides',
  },
  {
    code: '8414',
    labelFr:
      "Pompes à air ou à vide, compresseurs d'air ou d'autres gaz et ventilateurs; hottes aspirantes à extraction ou à recyclage, à ventilateur incorporé, même filtrantes; enceintes de sécurité biologique étanches aux gaz, même filtrantes",
  },
  {
    code: '8415',
    labelFr:
      "Machines et appareils pour le conditionnement de l'air comprenant un ventilateur à moteur et des dispositifs propres à modifier la température et l'humidité",
  },
  {
    code: '8418',
    labelFr:
      "Réfrigérateurs, congélateurs-conservateurs et autres matériel, machines et appareils pour la production du froid, à équipement électrique ou autre; pompes à chaleur autres que les machines et appareils pour le conditionnement de l'air du no 84.15",
  },
  {
    code: '8421',
    labelFr:
      "Centrifugeuses, y compris les essoreuses centrifuges; appareils pour la filtration ou l'épuration des liquides ou des gaz",
  },
  {
    code: '8422',
    labelFr:
      'Machines à laver la vaisselle; machines et appareils servant à nettoyer, sécher, remplir, fermer, boucher, capsuler ou étiqueter les bouteilles ou autres récipients; machines et appareils à empaqueter ou à emballer les marchandises',
  },
  {
    code: '8427',
    labelFr: "Chariots-gerbeurs; autres chariots de manutention munis d'un dispositif de levage",
  },
  {
    code: '8429',
    labelFr:
      'Bouteurs (bulldozers), bouteurs biais (angledozers), niveleuses, décapeuses (scrapers), pelles mécaniques, excavateurs, chargeuses et chargeuses-pelleteuses, compacteuses et rouleaux compresseurs, autopropulsés',
  },
  {
    code: '8432',
    labelFr:
      'Machines, appareils et engins agricoles, horticoles ou sylvicoles pour la préparation ou le travail du sol ou pour la culture; rouleaux pour pelouses ou terrains de sport',
  },
  {
    code: '8443',
    labelFr:
      "Machines et appareils servant à l'impression; autres imprimantes, machines à copier et machines à télécopier, même combinées entre elles; parties et accessoires",
  },
  { code: '8450', labelFr: 'Machines à laver le linge, même avec dispositif de séchage' },
  {
    code: '8471',
    labelFr:
      "Machines automatiques de traitement de l'information et leurs unités; lecteurs magnétiques ou optiques, machines de mise d'informations sur support sous forme codée et machines de traitement de ces informations, non dénommés ni compris ailleurs",
  },
  {
    code: '8479',
    labelFr:
      'Machines et appareils mécaniques ayant une fonction propre, non dénommés ni compris ailleurs dans le chapitre 84',
  },
  {
    code: '8481',
    labelFr:
      'Articles de robinetterie et organes similaires pour tuyauteries, chaudières, réservoirs, cuves ou contenants similaires, y compris les détendeurs et les vannes thermostatiques',
  },
  { code: '8482', labelFr: 'Roulements à billes, à galets, à rouleaux ou à aiguilles' },
  {
    code: '8483',
    labelFr:
      "Arbres de transmission (y compris les arbres à cames et les vilebrequins) et manivelles; paliers et coussinets; engrenages et roues de friction; broches filetées à billes ou à rouleaux; réducteurs, multiplicateurs et variateurs de vitesse; volants et poulies; embrayages et organes d'accouplement",
  },
  {
    code: '8501',
    labelFr: "Moteurs et machines génératrices, électriques, à l'exclusion des groupes électrogènes",
  },
  { code: '8502', labelFr: 'Groupes électrogènes et convertisseurs rotatifs électriques' },
  {
    code: '8504',
    labelFr:
      'Transformateurs électriques, convertisseurs électriques statiques (redresseurs, par exemple), bobines de réactance et selfs',
  },
  {
    code: '8507',
    labelFr: 'Accumulateurs électriques et leurs séparateurs, même de forme carrée ou rectangulaire',
  },
  {
    code: '8516',
    labelFr:
      'Chauffe-eau et thermoplongeurs électriques; appareils électriques pour le chauffage des locaux; appareils électrothermiques pour la coiffure ou pour sécher les mains; fers à repasser électriques; autres appareils électrothermiques pour usages domestiques',
  },
  {
    code: '8517',
    labelFr:
      "Postes téléphoniques d'usagers, y compris les téléphones intelligents et autres téléphones pour réseaux cellulaires et pour autres réseaux sans fil; autres appareils pour l'émission, la transmission ou la réception de la voix, d'images ou d'autres données, y compris les appareils pour la communication dans des réseaux filaires ou sans fil",
  },
  {
    code: '8521',
    labelFr:
      "Appareils d'enregistrement ou de reproduction vidéophoniques, même incorporant un récepteur de signaux vidéophoniques",
  },
  {
    code: '8523',
    labelFr:
      "Disques, bandes, dispositifs de stockage rémanent des données à base de semi-conducteurs, « cartes intelligentes » et autres supports pour l'enregistrement du son ou pour enregistrements analogues, même enregistrés",
  },
  {
    code: '8525',
    labelFr:
      "Appareils d'émission pour la radiodiffusion ou la télévision, même incorporant un appareil de réception ou un appareil d'enregistrement ou de reproduction du son; caméras de télévision, appareils photographiques numériques et caméscopes",
  },
  {
    code: '8526',
    labelFr:
      'Appareils de radiodétection et de radiosondage (radar), appareils de radionavigation et appareils de radiotélécommande',
  },
  {
    code: '8527',
    labelFr:
      "Appareils récepteurs pour la radiodiffusion, même combinés, sous une même enveloppe, à un appareil d'enregistrement ou de reproduction du son ou à un appareil d'horlogerie",
  },
  {
    code: '8528',
    labelFr:
      "Moniteurs et projecteurs, n'incorporant pas d'appareil de réception de télévision; appareils récepteurs de télévision, même incorporant un appareil récepteur de radiodiffusion ou un appareil d'enregistrement ou de reproduction du son ou des images",
  },
  {
    code: '8536',
    labelFr:
      "Appareillage pour la coupure, le sectionnement, la protection, le branchement, le raccordement ou la connexion des circuits électriques (interrupteurs, relais, prises de courant et fiches, connecteurs, par exemple), pour une tension n'excédant pas 1 000 volts; connecteurs pour fibres optiques, faisceaux ou câbles de fibres optiques",
  },
  {
    code: '8541',
    labelFr:
      'Dispositifs à semi-conducteur; dispositifs photosensibles à semi-conducteur, y compris les cellules photovoltaïques même assemblées en modules ou constituées en panneaux; diodes émettrices de lumière (LED); cristaux piézo-électriques montés',
  },
  { code: '8542', labelFr: 'Circuits intégrés électroniques' },
  {
    code: '8544',
    labelFr:
      "Fils, câbles (y compris les câbles coaxiaux) et autres conducteurs isolés pour l'électricité, munis ou non de pièces de connexion; câbles de fibres optiques, constitués de fibres gainées individuellement",
  },
  { code: '8607', labelFr: 'Parties de véhicules pour voies ferrées ou similaires' },
  { code: '8701', labelFr: "Tracteurs (à l'exclusion des chariots-tracteurs du no 87.09)" },
  {
    code: '8702',
    labelFr: 'Véhicules automobiles pour le transport de dix personnes ou plus, chauffeur inclus',
  },
  {
    code: '8703',
    labelFr:
      'Voitures de tourisme et autres véhicules automobiles principalement conçus pour le transport de personnes (autres que ceux du no 87.02), y compris les voitures du type « break » et les voitures de course',
  },
  { code: '8704', labelFr: 'Véhicules automobiles pour le transport de marchandises' },
  { code: '8708', labelFr: 'Parties et accessoires des véhicules automobiles des nos 87.01 à 87.05' },
  {
    code: '8711',
    labelFr:
      "Motocycles (y compris les cyclomoteurs) et cycles équipés d'un moteur auxiliaire, avec ou sans side-cars; side-cars",
  },
  { code: '8712', labelFr: 'Bicyclettes et autres cycles (y compris les triporteurs), sans moteur' },
  {
    code: '8716',
    labelFr:
      'Remorques et semi-remorques pour tous véhicules; autres véhicules non automobiles; leurs parties',
  },
  {
    code: '8802',
    labelFr:
      "Autres véhicules aériens (hélicoptères, avions, par exemple), à l'exclusion des véhicules aériens sans pilote du no 88.06; véhicules spatiaux (y compris les satellites) et leurs véhicules de lancement et véhicules sous-orbitaux",
  },
  { code: '8803', labelFr: 'Parties des appareils des nos 88.01, 88.02 ou 88.06' },
  { code: '8806', labelFr: 'Véhicules aériens sans pilote' },
  {
    code: '8901',
    labelFr:
      'Paquebots, bateaux de croisière, transbordeurs, cargos, péniches et bateaux similaires pour le transport de personnes ou de marchandises',
  },
  {
    code: '8902',
    labelFr:
      'Bateaux de pêche; navires-usines et autres bateaux pour le traitement ou la mise en conserve des produits de la pêche',
  },
  {
    code: '8903',
    labelFr: 'Yachts et autres bateaux et embarcations de plaisance ou de sport; bateaux à rames et canoës',
  },
  { code: '9004', labelFr: 'Lunettes (correctrices, protectrices ou autres) et articles similaires' },
  {
    code: '9018',
    labelFr:
      "Instruments et appareils pour la médecine, la chirurgie, l'art dentaire ou l'art vétérinaire, y compris les appareils de scintigraphie et autres appareils électromédicaux ainsi que les appareils pour tests visuels",
  },
  {
    code: '9021',
    labelFr:
      "Articles et appareils d'orthopédie, y compris les ceintures et bandages médico-chirurgicaux et les béquilles; attelles, gouttières et autres articles et appareils pour fractures; articles et appareils de prothèse; appareils pour faciliter l'audition aux sourds et autres appareils à tenir à la main, à porter sur la personne ou à implanter dans l'organisme, afin de compenser une déficience ou une infirmité",
  },
  {
    code: '9022',
    labelFr:
      'Appareils à rayons X et appareils utilisant les radiations alpha, bêta, gamma ou autres radiations ionisantes, même à usage médical, chirurgical, dentaire ou vétérinaire, y compris les appareils de radiophotographie ou de radiothérapie',
  },
  {
    code: '9028',
    labelFr: "Compteurs de gaz, de liquides ou d'électricité, y compris les compteurs pour leur étalonnage",
  },
  {
    code: '9102',
    labelFr:
      'Montres-bracelets, montres de poche et montres similaires (y compris les compteurs de temps des mêmes types), autres que celles du no 91.01',
  },
  {
    code: '9401',
    labelFr: "Sièges (à l'exclusion de ceux du no 94.02), même transformables en lits, et leurs parties",
  },
  { code: '9403', labelFr: 'Autres meubles et leurs parties' },
  {
    code: '9404',
    labelFr:
      'Sommiers; articles de literie et articles similaires (matelas, couvre-pieds, édredons, coussins, poufs, oreillers, par exemple), comportant des ressorts ou bien rembourrés ou garnis intérieurement de toutes matières',
  },
  {
    code: '9405',
    labelFr:
      "Luminaires et appareils d'éclairage (y compris les projecteurs) et leurs parties, non dénommés ni compris ailleurs; lampes-réclames, enseignes lumineuses, plaques indicatrices lumineuses et articles similaires, possédant une source d'éclairage fixée à demeure",
  },
  { code: '9406', labelFr: 'Constructions préfabriquées' },
  {
    code: '9503',
    labelFr:
      'Tricycles, trottinettes, autos à pédales et jouets à roues similaires; landaus et poussettes pour poupées; poupées; autres jouets; modèles réduits et modèles similaires pour le divertissement, animés ou non; puzzles de tout genre',
  },
  {
    code: '9504',
    labelFr:
      'Consoles et machines de jeux vidéo, articles pour jeux de société, y compris les jeux à moteur ou à mouvement, les billards, les tables spéciales pour jeux de casino et les jeux de quilles automatiques',
  },
  {
    code: '9506',
    labelFr:
      "Articles et matériel pour la culture physique, la gymnastique, l'athlétisme, les autres sports (y compris le tennis de table) ou les jeux de plein air, non dénommés ni compris ailleurs dans le chapitre 95; piscines, y compris les pataugeoires",
  },
  {
    code: '9601',
    labelFr:
      "Ivoire, os, écaille de tortue, corne, bois d'animaux, corail, nacre et autres matières animales à tailler, travaillés, et ouvrages en ces matières (y compris les ouvrages obtenus par moulage)",
  },
  {
    code: '9619',
    labelFr:
      'Serviettes et tampons hygiéniques, couches et langes pour bébés et articles similaires, en toutes matières',
  },
  {
    code: '9701',
    labelFr:
      'Tableaux, peintures et dessins, faits entièrement à la main; collages, mosaïques et tableautins similaires',
  },
  { code: '9706', labelFr: "Objets d'antiquité ayant plus de 100 ans d'âge" },
];

/** Moroccan-format 10-digit tariff lines; national digits (positions 7–10) are illustrative. */
export const HS_CODES_10: HsEntry[] = [
  { code: '0102210010', labelFr: "Génisses de race pure, reproductrices, de l'espèce bovine domestique" },
  { code: '0104109000', labelFr: 'Ovins vivants, autres que reproducteurs de race pure' },
  { code: '0106110000', labelFr: 'Primates vivants' },
  { code: '0106200000', labelFr: 'Reptiles vivants (y compris les serpents et les tortues de mer)' },
  { code: '0201300000', labelFr: 'Viandes désossées de bovins, fraîches ou réfrigérées' },
  { code: '0202300000', labelFr: 'Viandes désossées de bovins, congelées' },
  { code: '0207140000', labelFr: 'Morceaux et abats de coqs et de poules, congelés' },
  { code: '0302430010', labelFr: 'Sardines (Sardina pilchardus), fraîches ou réfrigérées' },
  {
    code: '0302440000',
    labelFr: 'Maquereaux (Scomber scombrus, Scomber australasicus, Scomber japonicus), frais ou réfrigérés',
  },
  { code: '0306170000', labelFr: 'Autres crevettes, congelées' },
  { code: '0307520000', labelFr: 'Poulpes (Octopus spp.), congelés' },
  {
    code: '0402100010',
    labelFr: "Lait en poudre écrémé (matières grasses n'excédant pas 1,5 %), en emballages de 25 kg ou plus",
  },
  { code: '0402210000', labelFr: "Lait en poudre entier, sans addition de sucre ni d'autres édulcorants" },
  {
    code: '0406100000',
    labelFr: 'Fromages frais (non affinés), y compris le fromage de lactosérum, et caillebotte',
  },
  { code: '0406900090', labelFr: 'Autres fromages' },
  { code: '0702000010', labelFr: "Tomates cerises, à l'état frais ou réfrigéré" },
  { code: '0703101000', labelFr: "Oignons, à l'état frais ou réfrigéré" },
  { code: '0805100000', labelFr: 'Oranges, fraîches ou sèches' },
  { code: '0805220000', labelFr: 'Clémentines, fraîches ou sèches' },
  { code: '0806100000', labelFr: 'Raisins frais' },
  { code: '0901110000', labelFr: 'Café non torréfié, non décaféiné' },
  { code: '0901210000', labelFr: 'Café torréfié, non décaféiné' },
  {
    code: '0902100000',
    labelFr: "Thé vert (non fermenté) présenté en emballages immédiats d'un contenu n'excédant pas 3 kg",
  },
  { code: '0902200010', labelFr: 'Thé vert (non fermenté) en vrac, variété « Chun Mee »' },
  { code: '1001190000', labelFr: 'Blé dur, autre que de semence' },
  { code: '1001910000', labelFr: 'Blé tendre de semence' },
  { code: '1001990010', labelFr: 'Blé tendre, autre que de semence' },
  { code: '1003900000', labelFr: 'Orge, autre que de semence' },
  { code: '1005900000', labelFr: 'Maïs, autre que de semence' },
  { code: '1201900000', labelFr: 'Fèves de soja, autres que de semence, même concassées' },
  { code: '1507100000', labelFr: 'Huile de soja brute, même dégommée' },
  { code: '1507900000', labelFr: 'Huile de soja et ses fractions, raffinées' },
  { code: '1509200000', labelFr: "Huile d'olive vierge extra" },
  { code: '1511100000', labelFr: 'Huile de palme brute' },
  { code: '1512110000', labelFr: 'Huiles brutes de tournesol ou de carthame' },
  { code: '1515900010', labelFr: "Huile d'argan" },
  { code: '1604131000', labelFr: "Sardines en conserve, à l'huile d'olive" },
  {
    code: '1604140000',
    labelFr: 'Préparations et conserves de thons, de listaos et de bonites, entiers ou en morceaux',
  },
  {
    code: '1701140000',
    labelFr: "Autres sucres de canne bruts, sans addition d'aromatisants ou de colorants",
  },
  { code: '1701990010', labelFr: 'Sucre blanc raffiné, en morceaux ou en pains' },
  { code: '2402200000', labelFr: 'Cigarettes contenant du tabac' },
  { code: '2510100000', labelFr: 'Phosphates de calcium naturels, non moulus' },
  { code: '2510200000', labelFr: 'Phosphates de calcium naturels, moulus' },
  { code: '3002410000', labelFr: 'Vaccins pour la médecine humaine' },
  { code: '3002420000', labelFr: 'Vaccins pour la médecine vétérinaire' },
  {
    code: '3004100000',
    labelFr:
      'Médicaments contenant des pénicillines ou des dérivés de ces produits, présentés sous forme de doses ou conditionnés pour la vente au détail',
  },
  {
    code: '3004900090',
    labelFr: 'Autres médicaments présentés sous forme de doses ou conditionnés pour la vente au détail',
  },
  { code: '3102100000', labelFr: 'Urée, même en solution aqueuse' },
  { code: '3105300000', labelFr: 'Hydrogénoorthophosphate de diammonium (phosphate diammonique ou DAP)' },
  {
    code: '3105400000',
    labelFr:
      "Dihydrogénoorthophosphate d'ammonium (phosphate monoammonique ou MAP), même en mélange avec l'hydrogénoorthophosphate de diammonium",
  },
  {
    code: '3706100000',
    labelFr: "Films cinématographiques impressionnés et développés, d'une largeur de 35 mm ou plus",
  },
  { code: '3901100000', labelFr: "Polyéthylène d'une densité inférieure à 0,94, sous formes primaires" },
  { code: '3902100000', labelFr: 'Polypropylène, sous formes primaires' },
  {
    code: '3920100000',
    labelFr: "Plaques, feuilles et pellicules en polymères de l'éthylène, non alvéolaires",
  },
  { code: '3923210000', labelFr: "Sacs, sachets, pochettes et cornets en polymères de l'éthylène" },
  {
    code: '3923300000',
    labelFr: 'Bonbonnes, bouteilles, flacons et articles similaires, en matières plastiques',
  },
  {
    code: '4011100000',
    labelFr: 'Pneumatiques neufs, en caoutchouc, des types utilisés pour les voitures de tourisme',
  },
  {
    code: '4011200000',
    labelFr: 'Pneumatiques neufs, en caoutchouc, des types utilisés pour les autobus ou les camions',
  },
  { code: '4403490000', labelFr: 'Autres bois tropicaux bruts' },
  {
    code: '4407110000',
    labelFr: "Bois de pin (Pinus spp.), sciés ou dédossés longitudinalement, d'une épaisseur excédant 6 mm",
  },
  { code: '4819100000', labelFr: 'Boîtes et caisses en papier ou carton ondulé' },
  { code: '4901990000', labelFr: 'Autres livres, brochures et imprimés similaires' },
  {
    code: '5208120000',
    labelFr:
      "Tissus de coton écrus, à armure toile, d'un poids excédant 100 g/m² mais n'excédant pas 200 g/m²",
  },
  { code: '5209420000', labelFr: 'Tissus de coton dits « denim »' },
  {
    code: '6109100010',
    labelFr: 'T-shirts et maillots de corps, en bonneterie de coton, pour hommes ou garçonnets',
  },
  {
    code: '6203420000',
    labelFr: 'Pantalons, salopettes à bretelles, culottes et shorts, de coton, pour hommes ou garçonnets',
  },
  {
    code: '6204620000',
    labelFr: 'Pantalons, salopettes à bretelles, culottes et shorts, de coton, pour femmes ou fillettes',
  },
  {
    code: '6403990000',
    labelFr:
      'Autres chaussures à semelles extérieures en caoutchouc, matière plastique ou cuir et dessus en cuir naturel',
  },
  { code: '6404110000', labelFr: 'Chaussures de sport, à dessus en matières textiles' },
  {
    code: '6907210000',
    labelFr: "Carreaux en céramique d'un coefficient d'absorption d'eau n'excédant pas 0,5 % en poids",
  },
  { code: '7005290000', labelFr: 'Autres glaces (verre flotté) non armées' },
  {
    code: '7010900000',
    labelFr: 'Autres bonbonnes, bouteilles, flacons, bocaux et récipients similaires, en verre',
  },
  {
    code: '7207110000',
    labelFr:
      'Demi-produits en fer ou en aciers non alliés, contenant en poids moins de 0,25 % de carbone, de section transversale carrée ou rectangulaire',
  },
  {
    code: '7208390000',
    labelFr: "Produits laminés plats enroulés, laminés à chaud, d'une épaisseur inférieure à 3 mm",
  },
  { code: '7210490000', labelFr: 'Produits laminés plats autrement zingués (galvanisés)' },
  { code: '7213910000', labelFr: "Fil machine de section circulaire, d'un diamètre inférieur à 14 mm" },
  {
    code: '7214200000',
    labelFr:
      'Barres comportant des indentations, bourrelets, creux ou reliefs obtenus au cours du laminage (rond à béton)',
  },
  { code: '7308900000', labelFr: 'Autres constructions et parties de constructions en fonte, fer ou acier' },
  { code: '7403110000', labelFr: 'Cathodes et sections de cathodes en cuivre affiné' },
  {
    code: '7408110000',
    labelFr: 'Fils de cuivre affiné, dont la plus grande dimension de la section transversale excède 6 mm',
  },
  { code: '7601100000', labelFr: 'Aluminium non allié, sous forme brute' },
  { code: '7604100000', labelFr: 'Barres et profilés en aluminium non allié' },
  { code: '8413700000', labelFr: 'Autres pompes centrifuges' },
  {
    code: '8415100000',
    labelFr:
      'Climatiseurs des types muraux ou pour fenêtres, formant un seul corps ou du type « split-system »',
  },
  { code: '8418210000', labelFr: 'Réfrigérateurs ménagers, à compression' },
  { code: '8421210000', labelFr: "Appareils pour la filtration ou l'épuration des eaux" },
  {
    code: '8429520000',
    labelFr:
      'Pelles mécaniques, excavateurs et chargeuses dont la superstructure peut effectuer une rotation de 360°',
  },
  {
    code: '8450110000',
    labelFr:
      "Machines à laver le linge entièrement automatiques, d'une capacité n'excédant pas 10 kg de linge sec",
  },
  {
    code: '8471300000',
    labelFr:
      "Machines automatiques de traitement de l'information portatives, d'un poids n'excédant pas 10 kg",
  },
  { code: '8481800000', labelFr: 'Autres articles de robinetterie et organes similaires' },
  {
    code: '8483400000',
    labelFr:
      'Engrenages et roues de friction; broches filetées à billes ou à rouleaux; réducteurs, multiplicateurs et variateurs de vitesse',
  },
  { code: '8504400000', labelFr: 'Convertisseurs statiques' },
  { code: '8507600000', labelFr: 'Accumulateurs au lithium-ion' },
  { code: '8517130000', labelFr: 'Téléphones intelligents (smartphones)' },
  {
    code: '8517620000',
    labelFr:
      "Machines pour la réception, la conversion et l'émission ou la transmission ou la régénération de la voix, d'images ou d'autres données",
  },
  { code: '8523490000', labelFr: 'Autres supports optiques (disques compacts, DVD, par exemple)' },
  { code: '8528720000', labelFr: 'Autres appareils récepteurs de télévision, en couleurs' },
  {
    code: '8536500000',
    labelFr:
      "Autres interrupteurs, sectionneurs et commutateurs, pour une tension n'excédant pas 1 000 volts",
  },
  {
    code: '8544300000',
    labelFr:
      "Jeux de fils pour bougies d'allumage et autres jeux de fils des types utilisés dans les moyens de transport",
  },
  {
    code: '8544420000',
    labelFr:
      "Autres conducteurs électriques, pour une tension n'excédant pas 1 000 volts, munis de pièces de connexion",
  },
  {
    code: '8703230010',
    labelFr:
      "Voitures de tourisme à moteur à allumage par étincelles, d'une cylindrée excédant 1 500 cm³ mais n'excédant pas 3 000 cm³, neuves",
  },
  {
    code: '8703320010',
    labelFr:
      "Voitures de tourisme à moteur diesel, d'une cylindrée excédant 1 500 cm³ mais n'excédant pas 2 500 cm³, neuves",
  },
  { code: '8703800000', labelFr: 'Autres véhicules, uniquement à moteur électrique pour la propulsion' },
  {
    code: '8704210000',
    labelFr:
      "Véhicules pour le transport de marchandises, à moteur diesel, d'un poids en charge maximal n'excédant pas 5 tonnes",
  },
  { code: '8708400000', labelFr: 'Boîtes de vitesses et leurs parties' },
  { code: '8708990000', labelFr: 'Autres parties et accessoires des véhicules automobiles' },
  {
    code: '8711200000',
    labelFr:
      "Motocycles à moteur à piston alternatif, d'une cylindrée excédant 50 cm³ mais n'excédant pas 250 cm³",
  },
  { code: '8803300000', labelFr: "Autres parties d'avions ou d'hélicoptères" },
  {
    code: '8806210000',
    labelFr:
      "Véhicules aériens sans pilote conçus pour être télépilotés uniquement, d'une masse maximale au décollage n'excédant pas 250 g",
  },
  { code: '9018390000', labelFr: 'Aiguilles, cathéters, canules et instruments similaires' },
  {
    code: '9021400000',
    labelFr: "Appareils pour faciliter l'audition aux sourds, à l'exclusion des parties et accessoires",
  },
  { code: '9401610000', labelFr: 'Sièges rembourrés, avec bâti en bois' },
  { code: '9403600000', labelFr: 'Autres meubles en bois' },
  { code: '9503000090', labelFr: 'Autres jouets' },
  { code: '9601100000', labelFr: 'Ivoire travaillé et ouvrages en ivoire' },
];
