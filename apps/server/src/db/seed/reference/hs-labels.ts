/**
 * Arabic and English labels of the HS reference data of hs.ts, by code: [English, Arabic].
 *
 * - English: the Harmonized System's (WCO) English nomenclature, shortened where the French label
 *   of hs.ts is shortened.
 * - Arabic: the wording of the Arabic HS nomenclature (النظام المنسق لتسمية وترميز البضائع) as
 *   used by the Arab customs tariffs, shortened likewise.
 * - Tariff lines (10 digits): HS_LINE_LABELS, translated from the French national wording of hs.ts
 *   (the national 4 digits are illustrative there, so are these labels). A line missing there takes
 *   its heading's labels (see hsLabelsOf), so a reader never sees less than the heading in their
 *   language.
 */

export type HsLabels = readonly [en: string, ar: string];

export const HS_CHAPTER_LABELS: Record<string, HsLabels> = {
  '01': ['Live animals', 'حيوانات حية'],
  '02': ['Meat and edible meat offal', 'لحوم وأحشاء وأطراف صالحة للأكل'],
  '03': [
    'Fish and crustaceans, molluscs and other aquatic invertebrates',
    'أسماك وقشريات ورخويات ولافقاريات مائية أخرى',
  ],
  '04': [
    "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
    'ألبان ومنتجات صناعة الألبان؛ بيض طيور؛ عسل طبيعي؛ منتجات صالحة للأكل من أصل حيواني، غير مذكورة ولا داخلة في مكان آخر',
  ],
  '05': [
    'Products of animal origin, not elsewhere specified or included',
    'منتجات أخرى من أصل حيواني، غير مذكورة ولا داخلة في مكان آخر',
  ],
  '06': [
    'Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage',
    'أشجار ونباتات حية أخرى؛ بصيلات وجذور وما يماثلها؛ أزهار مقطوفة وأوراق للزينة',
  ],
  '07': ['Edible vegetables and certain roots and tubers', 'خضر ونباتات وجذور ودرنات صالحة للأكل'],
  '08': [
    'Edible fruit and nuts; peel of citrus fruit or melons',
    'فواكه وثمار قشرية صالحة للأكل؛ قشور حمضيات أو بطيخ',
  ],
  '09': ['Coffee, tea, maté and spices', 'بن وشاي ومتة وتوابل'],
  '10': ['Cereals', 'حبوب'],
  '11': [
    'Products of the milling industry; malt; starches; inulin; wheat gluten',
    'منتجات المطاحن؛ شعير مُنبت (مالت)؛ نشاء؛ إينولين؛ غلوتين القمح',
  ],
  '12': [
    'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder',
    'بذور وثمار زيتية؛ حبوب وبذور وثمار متنوعة؛ نباتات للصناعة أو للطب؛ قش وعلف',
  ],
  '13': [
    'Lac; gums, resins and other vegetable saps and extracts',
    'لك؛ صموغ وراتنجات وعصارات وخلاصات نباتية أخرى',
  ],
  '14': [
    'Vegetable plaiting materials; vegetable products not elsewhere specified or included',
    'مواد ضفر نباتية؛ منتجات نباتية غير مذكورة ولا داخلة في مكان آخر',
  ],
  '15': [
    'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
    'شحوم ودهون وزيوت حيوانية أو نباتية أو ميكروبية ومنتجات تفككها؛ دهون غذائية محضرة؛ شموع من أصل حيواني أو نباتي',
  ],
  '16': [
    'Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects',
    'محضرات من لحوم أو أسماك أو قشريات أو رخويات أو لافقاريات مائية أخرى أو حشرات',
  ],
  '17': ['Sugars and sugar confectionery', 'سكر ومصنوعات سكرية'],
  '18': ['Cocoa and cocoa preparations', 'كاكاو ومحضراته'],
  '19': [
    "Preparations of cereals, flour, starch or milk; pastrycooks' products",
    'محضرات أساسها الحبوب أو الدقيق أو النشاء أو الحليب؛ منتجات الحلويات',
  ],
  '20': [
    'Preparations of vegetables, fruit, nuts or other parts of plants',
    'محضرات من خضر أو فواكه أو ثمار قشرية أو أجزاء أخرى من النباتات',
  ],
  '21': ['Miscellaneous edible preparations', 'محضرات غذائية متنوعة'],
  '22': ['Beverages, spirits and vinegar', 'مشروبات وسوائل كحولية وخل'],
  '23': [
    'Residues and waste from the food industries; prepared animal fodder',
    'بقايا وفضلات الصناعات الغذائية؛ أغذية محضرة للحيوانات',
  ],
  '24': [
    'Tobacco and manufactured tobacco substitutes; products intended for inhalation without combustion',
    'تبغ وأبدال تبغ مصنعة؛ منتجات معدة للاستنشاق دون احتراق',
  ],
  '25': [
    'Salt; sulphur; earths and stone; plastering materials, lime and cement',
    'ملح؛ كبريت؛ أتربة وأحجار؛ مواد تجصيص وجير وإسمنت',
  ],
  '26': ['Ores, slag and ash', 'خامات معادن وخبث ورماد'],
  '27': [
    'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes',
    'وقود معدني وزيوت معدنية ومنتجات تقطيرها؛ مواد قارية؛ شموع معدنية',
  ],
  '28': [
    'Inorganic chemicals; organic or inorganic compounds of precious metals, of rare-earth metals, of radioactive elements or of isotopes',
    'منتجات كيميائية غير عضوية؛ مركبات عضوية أو غير عضوية للمعادن الثمينة أو المعادن الأرضية النادرة أو العناصر المشعة أو النظائر',
  ],
  '29': ['Organic chemicals', 'منتجات كيميائية عضوية'],
  '30': ['Pharmaceutical products', 'منتجات الصيدلة'],
  '31': ['Fertilisers', 'أسمدة'],
  '32': [
    'Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints and varnishes; putty and other mastics; inks',
    'خلاصات دباغة أو صباغة؛ عفص ومشتقاته؛ أصباغ وملونات ومواد تلوين أخرى؛ دهانات وورنيش؛ معاجين ولدائن تسد؛ أحبار',
  ],
  '33': [
    'Essential oils and resinoids; perfumery, cosmetic or toilet preparations',
    'زيوت عطرية وراتنجات عطرية؛ محضرات عطور أو تجميل أو زينة',
  ],
  '34': [
    'Soap, organic surface-active agents, washing preparations, lubricating preparations, artificial waxes, prepared waxes, polishing or scouring preparations, candles and similar articles, modelling pastes, "dental waxes" and dental preparations with a basis of plaster',
    'صابون وعوامل عضوية ذات نشاط سطحي ومحضرات غسيل ومحضرات تزليق وشموع اصطناعية وشموع محضرة ومحضرات تلميع أو جلي وشموع إنارة وأصناف مماثلة ومعاجين قولبة و«شموع طب الأسنان» ومحضرات لطب الأسنان أساسها الجص',
  ],
  '35': [
    'Albuminoidal substances; modified starches; glues; enzymes',
    'مواد زلالية؛ نشاء معدل؛ غراء؛ أنزيمات',
  ],
  '36': [
    'Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations',
    'مواد متفجرة؛ منتجات نارية؛ ثقاب؛ خلائط معدنية قابلة للاشتعال؛ بعض المحضرات القابلة للاشتعال',
  ],
  '37': ['Photographic or cinematographic goods', 'منتجات التصوير الفوتوغرافي أو السينمائي'],
  '38': ['Miscellaneous chemical products', 'منتجات متنوعة للصناعات الكيميائية'],
  '39': ['Plastics and articles thereof', 'لدائن ومصنوعاتها'],
  '40': ['Rubber and articles thereof', 'مطاط ومصنوعاته'],
  '41': ['Raw hides and skins (other than furskins) and leather', 'صلال وجلود خام (عدا الفراء) وجلود مدبوغة'],
  '42': [
    'Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)',
    'مصنوعات من جلد؛ أصناف السراجة والعدد؛ لوازم السفر وحقائب اليد والأوعية المماثلة؛ مصنوعات من مصارين الحيوانات (عدا مصارين دودة القز)',
  ],
  '43': ['Furskins and artificial fur; manufactures thereof', 'فراء طبيعي وفراء اصطناعي ومصنوعاتهما'],
  '44': ['Wood and articles of wood; wood charcoal', 'خشب ومصنوعاته؛ فحم خشبي'],
  '45': ['Cork and articles of cork', 'فلين ومصنوعاته'],
  '46': [
    'Manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork',
    'مصنوعات من القش أو الحلفاء أو من مواد الضفر الأخرى؛ أصناف السلال والقفف',
  ],
  '47': [
    'Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard',
    'عجائن من خشب أو من مواد ليفية سليلوزية أخرى؛ ورق أو ورق مقوى للاسترجاع (فضلات وخردة)',
  ],
  '48': [
    'Paper and paperboard; articles of paper pulp, of paper or of paperboard',
    'ورق وورق مقوى؛ مصنوعات من عجينة الورق أو من الورق أو من الورق المقوى',
  ],
  '49': [
    'Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans',
    'كتب مطبوعة وصحف وصور وغيرها من منتجات صناعة الطباعة؛ مخطوطات ونصوص مرقونة وتصاميم',
  ],
  '50': ['Silk', 'حرير'],
  '51': [
    'Wool, fine or coarse animal hair; horsehair yarn and woven fabric',
    'صوف وشعر ناعم أو خشن؛ خيوط ومنسوجات من شعر الخيل',
  ],
  '52': ['Cotton', 'قطن'],
  '53': [
    'Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn',
    'ألياف نسجية نباتية أخرى؛ خيوط ورقية ومنسوجاتها',
  ],
  '54': [
    'Man-made filaments; strip and the like of man-made textile materials',
    'شعيرات تركيبية أو اصطناعية؛ أشرطة وأشكال مماثلة من مواد نسجية تركيبية أو اصطناعية',
  ],
  '55': ['Man-made staple fibres', 'ألياف تركيبية أو اصطناعية غير مستمرة'],
  '56': [
    'Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables and articles thereof',
    'حشو وفلت ولا منسوجات؛ خيوط خاصة؛ خيوط حزم وحبال وأمراس ومصنوعاتها',
  ],
  '57': ['Carpets and other textile floor coverings', 'سجاد وأغطية أرضيات أخرى من مواد نسجية'],
  '58': [
    'Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery',
    'أقمشة منسوجة خاصة؛ أقمشة نسجية معنقدة؛ دانتيلا؛ مفروشات مزخرفة؛ زركشات؛ مطرزات',
  ],
  '59': [
    'Impregnated, coated, covered or laminated textile fabrics; textile articles of a kind suitable for industrial use',
    'أقمشة نسجية مشربة أو مطلية أو مغطاة أو منضدة؛ أصناف نسجية من الأنواع المستعملة في الصناعة',
  ],
  '60': ['Knitted or crocheted fabrics', 'أقمشة مصنرة أو كروشيه'],
  '61': [
    'Articles of apparel and clothing accessories, knitted or crocheted',
    'ألبسة وتوابعها، مصنرة أو كروشيه',
  ],
  '62': [
    'Articles of apparel and clothing accessories, not knitted or crocheted',
    'ألبسة وتوابعها، من غير المصنرة أو الكروشيه',
  ],
  '63': [
    'Other made up textile articles; sets; worn clothing and worn textile articles; rags',
    'أصناف أخرى جاهزة من مواد نسجية؛ أطقم؛ ملبوسات وأصناف نسجية مستعملة؛ خرق',
  ],
  '64': [
    'Footwear, gaiters and the like; parts of such articles',
    'أحذية وطماقات وما يماثلها؛ أجزاء هذه الأصناف',
  ],
  '65': ['Headgear and parts thereof', 'أغطية رأس وأجزاؤها'],
  '66': [
    'Umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof',
    'مظلات مطر ومظلات شمس وعصي مشي وعصي مقاعد وسياط وسياط ركوب وأجزاؤها',
  ],
  '67': [
    'Prepared feathers and down and articles made of feathers or of down; artificial flowers; articles of human hair',
    'ريش وزغب محضران وأصناف مصنوعة منهما؛ أزهار اصطناعية؛ مصنوعات من شعر بشري',
  ],
  '68': [
    'Articles of stone, plaster, cement, asbestos, mica or similar materials',
    'مصنوعات من حجر أو جص أو إسمنت أو أميانت أو ميكا أو من مواد مماثلة',
  ],
  '69': ['Ceramic products', 'منتجات خزفية'],
  '70': ['Glass and glassware', 'زجاج ومصنوعاته'],
  '71': [
    'Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin',
    'لؤلؤ طبيعي أو مستنبت وأحجار كريمة أو شبه كريمة ومعادن ثمينة ومعادن مكسوة بقشرة من معادن ثمينة ومصنوعات هذه المواد؛ حلي الغواية (مقلدة)؛ نقود معدنية',
  ],
  '72': ['Iron and steel', 'حديد صب (ظهر) وحديد وصلب'],
  '73': ['Articles of iron or steel', 'مصنوعات من حديد صب أو حديد أو صلب'],
  '74': ['Copper and articles thereof', 'نحاس ومصنوعاته'],
  '75': ['Nickel and articles thereof', 'نيكل ومصنوعاته'],
  '76': ['Aluminium and articles thereof', 'ألومنيوم ومصنوعاته'],
  '77': ['Reserved for possible future use', 'محجوز لاستعمال مستقبلي محتمل'],
  '78': ['Lead and articles thereof', 'رصاص ومصنوعاته'],
  '79': ['Zinc and articles thereof', 'زنك (توتياء) ومصنوعاته'],
  '80': ['Tin and articles thereof', 'قصدير ومصنوعاته'],
  '81': [
    'Other base metals; cermets; articles thereof',
    'معادن عادية أخرى؛ خلائط معدنية خزفية (سيرميت)؛ مصنوعاتها',
  ],
  '82': [
    'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal',
    'عدد وأدوات قاطعة وأدوات مائدة من معادن عادية؛ أجزاؤها من معادن عادية',
  ],
  '83': ['Miscellaneous articles of base metal', 'مصنوعات متنوعة من معادن عادية'],
  '84': [
    'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof',
    'مفاعلات نووية ومراجل وآلات وأجهزة وأدوات آلية؛ أجزاؤها',
  ],
  '85': [
    'Electrical machinery and equipment and parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles',
    'آلات وأجهزة ومعدات كهربائية وأجزاؤها؛ أجهزة تسجيل وإذاعة الصوت، أجهزة تسجيل وإذاعة الصوت والصورة في الإذاعة المرئية (التلفزيون)، وأجزاء ولوازم هذه الأجهزة',
  ],
  '86': [
    'Railway or tramway locomotives, rolling stock and parts thereof; railway or tramway track fixtures and fittings; mechanical traffic signalling equipment',
    'قاطرات وعربات ومعدات ثابتة للسكك الحديدية أو ما يماثلها وأجزاؤها؛ أجهزة إشارات آلية للمرور',
  ],
  '87': [
    'Vehicles other than railway or tramway rolling stock, and parts and accessories thereof',
    'سيارات وجرارات ودراجات وعربات أخرى للسير على الطرق، أجزاؤها ولوازمها',
  ],
  '88': ['Aircraft, spacecraft, and parts thereof', 'مركبات جوية ومركبات فضائية وأجزاؤها'],
  '89': ['Ships, boats and floating structures', 'سفن وقوارب ومنشآت عائمة'],
  '90': [
    'Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; parts and accessories thereof',
    'أدوات وأجهزة للبصريات أو التصوير الفوتوغرافي أو السينمائي أو القياس أو الفحص أو الضبط الدقيق، أدوات وأجهزة للطب أو الجراحة؛ أجزاؤها ولوازمها',
  ],
  '91': ['Clocks and watches and parts thereof', 'أصناف صناعة الساعات وأجزاؤها'],
  '92': ['Musical instruments; parts and accessories of such articles', 'أدوات موسيقية؛ أجزاؤها ولوازمها'],
  '93': ['Arms and ammunition; parts and accessories thereof', 'أسلحة وذخائر؛ أجزاؤها ولوازمها'],
  '94': [
    'Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; luminaires and lighting fittings, not elsewhere specified or included; illuminated signs, illuminated name-plates and the like; prefabricated buildings',
    'أثاث؛ أصناف الأسرة والحشايا ودعائمها والوسائد وأصناف حشو مماثلة؛ أجهزة إنارة غير مذكورة ولا داخلة في مكان آخر؛ إعلانات ولافتات مضيئة ولوحات أسماء مضيئة وما يماثلها؛ مبان مسبقة الصنع',
  ],
  '95': [
    'Toys, games and sports requisites; parts and accessories thereof',
    'لعب أطفال وألعاب مجتمعات ولوازم رياضة؛ أجزاؤها ولوازمها',
  ],
  '96': ['Miscellaneous manufactured articles', 'مصنوعات متنوعة'],
  '97': ["Works of art, collectors' pieces and antiques", 'تحف فنية وقطع للمجموعات وقطع أثرية'],
};

export const HS_HEADING_LABELS: Record<string, HsLabels> = {
  '0101': ['Live horses, asses, mules and hinnies', 'خيول وحمير وبغال ونغال، حية'],
  '0102': ['Live bovine animals', 'حيوانات حية من فصيلة الأبقار'],
  '0104': ['Live sheep and goats', 'حيوانات حية من فصيلتي الضأن والماعز'],
  '0105': [
    'Live poultry, that is to say, fowls of the species Gallus domesticus, ducks, geese, turkeys and guinea fowls',
    'دواجن حية من الأنواع الداجنة: ديوك ودجاج وبط وإوز وديوك رومية ودجاج غينيا',
  ],
  '0106': ['Other live animals', 'حيوانات حية أخرى'],
  '0201': ['Meat of bovine animals, fresh or chilled', 'لحوم حيوانات من فصيلة الأبقار، طازجة أو مبردة'],
  '0202': ['Meat of bovine animals, frozen', 'لحوم حيوانات من فصيلة الأبقار، مجمدة'],
  '0204': [
    'Meat of sheep or goats, fresh, chilled or frozen',
    'لحوم حيوانات من فصيلتي الضأن أو الماعز، طازجة أو مبردة أو مجمدة',
  ],
  '0207': [
    'Meat and edible offal, of the poultry of heading 01.05, fresh, chilled or frozen',
    'لحوم وأحشاء وأطراف صالحة للأكل، من الدواجن الداخلة في البند 01.05، طازجة أو مبردة أو مجمدة',
  ],
  '0302': [
    'Fish, fresh or chilled, excluding fish fillets and other fish meat of heading 03.04',
    'أسماك طازجة أو مبردة، عدا شرائح السمك (فيليه) ولحوم الأسماك الأخرى الداخلة في البند 03.04',
  ],
  '0303': [
    'Fish, frozen, excluding fish fillets and other fish meat of heading 03.04',
    'أسماك مجمدة، عدا شرائح السمك (فيليه) ولحوم الأسماك الأخرى الداخلة في البند 03.04',
  ],
  '0304': [
    'Fish fillets and other fish meat (whether or not minced), fresh, chilled or frozen',
    'شرائح سمك (فيليه) ولحوم أسماك أخرى (وإن كانت مفرومة)، طازجة أو مبردة أو مجمدة',
  ],
  '0306': [
    'Crustaceans, whether in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked crustaceans',
    'قشريات، وإن كانت منزوعة الصدفة، حية أو طازجة أو مبردة أو مجمدة أو مجففة أو مملحة أو في ماء مملح؛ قشريات مدخنة',
  ],
  '0307': [
    'Molluscs, whether in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked molluscs',
    'رخويات، وإن كانت منزوعة الصدفة، حية أو طازجة أو مبردة أو مجمدة أو مجففة أو مملحة أو في ماء مملح؛ رخويات مدخنة',
  ],
  '0401': [
    'Milk and cream, not concentrated nor containing added sugar or other sweetening matter',
    'حليب وقشدة، غير مركزين ولا مضاف إليهما سكر أو مواد تحلية أخرى',
  ],
  '0402': [
    'Milk and cream, concentrated or containing added sugar or other sweetening matter',
    'حليب وقشدة، مركزان أو مضاف إليهما سكر أو مواد تحلية أخرى',
  ],
  '0405': [
    'Butter and other fats and oils derived from milk; dairy spreads',
    'زبدة ودهون وزيوت أخرى مشتقة من الحليب؛ معاجين ألبان للدهن',
  ],
  '0406': ['Cheese and curd', 'أجبان وخثارة'],
  '0407': ["Birds' eggs, in shell, fresh, preserved or cooked", 'بيض طيور بقشره، طازج أو محفوظ أو مطبوخ'],
  '0409': ['Natural honey', 'عسل طبيعي'],
  '0511': [
    'Animal products not elsewhere specified or included; dead animals of Chapter 1 or 3, unfit for human consumption',
    'منتجات حيوانية غير مذكورة ولا داخلة في مكان آخر؛ حيوانات ميتة من الفصلين 1 أو 3، غير صالحة للاستهلاك البشري',
  ],
  '0602': [
    'Other live plants (including their roots), cuttings and slips; mushroom spawn',
    'نباتات حية أخرى (بما فيها جذورها)، عقل وطعوم؛ فطر أبيض (بذور الفطر)',
  ],
  '0603': [
    'Cut flowers and flower buds of a kind suitable for bouquets or for ornamental purposes, fresh, dried, dyed, bleached, impregnated or otherwise prepared',
    'أزهار وبراعم أزهار مقطوفة، من الأنواع المعدة للباقات أو للزينة، طازجة أو مجففة أو مصبوغة أو مقصورة أو مشربة أو محضرة بطرق أخرى',
  ],
  '0701': ['Potatoes, fresh or chilled', 'بطاطس، طازجة أو مبردة'],
  '0702': ['Tomatoes, fresh or chilled', 'طماطم، طازجة أو مبردة'],
  '0703': [
    'Onions, shallots, garlic, leeks and other alliaceous vegetables, fresh or chilled',
    'بصل وكراث أندلسي وثوم وكراث وخضر ثومية أخرى، طازجة أو مبردة',
  ],
  '0708': [
    'Leguminous vegetables, shelled or unshelled, fresh or chilled',
    'خضر بقولية، وإن كانت مقشورة، طازجة أو مبردة',
  ],
  '0709': ['Other vegetables, fresh or chilled', 'خضر أخرى، طازجة أو مبردة'],
  '0710': [
    'Vegetables (uncooked or cooked by steaming or boiling in water), frozen',
    'خضر (غير مطبوخة أو مطبوخة بالبخار أو بسلقها في الماء)، مجمدة',
  ],
  '0713': [
    'Dried leguminous vegetables, shelled, whether or not skinned or split',
    'خضر بقولية جافة مقشورة، وإن كانت منزوعة الغلاف أو مفلوقة',
  ],
  '0801': [
    'Coconuts, Brazil nuts and cashew nuts, fresh or dried, whether or not shelled or peeled',
    'جوز الهند وجوز البرازيل وجوز الكاجو، طازجة أو جافة، وإن كانت منزوعة القشر أو مقشورة',
  ],
  '0802': [
    'Other nuts, fresh or dried, whether or not shelled or peeled',
    'ثمار قشرية أخرى، طازجة أو جافة، وإن كانت منزوعة القشر أو مقشورة',
  ],
  '0803': ['Bananas, including plantains, fresh or dried', 'موز، بما فيه موز الجنة، طازج أو مجفف'],
  '0804': [
    'Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens, fresh or dried',
    'تمور وتين وأناناس وأفوكادو وجوافة ومانجو ومانغوستين، طازجة أو جافة',
  ],
  '0805': ['Citrus fruit, fresh or dried', 'حمضيات، طازجة أو جافة'],
  '0806': ['Grapes, fresh or dried', 'عنب، طازج أو مجفف'],
  '0808': ['Apples, pears and quinces, fresh', 'تفاح وإجاص وسفرجل، طازجة'],
  '0810': ['Other fruit, fresh', 'فواكه أخرى، طازجة'],
  '0901': [
    'Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee in any proportion',
    'بن، وإن كان محمصًا أو منزوع الكافيين؛ قشور وغلالات البن؛ أبدال البن المحتوية على بن بأي نسبة كانت',
  ],
  '0902': ['Tea, whether or not flavoured', 'شاي، وإن كان منكهًا'],
  '0904': [
    'Pepper of the genus Piper; dried or crushed or ground fruits of the genus Capsicum or of the genus Pimenta',
    'فلفل من جنس بيبر؛ ثمار من جنس كابسيكوم أو من جنس بيمنتا، مجففة أو مسحوقة أو مطحونة',
  ],
  '0910': [
    'Ginger, saffron, turmeric, thyme, bay leaves, curry and other spices',
    'زنجبيل وزعفران وكركم وزعتر وأوراق الغار وكاري وتوابل أخرى',
  ],
  '1001': ['Wheat and meslin', 'قمح وخليط القمح والشيلم'],
  '1003': ['Barley', 'شعير'],
  '1005': ['Maize (corn)', 'ذرة'],
  '1006': ['Rice', 'أرز'],
  '1101': ['Wheat or meslin flour', 'دقيق قمح أو دقيق خليط القمح والشيلم'],
  '1107': ['Malt, whether or not roasted', 'شعير مُنبت (مالت)، وإن كان محمصًا'],
  '1201': ['Soya beans, whether or not broken', 'فول الصويا، وإن كان مكسرًا'],
  '1205': ['Rape or colza seeds, whether or not broken', 'بذور اللفت أو السلجم، وإن كانت مكسرة'],
  '1206': ['Sunflower seeds, whether or not broken', 'بذور عباد الشمس، وإن كانت مكسرة'],
  '1209': [
    'Seeds, fruit and spores, of a kind used for sowing',
    'بذور وثمار وأبواغ من الأنواع المستعملة للبذر',
  ],
  '1211': [
    'Plants and parts of plants (including seeds and fruits), of a kind used primarily in perfumery, in pharmacy or for insecticidal, fungicidal or similar purposes',
    'نباتات وأجزاء نباتات (بما فيها البذور والثمار) من الأنواع المستعملة أساسًا في صناعة العطور أو في الصيدلة أو لإبادة الحشرات أو الفطريات أو لأغراض مماثلة',
  ],
  '1212': [
    'Locust beans, seaweeds and other algae, sugar beet and sugar cane, fresh, chilled, frozen or dried, whether or not ground; fruit stones and kernels',
    'خروب وأعشاب بحرية وطحالب أخرى وشمندر سكري وقصب سكر، طازجة أو مبردة أو مجمدة أو مجففة، وإن كانت مطحونة؛ نوى الثمار ولبها',
  ],
  '1302': [
    'Vegetable saps and extracts; pectic substances, pectinates and pectates; agar-agar and other mucilages and thickeners, derived from vegetable products',
    'عصارات وخلاصات نباتية؛ مواد بكتينية وبكتينات وبكتات؛ آجار-آجار ومواد لزجة ومكثفات أخرى مشتقة من منتجات نباتية',
  ],
  '1507': [
    'Soya-bean oil and its fractions, whether or not refined, but not chemically modified',
    'زيت فول الصويا وأجزاؤه، وإن كان مكررًا، لكن غير معدل كيميائيًا',
  ],
  '1509': [
    'Olive oil and its fractions, whether or not refined, but not chemically modified',
    'زيت الزيتون وأجزاؤه، وإن كان مكررًا، لكن غير معدل كيميائيًا',
  ],
  '1511': [
    'Palm oil and its fractions, whether or not refined, but not chemically modified',
    'زيت النخيل وأجزاؤه، وإن كان مكررًا، لكن غير معدل كيميائيًا',
  ],
  '1512': [
    'Sunflower-seed, safflower or cotton-seed oil and fractions thereof, whether or not refined, but not chemically modified',
    'زيوت بذور عباد الشمس أو القرطم أو بذور القطن وأجزاؤها، وإن كانت مكررة، لكن غير معدلة كيميائيًا',
  ],
  '1514': [
    'Rape, colza or mustard oil and fractions thereof, whether or not refined, but not chemically modified',
    'زيوت اللفت أو السلجم أو الخردل وأجزاؤها، وإن كانت مكررة، لكن غير معدلة كيميائيًا',
  ],
  '1515': [
    'Other fixed vegetable or microbial fats and oils (including jojoba oil) and their fractions, whether or not refined, but not chemically modified',
    'دهون وزيوت نباتية أو ميكروبية ثابتة أخرى (بما فيها زيت الجوجوبا) وأجزاؤها، وإن كانت مكررة، لكن غير معدلة كيميائيًا',
  ],
  '1517': [
    'Margarine; edible mixtures or preparations of animal, vegetable or microbial fats or oils or of fractions of different fats or oils',
    'سمن نباتي (مرغرين)؛ مخاليط أو محضرات غذائية من دهون أو زيوت حيوانية أو نباتية أو ميكروبية أو من أجزاء دهون أو زيوت مختلفة',
  ],
  '1601': [
    'Sausages and similar products, of meat, meat offal, blood or insects; food preparations based on these products',
    'سجق (نقانق) ومنتجات مماثلة من لحوم أو أحشاء أو دم أو حشرات؛ محضرات غذائية أساسها هذه المنتجات',
  ],
  '1602': [
    'Other prepared or preserved meat, meat offal, blood or insects',
    'محضرات وأصناف محفوظة أخرى من لحوم أو أحشاء أو دم أو حشرات',
  ],
  '1604': [
    'Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs',
    'أسماك محضرة أو محفوظة؛ كافيار وأبداله المحضرة من بيض السمك',
  ],
  '1605': [
    'Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved',
    'قشريات ورخويات ولافقاريات مائية أخرى، محضرة أو محفوظة',
  ],
  '1701': [
    'Cane or beet sugar and chemically pure sucrose, in solid form',
    'سكر القصب أو الشمندر وسكروز نقي كيميائيًا، بحالته الصلبة',
  ],
  '1704': [
    'Sugar confectionery (including white chocolate), not containing cocoa',
    'مصنوعات سكرية (بما فيها الشوكولاتة البيضاء) لا تحتوي على كاكاو',
  ],
  '1806': [
    'Chocolate and other food preparations containing cocoa',
    'شوكولاتة ومحضرات غذائية أخرى تحتوي على كاكاو',
  ],
  '1901': [
    'Malt extract; food preparations of flour, groats, meal, starch or malt extract, not containing cocoa or containing less than 40 % by weight of cocoa',
    'خلاصة الشعير المُنبت (مالت)؛ محضرات غذائية من دقيق أو جريش أو سميد أو نشاء أو خلاصة مالت، لا تحتوي على كاكاو أو تحتوي على أقل من 40 % وزنًا من الكاكاو',
  ],
  '1902': [
    'Pasta, whether or not cooked or stuffed or otherwise prepared, such as spaghetti, macaroni, noodles, lasagne, gnocchi, ravioli, cannelloni; couscous',
    'عجائن غذائية، وإن كانت مطبوخة أو محشوة أو محضرة بطرق أخرى، مثل السباغيتي والمعكرونة والشعيرية واللازانيا والنيوكي والرافيولي والكانيلوني؛ كسكس',
  ],
  '1905': [
    "Bread, pastry, cakes, biscuits and other bakers' wares, whether or not containing cocoa; communion wafers, empty cachets of a kind suitable for pharmaceutical use",
    'منتجات المخابز والفطائر والكعك والبسكويت، وإن احتوت على كاكاو؛ قربان، ورقائق فارغة من الأنواع المستعملة في الصيدلة',
  ],
  '2002': [
    'Tomatoes prepared or preserved otherwise than by vinegar or acetic acid',
    'طماطم محضرة أو محفوظة بغير الخل أو حمض الخليك',
  ],
  '2005': [
    'Other vegetables prepared or preserved otherwise than by vinegar or acetic acid, not frozen',
    'خضر أخرى محضرة أو محفوظة بغير الخل أو حمض الخليك، غير مجمدة',
  ],
  '2007': [
    'Jams, fruit jellies, marmalades, fruit or nut purée and fruit or nut pastes, obtained by cooking, whether or not containing added sugar or other sweetening matter',
    'مربيات وهلام فواكه ومرملاد وهريس وعجائن فواكه أو ثمار قشرية، محصل عليها بالطبخ، وإن أضيف إليها سكر أو مواد تحلية أخرى',
  ],
  '2008': [
    'Fruit, nuts and other edible parts of plants, otherwise prepared or preserved, whether or not containing added sugar or other sweetening matter or spirit',
    'فواكه وثمار قشرية وأجزاء أخرى صالحة للأكل من النباتات، محضرة أو محفوظة بطرق أخرى، وإن أضيف إليها سكر أو مواد تحلية أخرى أو كحول',
  ],
  '2009': [
    'Fruit or nut juices (including grape must and coconut water) and vegetable juices, unfermented and not containing added spirit, whether or not containing added sugar or other sweetening matter',
    'عصير فواكه أو ثمار قشرية (بما فيه عصير العنب ومياه جوز الهند) وعصير خضر، غير مخمرة ولا مضاف إليها كحول، وإن أضيف إليها سكر أو مواد تحلية أخرى',
  ],
  '2101': [
    'Extracts, essences and concentrates of coffee, tea or maté and preparations with a basis of these products or with a basis of coffee, tea or maté; chicory',
    'خلاصات وأرواح ومركزات البن أو الشاي أو المتة ومحضرات أساسها هذه المنتجات أو أساسها البن أو الشاي أو المتة؛ هندباء',
  ],
  '2106': [
    'Food preparations not elsewhere specified or included',
    'محضرات غذائية غير مذكورة ولا داخلة في مكان آخر',
  ],
  '2201': [
    'Waters, including natural or artificial mineral waters and aerated waters, not containing added sugar or other sweetening matter nor flavoured',
    'مياه، بما فيها المياه المعدنية الطبيعية أو الاصطناعية والمياه الغازية، غير مضاف إليها سكر أو مواد تحلية أخرى ولا منكهة',
  ],
  '2202': [
    'Waters, including mineral waters and aerated waters, containing added sugar or other sweetening matter or flavoured, and other non-alcoholic beverages',
    'مياه، بما فيها المياه المعدنية والمياه الغازية، مضاف إليها سكر أو مواد تحلية أخرى أو منكهة، ومشروبات أخرى غير كحولية',
  ],
  '2204': [
    'Wine of fresh grapes, including fortified wines; grape must other than that of heading 20.09',
    'نبيذ من عنب طازج، بما فيه النبيذ المقوى بالكحول؛ عصير عنب غير الداخل في البند 20.09',
  ],
  '2208': [
    'Undenatured ethyl alcohol of an alcoholic strength by volume of less than 80 % vol; spirits, liqueurs and other spirituous beverages',
    'كحول إيثيلي غير مغير الطبيعة بنسبة حجمية أقل من 80 %؛ عرق ومشروبات روحية أخرى',
  ],
  '2304': [
    'Oil-cake and other solid residues, whether or not ground or in the form of pellets, resulting from the extraction of soya-bean oil',
    'كسب وبقايا صلبة أخرى، وإن كانت مطحونة أو بشكل كريات، ناتجة عن استخلاص زيت فول الصويا',
  ],
  '2309': ['Preparations of a kind used in animal feeding', 'محضرات من الأنواع المستعملة في تغذية الحيوانات'],
  '2401': ['Unmanufactured tobacco; tobacco refuse', 'تبغ غير مصنع؛ فضلات التبغ'],
  '2402': [
    'Cigars, cheroots, cigarillos and cigarettes, of tobacco or of tobacco substitutes',
    'سيجار (بما فيه المقطوع الطرفين) وسيجار صغير (سيجاريلو) وسجائر، من تبغ أو من أبدال التبغ',
  ],
  '2501': [
    'Salt (including table salt and denatured salt) and pure sodium chloride, whether or not in aqueous solution or containing added anti-caking or free-flowing agents',
    'ملح (بما فيه ملح الطعام والملح المغير الطبيعة) وكلوريد الصوديوم النقي، وإن كان في محلول مائي أو مضافًا إليه مواد مانعة للتكتل أو لتسهيل الانسياب',
  ],
  '2510': [
    'Natural calcium phosphates, natural aluminium calcium phosphates and phosphatic chalk',
    'فوسفات الكالسيوم الطبيعية وفوسفات الألومنيوم الكلسية الطبيعية وطباشير فوسفاتي',
  ],
  '2515': [
    'Marble, travertine, ecaussine and other calcareous monumental or building stone of an apparent specific gravity of 2.5 or more',
    'رخام وترافرتين وإيكوسين وأحجار كلسية أخرى للنحت أو البناء، ذات كثافة ظاهرية تساوي 2,5 أو أكثر',
  ],
  '2523': [
    'Portland cement, aluminous cement, slag cement, supersulphate cement and similar hydraulic cements, whether or not coloured or in the form of clinkers',
    'إسمنت مائي (بما فيه الإسمنت غير المطحون المسمى «كلنكر»)، وإن كان ملونًا',
  ],
  '2601': [
    'Iron ores and concentrates, including roasted iron pyrites',
    'خامات الحديد ومركزاتها، بما فيها البيريت الحديدي المحمص (رماد البيريت)',
  ],
  '2603': ['Copper ores and concentrates', 'خامات النحاس ومركزاتها'],
  '2608': ['Zinc ores and concentrates', 'خامات الزنك ومركزاتها'],
  '2701': [
    'Coal; briquettes, ovoids and similar solid fuels manufactured from coal',
    'فحم حجري؛ قوالب وكريات وأنواع وقود صلبة مماثلة مصنوعة من الفحم الحجري',
  ],
  '2709': [
    'Petroleum oils and oils obtained from bituminous minerals, crude',
    'زيوت نفط خام وزيوت خام من مواد معدنية قارية',
  ],
  '2710': [
    'Petroleum oils and oils obtained from bituminous minerals, other than crude; preparations not elsewhere specified or included, containing by weight 70 % or more of petroleum oils',
    'زيوت نفط وزيوت من مواد معدنية قارية، عدا الخام؛ محضرات غير مذكورة ولا داخلة في مكان آخر تحتوي على 70 % وزنًا أو أكثر من زيوت النفط',
  ],
  '2711': ['Petroleum gases and other gaseous hydrocarbons', 'غازات نفط وهيدروكربونات غازية أخرى'],
  '2713': [
    'Petroleum coke, petroleum bitumen and other residues of petroleum oils or of oils obtained from bituminous minerals',
    'كوك النفط وقار النفط وبقايا أخرى من زيوت النفط أو من زيوت المواد المعدنية القارية',
  ],
  '2716': ['Electrical energy', 'طاقة كهربائية'],
  '2807': ['Sulphuric acid; oleum', 'حمض الكبريتيك؛ أوليوم'],
  '2809': [
    'Diphosphorus pentaoxide; phosphoric acid; polyphosphoric acids, whether or not chemically defined',
    'خماسي أكسيد ثنائي الفوسفور؛ حمض الفوسفوريك؛ أحماض متعددة الفوسفوريك، وإن لم تكن محددة التركيب كيميائيًا',
  ],
  '2814': ['Ammonia, anhydrous or in aqueous solution', 'أمونياك لا مائي أو في محلول مائي'],
  '2836': [
    'Carbonates; peroxocarbonates (percarbonates); commercial ammonium carbonate containing ammonium carbamate',
    'كربونات؛ بيروكسوكربونات (بيركربونات)؛ كربونات الأمونيوم التجارية المحتوية على كربامات الأمونيوم',
  ],
  '2941': ['Antibiotics', 'مضادات حيوية'],
  '3002': [
    'Human blood; animal blood prepared for therapeutic, prophylactic or diagnostic uses; antisera, other blood fractions and immunological products; vaccines, toxins, cultures of micro-organisms',
    'دم بشري؛ دم حيواني محضر للاستعمال في الطب العلاجي أو الوقائي أو التشخيصي؛ أمصال مضادة وأجزاء أخرى من الدم ومنتجات مناعية؛ لقاحات وذيفانات ومستنبتات كائنات دقيقة',
  ],
  '3003': [
    'Medicaments (excluding goods of heading 30.02, 30.05 or 30.06) consisting of two or more constituents mixed together, not put up in measured doses or for retail sale',
    'أدوية (عدا المنتجات الداخلة في البنود 30.02 أو 30.05 أو 30.06) مكونة من منتجات مخلوطة فيما بينها، غير مهيأة بجرعات محددة ولا معبأة للبيع بالتجزئة',
  ],
  '3004': [
    'Medicaments (excluding goods of heading 30.02, 30.05 or 30.06) consisting of mixed or unmixed products, put up in measured doses or for retail sale',
    'أدوية (عدا المنتجات الداخلة في البنود 30.02 أو 30.05 أو 30.06) مكونة من منتجات مخلوطة أو غير مخلوطة، مهيأة بجرعات محددة أو معبأة للبيع بالتجزئة',
  ],
  '3005': [
    'Wadding, gauze, bandages and similar articles (for example, dressings, adhesive plasters, poultices), impregnated or coated with pharmaceutical substances or put up for retail sale for medical purposes',
    'حشو وشاش وأربطة وأصناف مماثلة (ضمادات ولصقات ولبخات مثلًا)، مشربة أو مغطاة بمواد صيدلية أو مهيأة للبيع بالتجزئة لأغراض طبية',
  ],
  '3006': [
    'Pharmaceutical goods specified in Note 4 to this Chapter',
    'محضرات وأصناف صيدلية مذكورة في الملاحظة 4 من الفصل 30',
  ],
  '3101': [
    'Animal or vegetable fertilisers, whether or not mixed together or chemically treated; fertilisers produced by the mixing or chemical treatment of animal or vegetable products',
    'أسمدة من أصل حيواني أو نباتي، وإن كانت مخلوطة فيما بينها أو معالجة كيميائيًا؛ أسمدة ناتجة عن خلط أو معالجة كيميائية لمنتجات حيوانية أو نباتية',
  ],
  '3102': ['Mineral or chemical fertilisers, nitrogenous', 'أسمدة معدنية أو كيميائية آزوتية'],
  '3103': ['Mineral or chemical fertilisers, phosphatic', 'أسمدة معدنية أو كيميائية فوسفاتية'],
  '3104': ['Mineral or chemical fertilisers, potassic', 'أسمدة معدنية أو كيميائية بوتاسية'],
  '3105': [
    'Mineral or chemical fertilisers containing two or three of the fertilising elements nitrogen, phosphorus and potassium; other fertilisers',
    'أسمدة معدنية أو كيميائية تحتوي على عنصرين أو ثلاثة من العناصر المخصبة: الآزوت والفوسفور والبوتاسيوم؛ أسمدة أخرى',
  ],
  '3208': [
    'Paints and varnishes based on synthetic polymers or chemically modified natural polymers, dispersed or dissolved in a non-aqueous medium',
    'دهانات وورنيش أساسها بوليمرات تركيبية أو بوليمرات طبيعية معدلة، مشتتة أو مذابة في وسط غير مائي',
  ],
  '3209': [
    'Paints and varnishes based on synthetic polymers or chemically modified natural polymers, dispersed or dissolved in an aqueous medium',
    'دهانات وورنيش أساسها بوليمرات تركيبية أو بوليمرات طبيعية معدلة، مشتتة أو مذابة في وسط مائي',
  ],
  '3301': [
    'Essential oils (terpeneless or not), including concretes and absolutes; resinoids; extracted oleoresins',
    'زيوت عطرية (وإن كانت منزوعة التربين)، بما فيها «الخرسانات» و«المطلقات»؛ راتنجات عطرية؛ راتنجات زيتية مستخلصة',
  ],
  '3303': ['Perfumes and toilet waters', 'عطور ومياه زينة'],
  '3304': [
    'Beauty or make-up preparations and preparations for the care of the skin (other than medicaments), including sunscreen or sun tan preparations; manicure or pedicure preparations',
    'محضرات تجميل أو زينة ومحضرات للعناية بالبشرة (عدا الأدوية)، بما فيها محضرات الوقاية من الشمس أو الاسمرار؛ محضرات للعناية بأظافر اليدين أو القدمين',
  ],
  '3305': ['Preparations for use on the hair', 'محضرات للعناية بالشعر'],
  '3401': [
    'Soap; organic surface-active products and preparations for use as soap, in the form of bars, cakes, moulded pieces or shapes',
    'صابون؛ منتجات ومحضرات عضوية ذات نشاط سطحي تستعمل كصابون، بشكل قضبان أو ألواح أو قطع أو أشكال مقولبة',
  ],
  '3402': [
    'Organic surface-active agents (other than soap); surface-active preparations, washing preparations (including auxiliary washing preparations) and cleaning preparations',
    'عوامل عضوية ذات نشاط سطحي (عدا الصابون)؛ محضرات ذات نشاط سطحي ومحضرات غسيل (بما فيها محضرات الغسيل المساعدة) ومحضرات تنظيف',
  ],
  '3706': [
    'Cinematographic film, exposed and developed, whether or not incorporating sound track or consisting only of sound track',
    'أفلام سينمائية معرضة ومظهرة، وإن تضمنت تسجيلًا صوتيًا أو اقتصرت على التسجيل الصوتي',
  ],
  '3808': [
    'Insecticides, rodenticides, fungicides, herbicides, anti-sprouting products and plant-growth regulators, disinfectants and similar products',
    'مبيدات حشرات ومبيدات قوارض ومبيدات فطريات ومبيدات أعشاب ومضادات إنبات ومنظمات نمو النباتات ومطهرات ومنتجات مماثلة',
  ],
  '3901': ['Polymers of ethylene, in primary forms', 'بوليمرات الإيثيلين، بأشكالها الأولية'],
  '3902': [
    'Polymers of propylene or of other olefins, in primary forms',
    'بوليمرات البروبيلين أو أوليفينات أخرى، بأشكالها الأولية',
  ],
  '3903': ['Polymers of styrene, in primary forms', 'بوليمرات الستيرين، بأشكالها الأولية'],
  '3904': [
    'Polymers of vinyl chloride or of other halogenated olefins, in primary forms',
    'بوليمرات كلوريد الفينيل أو أوليفينات مهلجنة أخرى، بأشكالها الأولية',
  ],
  '3907': [
    'Polyacetals, other polyethers and epoxide resins, in primary forms; polycarbonates, alkyd resins, polyallyl esters and other polyesters, in primary forms',
    'بولي أسيتالات وبولي إيثرات أخرى وراتنجات إيبوكسيدية، بأشكالها الأولية؛ بولي كربونات وراتنجات ألكيدية وبولي إسترات أليلية وبولي إسترات أخرى، بأشكالها الأولية',
  ],
  '3917': [
    'Tubes, pipes and hoses, and fittings therefor (for example, joints, elbows, flanges), of plastics',
    'أنابيب ومواسير وخراطيم ولوازمها (وصلات وأكواع وشفاه مثلًا)، من لدائن',
  ],
  '3920': [
    'Other plates, sheets, film, foil and strip, of plastics, non-cellular and not reinforced, laminated, supported or similarly combined with other materials',
    'ألواح وصفائح وأغشية ورقائق وأشرطة أخرى من لدائن غير خلوية وغير مقواة ولا منضدة ولا مدعمة ولا مركبة بطريقة مماثلة مع مواد أخرى',
  ],
  '3923': [
    'Articles for the conveyance or packing of goods, of plastics; stoppers, lids, caps and other closures, of plastics',
    'أصناف لنقل أو تعبئة البضائع، من لدائن؛ سدادات وأغطية وكبسولات وأدوات إغلاق أخرى، من لدائن',
  ],
  '3926': [
    'Other articles of plastics and articles of other materials of headings 39.01 to 39.14',
    'مصنوعات أخرى من لدائن ومصنوعات من مواد أخرى من البنود 39.01 إلى 39.14',
  ],
  '4001': [
    'Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums, in primary forms or in plates, sheets or strip',
    'مطاط طبيعي وبالاتا وغوتابركا وغوايول وشيكل وصموغ طبيعية مماثلة، بأشكالها الأولية أو بشكل ألواح أو صفائح أو أشرطة',
  ],
  '4011': ['New pneumatic tyres, of rubber', 'إطارات خارجية جديدة هوائية (منفوخة بالهواء)، من مطاط'],
  '4012': [
    'Retreaded or used pneumatic tyres of rubber; solid or cushion tyres, tyre treads and tyre flaps, of rubber',
    'إطارات هوائية من مطاط، مجددة أو مستعملة؛ إطارات مصمتة أو نصف مصمتة وأشرطة مداس وبطانات، من مطاط',
  ],
  '4104': [
    'Tanned or crust hides and skins of bovine (including buffalo) or equine animals, without hair on, whether or not split, but not further prepared',
    'جلود مدبوغة أو مجففة بعد الدباغة من فصيلة الأبقار (بما فيها الجاموس) أو الخيول، منزوعة الشعر، وإن كانت مشقوقة، لكن غير محضرة بطرق أخرى',
  ],
  '4202': [
    'Trunks, suit-cases, vanity-cases, executive-cases, brief-cases, school satchels, spectacle cases, handbags, travelling-bags, wallets, purses and similar containers',
    'صناديق أمتعة وحقائب سفر وحقائب زينة وحقائب أوراق ومحافظ مدرسية وعلب نظارات وحقائب يد وحقائب سفر وحافظات نقود وأوعية مماثلة',
  ],
  '4203': [
    'Articles of apparel and clothing accessories, of leather or of composition leather',
    'ألبسة وتوابعها، من جلد طبيعي أو جلد مجدد',
  ],
  '4403': [
    'Wood in the rough, whether or not stripped of bark or sapwood, or roughly squared',
    'خشب خام، وإن كان منزوع القشر أو الخشب الرخو أو مربعًا تربيعًا خشنًا',
  ],
  '4407': [
    'Wood sawn or chipped lengthwise, sliced or peeled, whether or not planed, sanded or end-jointed, of a thickness exceeding 6 mm',
    'خشب منشور أو مقطوع طولًا أو مشرح أو مقشور، وإن كان مسحوجًا أو مصنفرًا أو موصولًا من الأطراف، يزيد سمكه على 6 مم',
  ],
  '4410': [
    'Particle board, oriented strand board (OSB) and similar board, of wood or other ligneous materials, whether or not agglomerated with resins or other organic binding substances',
    'ألواح حبيبية وألواح بشرائح موجهة (OSB) وألواح مماثلة، من خشب أو من مواد خشبية أخرى، وإن كانت مكتلة بالراتنجات أو بمواد ربط عضوية أخرى',
  ],
  '4411': [
    'Fibreboard of wood or other ligneous materials, whether or not bonded with resins or other organic substances',
    'ألواح ليفية من خشب أو من مواد خشبية أخرى، وإن كانت مكتلة بالراتنجات أو بمواد عضوية أخرى',
  ],
  '4412': [
    'Plywood, veneered panels and similar laminated wood',
    'خشب معاكس (أبلكاج) وألواح مكسوة بقشرة خشب وخشب منضد مماثل',
  ],
  '4418': [
    "Builders' joinery and carpentry of wood, including cellular wood panels and assembled flooring panels",
    'مصنوعات النجارة وأجزاء الهياكل الخشبية للبناء، بما فيها الألواح الخلوية وألواح الأرضيات المجمعة',
  ],
  '4501': [
    'Natural cork, raw or simply prepared; waste cork; crushed, granulated or ground cork',
    'فلين طبيعي خام أو محضر تحضيرًا بسيطًا؛ فضلات فلين؛ فلين مجروش أو محبب أو مطحون',
  ],
  '4703': [
    'Chemical wood pulp, soda or sulphate, other than dissolving grades',
    'عجائن خشب كيميائية بالصودا أو بالكبريتات، عدا العجائن المعدة للإذابة',
  ],
  '4707': ['Recovered (waste and scrap) paper or paperboard', 'ورق أو ورق مقوى للاسترجاع (فضلات وخردة)'],
  '4801': ['Newsprint, in rolls or sheets', 'ورق صحف، في لفات أو أفرخ'],
  '4802': [
    'Uncoated paper and paperboard, of a kind used for writing, printing or other graphic purposes, and punch card stock and punch tape paper',
    'ورق وورق مقوى غير مطلي، من الأنواع المستعملة للكتابة أو الطباعة أو لأغراض تخطيطية أخرى، وورق بطاقات وأشرطة التثقيب',
  ],
  '4804': [
    'Uncoated kraft paper and paperboard, in rolls or sheets, other than that of heading 48.02 or 48.03',
    'ورق وورق مقوى كرافت غير مطلي، في لفات أو أفرخ، عدا الداخل في البندين 48.02 أو 48.03',
  ],
  '4818': [
    'Toilet paper and similar paper for household or sanitary purposes; handkerchiefs, cleansing tissues, towels',
    'ورق صحي وورق مماثل للاستعمال المنزلي أو الصحي؛ مناديل ومناديل إزالة الزينة ومناشف',
  ],
  '4819': [
    'Cartons, boxes, cases, bags and other packing containers, of paper, paperboard, cellulose wadding or webs of cellulose fibres; box files and similar articles',
    'علب وصناديق وأكياس وأوعية تعبئة أخرى من ورق أو ورق مقوى أو حشو سليلوزي أو طبقات ألياف سليلوزية؛ علب ملفات وأصناف مماثلة',
  ],
  '4901': [
    'Printed books, brochures, leaflets and similar printed matter, whether or not in single sheets',
    'كتب مطبوعة وكتيبات ومطبوعات مماثلة، وإن كانت في أوراق منفردة',
  ],
  '4902': [
    'Newspapers, journals and periodicals, whether or not illustrated or containing advertising material',
    'صحف ومجلات ومنشورات دورية مطبوعة، وإن كانت مصورة أو تحتوي على مواد إعلانية',
  ],
  '4911': [
    'Other printed matter, including printed pictures and photographs',
    'مطبوعات أخرى، بما فيها الصور المطبوعة والصور الفوتوغرافية',
  ],
  '5201': ['Cotton, not carded or combed', 'قطن غير مندوف ولا ممشط'],
  '5205': [
    'Cotton yarn (other than sewing thread), containing 85 % or more by weight of cotton, not put up for retail sale',
    'خيوط قطنية (عدا خيوط الخياطة) تحتوي على 85 % وزنًا أو أكثر من القطن، غير مهيأة للبيع بالتجزئة',
  ],
  '5208': [
    'Woven fabrics of cotton, containing 85 % or more by weight of cotton, weighing not more than 200 g/m²',
    'أقمشة منسوجة من قطن تحتوي على 85 % وزنًا أو أكثر من القطن، لا يتجاوز وزنها 200 غ/م²',
  ],
  '5209': [
    'Woven fabrics of cotton, containing 85 % or more by weight of cotton, weighing more than 200 g/m²',
    'أقمشة منسوجة من قطن تحتوي على 85 % وزنًا أو أكثر من القطن، يتجاوز وزنها 200 غ/م²',
  ],
  '5407': [
    'Woven fabrics of synthetic filament yarn, including woven fabrics obtained from materials of heading 54.04',
    'أقمشة منسوجة من خيوط شعيرات تركيبية، بما فيها الأقمشة المحصل عليها من المنتجات الداخلة في البند 54.04',
  ],
  '5603': [
    'Nonwovens, whether or not impregnated, coated, covered or laminated',
    'لا منسوجات، وإن كانت مشربة أو مطلية أو مغطاة أو منضدة',
  ],
  '5701': [
    'Carpets and other textile floor coverings, knotted, whether or not made up',
    'سجاد وأغطية أرضيات أخرى من مواد نسجية، معقودة، وإن كانت جاهزة',
  ],
  '5702': [
    'Carpets and other textile floor coverings, woven, not tufted or flocked, whether or not made up, including "Kelem", "Schumacks", "Karamanie" and similar hand-woven rugs',
    'سجاد وأغطية أرضيات أخرى من مواد نسجية، منسوجة، غير معنقدة ولا مزغبة، وإن كانت جاهزة، بما فيها «الكليم» و«الشوماك» و«الكرماني» والبسط المماثلة المنسوجة يدويًا',
  ],
  '6006': ['Other knitted or crocheted fabrics', 'أقمشة أخرى مصنرة أو كروشيه'],
  '6104': [
    "Women's or girls' suits, ensembles, jackets, blazers, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (other than swimwear), knitted or crocheted",
    'بذلات وأطقم وسترات وفساتين وتنانير وتنانير سراويل وسراويل طويلة وسراويل بحمالات وسراويل قصيرة (عدا ملابس السباحة)، للنساء أو البنات، مصنرة أو كروشيه',
  ],
  '6109': [
    'T-shirts, singlets and other vests, knitted or crocheted',
    'قمصان تي شيرت وقمصان داخلية، مصنرة أو كروشيه',
  ],
  '6110': [
    'Jerseys, pullovers, cardigans, waistcoats and similar articles, knitted or crocheted',
    'كنزات وبلوزات صوفية وسترات وصدريات وأصناف مماثلة، مصنرة أو كروشيه',
  ],
  '6203': [
    "Men's or boys' suits, ensembles, jackets, blazers, trousers, bib and brace overalls, breeches and shorts (other than swimwear)",
    'بذلات وأطقم وسترات وسراويل طويلة وسراويل بحمالات وسراويل قصيرة (عدا ملابس السباحة)، للرجال أو الأولاد',
  ],
  '6204': [
    "Women's or girls' suits, ensembles, jackets, blazers, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (other than swimwear)",
    'بذلات وأطقم وسترات وفساتين وتنانير وتنانير سراويل وسراويل طويلة وسراويل بحمالات وسراويل قصيرة (عدا ملابس السباحة)، للنساء أو البنات',
  ],
  '6205': ["Men's or boys' shirts", 'قمصان للرجال أو الأولاد'],
  '6206': [
    "Women's or girls' blouses, shirts and shirt-blouses",
    'بلوزات وقمصان وقمصان بلوزات للنساء أو البنات',
  ],
  '6212': [
    'Brassières, girdles, corsets, braces, suspenders, garters and similar articles and parts thereof, whether or not knitted or crocheted',
    'حمالات صدر ومشدات وكورسيهات وحمالات وأربطة جوارب وأصناف مماثلة وأجزاؤها، وإن كانت مصنرة أو كروشيه',
  ],
  '6302': ['Bed linen, table linen, toilet linen and kitchen linen', 'بياضات أسرة ومائدة وحمام ومطبخ'],
  '6309': ['Worn clothing and other worn articles', 'ملبوسات وأصناف أخرى مستعملة (بالة)'],
  '6402': [
    'Other footwear with outer soles and uppers of rubber or plastics',
    'أحذية أخرى بنعال خارجية وأجزاء علوية من مطاط أو لدائن',
  ],
  '6403': [
    'Footwear with outer soles of rubber, plastics, leather or composition leather and uppers of leather',
    'أحذية بنعال خارجية من مطاط أو لدائن أو جلد طبيعي أو مجدد وأجزاء علوية من جلد طبيعي',
  ],
  '6404': [
    'Footwear with outer soles of rubber, plastics, leather or composition leather and uppers of textile materials',
    'أحذية بنعال خارجية من مطاط أو لدائن أو جلد طبيعي أو مجدد وأجزاء علوية من مواد نسجية',
  ],
  '6406': [
    'Parts of footwear (including uppers whether or not attached to soles other than outer soles); removable in-soles, heel cushions and similar articles',
    'أجزاء أحذية (بما فيها الأجزاء العلوية وإن كانت مثبتة بنعال غير النعال الخارجية)؛ نعال داخلية قابلة للنزع ووسائد كعوب وأصناف مماثلة',
  ],
  '6802': [
    'Worked monumental or building stone (except slate) and articles thereof; mosaic cubes and the like',
    'أحجار نحت أو بناء مشغولة (عدا الأردواز) ومصنوعاتها؛ مكعبات ونرد وأصناف مماثلة للفسيفساء',
  ],
  '6810': [
    'Articles of cement, of concrete or of artificial stone, whether or not reinforced',
    'مصنوعات من إسمنت أو خرسانة أو حجر اصطناعي، وإن كانت مسلحة',
  ],
  '6907': [
    'Ceramic flags and paving, hearth or wall tiles; ceramic mosaic cubes and the like, whether or not on a backing',
    'بلاط وترابيع للتبليط أو الكسوة، من خزف؛ مكعبات ونرد وأصناف مماثلة للفسيفساء، من خزف، وإن كانت على حامل',
  ],
  '6910': [
    'Ceramic sinks, wash basins, wash basin pedestals, baths, bidets, water closet pans, flushing cisterns, urinals and similar sanitary fixtures',
    'مغاسل (أحواض غسيل) وقواعدها وأحواض استحمام وبيديهات ومراحيض وصناديق طرد ومباول وتجهيزات صحية ثابتة مماثلة، من خزف',
  ],
  '6911': [
    'Tableware, kitchenware, other household articles and toilet articles, of porcelain or china',
    'أدوات مائدة وأدوات مطبخ وأصناف منزلية أخرى وأدوات صحية، من بورسلين (خزف صيني)',
  ],
  '7005': [
    'Float glass and surface ground or polished glass, in sheets, whether or not having an absorbent, reflecting or non-reflecting layer',
    'زجاج مسطح معوم وزجاج مصقول أو ملمع على وجه أو وجهين، في ألواح أو صفائح، وإن كان ذا طبقة ماصة أو عاكسة أو غير عاكسة',
  ],
  '7007': [
    'Safety glass, consisting of toughened (tempered) or laminated glass',
    'زجاج أمان، من زجاج مقسى أو منضد',
  ],
  '7010': [
    'Carboys, bottles, flasks, jars, pots, phials, ampoules and other containers, of glass, of a kind used for the conveyance or packing of goods; preserving jars of glass',
    'دوارق وقوارير وقنينات وبرطمانات وأوعية وأنابيب وأمبولات وأوعية أخرى من زجاج، من الأنواع المستعملة لنقل أو تعبئة البضائع؛ برطمانات حفظ من زجاج',
  ],
  '7013': [
    'Glassware of a kind used for table, kitchen, toilet, office, indoor decoration or similar purposes',
    'أصناف من زجاج من الأنواع المستعملة للمائدة أو للمطبخ أو للزينة أو للمكاتب أو لتزيين المنازل أو لأغراض مماثلة',
  ],
  '7102': [
    'Diamonds, whether or not worked, but not mounted or set',
    'ماس، وإن كان مشغولًا، لكن غير مركب ولا مرصع',
  ],
  '7108': [
    'Gold (including gold plated with platinum), unwrought or in semi-manufactured forms, or in powder form',
    'ذهب (بما فيه الذهب المطلي بالبلاتين)، بأشكاله الخام أو نصف المصنعة أو بشكل مسحوق',
  ],
  '7113': [
    'Articles of jewellery and parts thereof, of precious metal or of metal clad with precious metal',
    'حلي ومجوهرات وأجزاؤها، من معادن ثمينة أو من معادن مكسوة بقشرة من معادن ثمينة',
  ],
  '7117': ['Imitation jewellery', 'حلي الغواية (مقلدة)'],
  '7204': [
    'Ferrous waste and scrap; remelting scrap ingots of iron or steel',
    'فضلات وخردة من حديد صب أو حديد أو صلب؛ سبائك خردة من حديد أو صلب معدة لإعادة الصهر',
  ],
  '7207': ['Semi-finished products of iron or non-alloy steel', 'منتجات نصف مصنعة من حديد أو صلب غير خليط'],
  '7208': [
    'Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more, hot-rolled, not clad, plated or coated',
    'منتجات مسطحة مدرفلة من حديد أو صلب غير خليط، بعرض 600 مم أو أكثر، مدرفلة على الساخن، غير مكسوة ولا مطلية',
  ],
  '7209': [
    'Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more, cold-rolled (cold-reduced), not clad, plated or coated',
    'منتجات مسطحة مدرفلة من حديد أو صلب غير خليط، بعرض 600 مم أو أكثر، مدرفلة على البارد، غير مكسوة ولا مطلية',
  ],
  '7210': [
    'Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more, clad, plated or coated',
    'منتجات مسطحة مدرفلة من حديد أو صلب غير خليط، بعرض 600 مم أو أكثر، مكسوة أو مطلية',
  ],
  '7213': [
    'Bars and rods, hot-rolled, in irregularly wound coils, of iron or non-alloy steel',
    'قضبان وأسلاك مدرفلة على الساخن في لفات غير منتظمة، من حديد أو صلب غير خليط',
  ],
  '7214': [
    'Other bars and rods of iron or non-alloy steel, not further worked than forged, hot-rolled, hot-drawn or hot-extruded, but including those twisted after rolling',
    'قضبان أخرى من حديد أو صلب غير خليط، مطروقة أو مدرفلة أو مسحوبة أو مبثوقة على الساخن فقط، بما فيها الملتوية بعد الدرفلة',
  ],
  '7216': [
    'Angles, shapes and sections of iron or non-alloy steel',
    'زوايا وأشكال ومقاطع خاصة من حديد أو صلب غير خليط',
  ],
  '7219': [
    'Flat-rolled products of stainless steel, of a width of 600 mm or more',
    'منتجات مسطحة مدرفلة من صلب مقاوم للصدأ، بعرض 600 مم أو أكثر',
  ],
  '7306': [
    'Other tubes, pipes and hollow profiles (for example, open seam or welded, riveted or similarly closed), of iron or steel',
    'أنابيب ومواسير ومقاطع مجوفة أخرى (ملحومة أو مبرشمة أو مغلقة بطريقة مماثلة مثلًا)، من حديد أو صلب',
  ],
  '7308': [
    'Structures and parts of structures (for example, bridges, towers, lattice masts, pillars, roofs, doors and windows), of iron or steel',
    'منشآت وأجزاء منشآت (جسور وأبراج وصواري وأعمدة وسقوف وأبواب ونوافذ مثلًا)، من حديد صب أو حديد أو صلب',
  ],
  '7318': [
    'Screws, bolts, nuts, coach screws, screw hooks, rivets, cotters, cotter-pins, washers and similar articles, of iron or steel',
    'براغ ومسامير ملولبة وصواميل وبراغي خشب وخطاطيف ملولبة ومسامير برشام وخوابير وحلقات وأصناف مماثلة، من حديد صب أو حديد أو صلب',
  ],
  '7326': ['Other articles of iron or steel', 'مصنوعات أخرى من حديد أو صلب'],
  '7403': ['Refined copper and copper alloys, unwrought', 'نحاس منقى وخلائط نحاس، بأشكالها الخام'],
  '7404': ['Copper waste and scrap', 'فضلات وخردة نحاس'],
  '7408': ['Copper wire', 'أسلاك من نحاس'],
  '7601': ['Unwrought aluminium', 'ألومنيوم بشكله الخام'],
  '7604': ['Aluminium bars, rods and profiles', 'قضبان ومقاطع من ألومنيوم'],
  '7606': [
    'Aluminium plates, sheets and strip, of a thickness exceeding 0.2 mm',
    'ألواح وصفائح وأشرطة من ألومنيوم، يزيد سمكها على 0,2 مم',
  ],
  '7607': [
    'Aluminium foil (whether or not printed or backed with paper, paperboard, plastics or similar backing materials) of a thickness not exceeding 0.2 mm',
    'ورق وأشرطة رقيقة من ألومنيوم (وإن كانت مطبوعة أو مثبتة على ورق أو ورق مقوى أو لدائن أو حوامل مماثلة)، لا يتجاوز سمكها 0,2 مم',
  ],
  '7610': [
    'Aluminium structures and parts of structures (for example, doors, windows and their frames and thresholds for doors), excluding prefabricated buildings of heading 94.06',
    'منشآت وأجزاء منشآت من ألومنيوم (أبواب ونوافذ وأطرها وعتبات الأبواب مثلًا)، عدا المباني المسبقة الصنع الداخلة في البند 94.06',
  ],
  '7801': ['Unwrought lead', 'رصاص بشكله الخام'],
  '7901': ['Unwrought zinc', 'زنك بشكله الخام'],
  '8407': [
    'Spark-ignition reciprocating or rotary internal combustion piston engines',
    'محركات ذات مكابس متناوبة أو دوارة، تعمل بالاشتعال بالشرر (محركات انفجار)',
  ],
  '8408': [
    'Compression-ignition internal combustion piston engines (diesel or semi-diesel engines)',
    'محركات ذات مكابس تعمل بالاشتعال بالضغط (محركات ديزل أو نصف ديزل)',
  ],
  '8413': [
    'Pumps for liquids, whether or not fitted with a measuring device; liquid elevators',
    'مضخات للسوائل، وإن كانت مجهزة بأداة قياس؛ رافعات سوائل',
  ],
  '8414': [
    'Air or vacuum pumps, air or other gas compressors and fans; ventilating or recycling hoods incorporating a fan',
    'مضخات هواء أو تفريغ وضاغطات هواء أو غازات أخرى ومراوح؛ أغطية تهوية أو إعادة تدوير مجهزة بمروحة',
  ],
  '8415': [
    'Air conditioning machines, comprising a motor-driven fan and elements for changing the temperature and humidity',
    'أجهزة تكييف الهواء المشتملة على مروحة ذات محرك وعلى عناصر لتغيير درجة الحرارة والرطوبة',
  ],
  '8418': [
    'Refrigerators, freezers and other refrigerating or freezing equipment, electric or other; heat pumps',
    'ثلاجات ومجمدات ومعدات أخرى للتبريد أو التجميد، كهربائية أو غيرها؛ مضخات حرارية',
  ],
  '8421': [
    'Centrifuges, including centrifugal dryers; filtering or purifying machinery and apparatus, for liquids or gases',
    'أجهزة طرد مركزي، بما فيها مجففات الطرد المركزي؛ آلات وأجهزة لترشيح أو تنقية السوائل أو الغازات',
  ],
  '8422': [
    'Dish washing machines; machinery for cleaning, drying, filling, closing, sealing, capsuling or labelling bottles or other containers',
    'آلات غسل الأواني؛ آلات وأجهزة لتنظيف أو تجفيف أو تعبئة أو إغلاق أو سد أو وضع الكبسولات أو البطاقات على القوارير أو الأوعية الأخرى',
  ],
  '8427': [
    'Fork-lift trucks; other works trucks fitted with lifting or handling equipment',
    'عربات رافعة بشوكة؛ عربات مناولة أخرى مجهزة بأداة رفع',
  ],
  '8429': [
    'Self-propelled bulldozers, angledozers, graders, levellers, scrapers, mechanical shovels, excavators, shovel loaders, tamping machines and road rollers',
    'جرافات وجرافات مائلة وآلات تسوية وكاشطات ومجارف آلية وحفارات ومحملات ومحملات مجارف وآلات دك وهراسات طرق، ذاتية الدفع',
  ],
  '8432': [
    'Agricultural, horticultural or forestry machinery for soil preparation or cultivation; lawn or sports-ground rollers',
    'آلات وأجهزة زراعية أو بستانية أو حراجية لتحضير التربة أو حرثها أو لزراعتها؛ مداحل للمروج أو لملاعب الرياضة',
  ],
  '8443': [
    'Printing machinery; other printers, copying machines and facsimile machines, whether or not combined',
    'آلات وأجهزة طباعة؛ طابعات أخرى وآلات نسخ وآلات فاكس، وإن كانت مركبة مع بعضها',
  ],
  '8450': [
    'Household or laundry-type washing machines, including machines which both wash and dry',
    'آلات غسيل الملابس، وإن كانت مجهزة بأداة تجفيف',
  ],
  '8471': [
    'Automatic data processing machines and units thereof; magnetic or optical readers, machines for transcribing data onto data media in coded form',
    'آلات المعالجة الذاتية للمعلومات ووحداتها؛ قارئات مغناطيسية أو بصرية وآلات نقل المعلومات على حوامل بشكل مرمز',
  ],
  '8479': [
    'Machines and mechanical appliances having individual functions, not specified or included elsewhere in this Chapter',
    'آلات وأجهزة آلية ذات وظيفة خاصة، غير مذكورة ولا داخلة في مكان آخر من الفصل 84',
  ],
  '8481': [
    'Taps, cocks, valves and similar appliances for pipes, boiler shells, tanks, vats or the like, including pressure-reducing valves and thermostatically controlled valves',
    'حنفيات وصنابير وصمامات وأدوات مماثلة للأنابيب أو المراجل أو الخزانات أو الأحواض أو ما يماثلها، بما فيها صمامات تخفيض الضغط والصمامات المتحكم فيها حراريًا',
  ],
  '8482': ['Ball or roller bearings', 'محامل بكريات أو بدحاريج أو بإبر'],
  '8483': [
    'Transmission shafts (including cam shafts and crank shafts) and cranks; bearing housings and plain shaft bearings; gears and gearing; friction wheels',
    'أعمدة نقل الحركة (بما فيها أعمدة الكامات وأعمدة المرافق) ومرافق؛ كراسي محامل ومحامل عادية؛ مسننات ومجموعات تروس؛ عجلات احتكاك',
  ],
  '8501': [
    'Electric motors and generators (excluding generating sets)',
    'محركات ومولدات كهربائية (عدا مجموعات توليد الكهرباء)',
  ],
  '8502': ['Electric generating sets and rotary converters', 'مجموعات توليد الكهرباء ومحولات كهربائية دوارة'],
  '8504': [
    'Electrical transformers, static converters (for example, rectifiers) and inductors',
    'محولات كهربائية ومحولات كهربائية ساكنة (مقومات مثلًا) وملفات حث',
  ],
  '8507': [
    'Electric accumulators, including separators therefor, whether or not rectangular (including square)',
    'مراكم كهربائية وفواصلها، وإن كانت مستطيلة (بما فيها المربعة)',
  ],
  '8516': [
    'Electric instantaneous or storage water heaters and immersion heaters; electric space heating apparatus; electro-thermic hair-dressing apparatus',
    'سخانات مياه فورية أو تخزينية وسخانات غاطسة، كهربائية؛ أجهزة كهربائية لتدفئة الأماكن؛ أجهزة كهروحرارية لتصفيف الشعر',
  ],
  '8517': [
    'Telephone sets, including smartphones and other telephones for cellular networks or for other wireless networks; other apparatus for the transmission or reception of voice, images or other data',
    'أجهزة هاتف، بما فيها الهواتف الذكية والهواتف الأخرى للشبكات الخلوية أو لشبكات لاسلكية أخرى؛ أجهزة أخرى لإرسال أو استقبال الصوت أو الصور أو بيانات أخرى',
  ],
  '8521': [
    'Video recording or reproducing apparatus, whether or not incorporating a video tuner',
    'أجهزة تسجيل أو إعادة إذاعة الصورة والصوت (فيديو)، وإن كانت مجهزة بمستقبل فيديو',
  ],
  '8523': [
    'Discs, tapes, solid-state non-volatile storage devices, "smart cards" and other media for the recording of sound or of other phenomena',
    'أقراص وأشرطة وأجهزة تخزين غير متطايرة من أشباه الموصلات و«بطاقات ذكية» وحوامل أخرى لتسجيل الصوت أو ظواهر أخرى',
  ],
  '8525': [
    'Transmission apparatus for radio-broadcasting or television, whether or not incorporating reception apparatus or sound recording or reproducing apparatus; television cameras, digital cameras and video camera recorders',
    'أجهزة إرسال للإذاعة المسموعة أو المرئية، وإن تضمنت جهاز استقبال أو جهاز تسجيل أو إعادة إذاعة الصوت؛ آلات تصوير تلفزيونية وآلات تصوير رقمية وآلات تصوير وتسجيل فيديو',
  ],
  '8526': [
    'Radar apparatus, radio navigational aid apparatus and radio remote control apparatus',
    'أجهزة رادار وأجهزة ملاحة لاسلكية وأجهزة تحكم لاسلكي عن بعد',
  ],
  '8527': [
    'Reception apparatus for radio-broadcasting, whether or not combined, in the same housing, with sound recording or reproducing apparatus or a clock',
    'أجهزة استقبال للإذاعة المسموعة، وإن كانت مركبة في غلاف واحد مع جهاز تسجيل أو إعادة إذاعة الصوت أو مع ساعة',
  ],
  '8528': [
    'Monitors and projectors, not incorporating television reception apparatus; reception apparatus for television, whether or not incorporating radio-broadcast receivers or sound or video recording or reproducing apparatus',
    'شاشات عرض وأجهزة إسقاط لا تتضمن جهاز استقبال تلفزيوني؛ أجهزة استقبال تلفزيوني، وإن تضمنت مستقبل إذاعة أو جهاز تسجيل أو إعادة إذاعة الصوت أو الصورة',
  ],
  '8536': [
    'Electrical apparatus for switching or protecting electrical circuits, or for making connections to or in electrical circuits (for example, switches, relays, fuses, plugs, sockets, lamp-holders), for a voltage not exceeding 1,000 volts',
    'أجهزة كهربائية لقطع أو فصل أو حماية الدارات الكهربائية أو لتفريعها أو وصلها (مفاتيح ومرحلات ومصاهر وقوابس ومآخذ وحوامل مصابيح مثلًا)، لجهد لا يتجاوز 1000 فولت',
  ],
  '8541': [
    'Semiconductor devices; photosensitive semiconductor devices, including photovoltaic cells whether or not assembled in modules or made up into panels; light-emitting diodes (LED)',
    'أجهزة من أشباه الموصلات؛ أجهزة حساسة للضوء من أشباه الموصلات، بما فيها الخلايا الكهروضوئية وإن كانت مجمعة في وحدات أو ألواح؛ صمامات ثنائية باعثة للضوء (LED)',
  ],
  '8542': ['Electronic integrated circuits', 'دارات إلكترونية متكاملة'],
  '8544': [
    'Insulated wire, cable (including co-axial cable) and other insulated electric conductors, whether or not fitted with connectors; optical fibre cables',
    'أسلاك وكابلات (بما فيها الكابلات المحورية) وموصلات كهربائية أخرى معزولة، وإن كانت مجهزة بقطع وصل؛ كابلات ألياف بصرية',
  ],
  '8607': [
    'Parts of railway or tramway locomotives or rolling-stock',
    'أجزاء قاطرات أو عربات السكك الحديدية أو ما يماثلها',
  ],
  '8701': ['Tractors (other than tractors of heading 87.09)', 'جرارات (عدا الجرارات الداخلة في البند 87.09)'],
  '8702': [
    'Motor vehicles for the transport of ten or more persons, including the driver',
    'سيارات لنقل عشرة أشخاص أو أكثر، بما فيهم السائق',
  ],
  '8703': [
    'Motor cars and other motor vehicles principally designed for the transport of persons (other than those of heading 87.02), including station wagons and racing cars',
    'سيارات سياحية وسيارات أخرى مصممة أساسًا لنقل الأشخاص (عدا الداخلة في البند 87.02)، بما فيها سيارات الركوب المختلطة وسيارات السباق',
  ],
  '8704': ['Motor vehicles for the transport of goods', 'سيارات لنقل البضائع'],
  '8708': [
    'Parts and accessories of the motor vehicles of headings 87.01 to 87.05',
    'أجزاء ولوازم السيارات الداخلة في البنود 87.01 إلى 87.05',
  ],
  '8711': [
    'Motorcycles (including mopeds) and cycles fitted with an auxiliary motor, with or without side-cars; side-cars',
    'دراجات نارية (بما فيها الدراجات ذات المحرك) ودراجات مجهزة بمحرك مساعد، وإن كانت بعربات جانبية؛ عربات جانبية',
  ],
  '8712': [
    'Bicycles and other cycles (including delivery tricycles), not motorised',
    'دراجات عادية ودراجات أخرى (بما فيها الدراجات الثلاثية للنقل)، بدون محرك',
  ],
  '8716': [
    'Trailers and semi-trailers; other vehicles, not mechanically propelled; parts thereof',
    'مقطورات ونصف مقطورات؛ عربات أخرى غير ذاتية الدفع؛ أجزاؤها',
  ],
  '8802': [
    'Other aircraft (for example, helicopters, aeroplanes), except unmanned aircraft of heading 88.06; spacecraft and suborbital and spacecraft launch vehicles',
    'مركبات جوية أخرى (طائرات عمودية وطائرات مثلًا)، عدا المركبات الجوية بدون طيار الداخلة في البند 88.06؛ مركبات فضائية ومركبات إطلاقها',
  ],
  '8803': [
    'Parts of goods of heading 88.01, 88.02 or 88.06',
    'أجزاء الأصناف الداخلة في البنود 88.01 أو 88.02 أو 88.06',
  ],
  '8806': ['Unmanned aircraft', 'مركبات جوية بدون طيار'],
  '8901': [
    'Cruise ships, excursion boats, ferry-boats, cargo ships, barges and similar vessels for the transport of persons or goods',
    'سفن سياحية وسفن رحلات وعبارات وسفن شحن وصنادل وسفن مماثلة لنقل الأشخاص أو البضائع',
  ],
  '8902': [
    'Fishing vessels; factory ships and other vessels for processing or preserving fishery products',
    'سفن صيد؛ سفن مصانع وسفن أخرى لمعالجة أو حفظ منتجات الصيد',
  ],
  '8903': [
    'Yachts and other vessels for pleasure or sports; rowing boats and canoes',
    'يخوت وسفن وقوارب أخرى للنزهة أو الرياضة؛ زوارق تجديف وقوارب كانوي',
  ],
  '9004': [
    'Spectacles, goggles and the like, corrective, protective or other',
    'نظارات (طبية أو واقية أو غيرها) وأصناف مماثلة',
  ],
  '9018': [
    'Instruments and appliances used in medical, surgical, dental or veterinary sciences, including scintigraphic apparatus and other electro-medical apparatus',
    'أدوات وأجهزة للطب أو الجراحة أو طب الأسنان أو الطب البيطري، بما فيها أجهزة التصوير الومضاني وأجهزة كهربائية طبية أخرى',
  ],
  '9021': [
    'Orthopaedic appliances, including crutches, surgical belts and trusses; splints and other fracture appliances; artificial parts of the body',
    'أجهزة تقويم الأعضاء، بما فيها العكازات والأحزمة والأربطة الطبية الجراحية؛ جبائر وأجهزة أخرى للكسور؛ أعضاء اصطناعية',
  ],
  '9022': [
    'Apparatus based on the use of X-rays or of alpha, beta, gamma or other ionising radiations, whether or not for medical, surgical, dental or veterinary uses',
    'أجهزة تعمل بالأشعة السينية أو بأشعة ألفا أو بيتا أو غاما أو إشعاعات مؤينة أخرى، وإن كانت للاستعمال الطبي أو الجراحي أو لطب الأسنان أو البيطري',
  ],
  '9028': [
    'Gas, liquid or electricity supply or production meters, including calibrating meters therefor',
    'عدادات الغاز أو السوائل أو الكهرباء، بما فيها عدادات معايرتها',
  ],
  '9102': [
    'Wrist-watches, pocket-watches and other watches, including stop-watches, other than those of heading 91.01',
    'ساعات يد وساعات جيب وساعات مماثلة (بما فيها عدادات الوقت من الأنواع نفسها)، عدا الداخلة في البند 91.01',
  ],
  '9401': [
    'Seats (other than those of heading 94.02), whether or not convertible into beds, and parts thereof',
    'مقاعد (عدا الداخلة في البند 94.02)، وإن كانت قابلة للتحويل إلى أسرة، وأجزاؤها',
  ],
  '9403': ['Other furniture and parts thereof', 'أثاث آخر وأجزاؤه'],
  '9404': [
    'Mattress supports; articles of bedding and similar furnishing (for example, mattresses, quilts, eiderdowns, cushions, pouffes and pillows) fitted with springs or stuffed',
    'دعائم حشايا؛ أصناف الأسرة وأصناف مماثلة (حشايا ولحف وألحفة زغب ووسائد ومقاعد منخفضة ومخدات مثلًا)، مجهزة بنوابض أو محشوة',
  ],
  '9405': [
    'Luminaires and lighting fittings including searchlights and spotlights and parts thereof, not elsewhere specified or included; illuminated signs, illuminated name-plates and the like',
    'أجهزة إنارة (بما فيها الكشافات) وأجزاؤها، غير مذكورة ولا داخلة في مكان آخر؛ إعلانات ولافتات مضيئة ولوحات أسماء مضيئة وما يماثلها',
  ],
  '9406': ['Prefabricated buildings', 'مبان مسبقة الصنع'],
  '9503': [
    "Tricycles, scooters, pedal cars and similar wheeled toys; dolls' carriages; dolls; other toys; reduced-size scale models",
    'دراجات ثلاثية ودراجات دفع وسيارات بدواسات ولعب مماثلة بعجلات؛ عربات دمى؛ دمى؛ لعب أخرى؛ نماذج مصغرة',
  ],
  '9504': [
    'Video game consoles and machines, table or parlour games, including pintables, billiards, special tables for casino games and automatic bowling equipment',
    'أجهزة وآلات ألعاب الفيديو، وأصناف لألعاب المجتمعات، بما فيها الألعاب الآلية والبلياردو والطاولات الخاصة بألعاب الكازينو ومعدات البولينغ الآلية',
  ],
  '9506': [
    'Articles and equipment for general physical exercise, gymnastics, athletics, other sports (including table-tennis) or outdoor games',
    'أصناف ومعدات للتمارين البدنية أو الجمباز أو ألعاب القوى أو الرياضات الأخرى (بما فيها كرة الطاولة) أو الألعاب في الهواء الطلق',
  ],
  '9601': [
    'Worked ivory, bone, tortoise-shell, horn, antlers, coral, mother-of-pearl and other animal carving material, and articles of these materials',
    'عاج وعظم وصدف سلحفاة وقرون وقرون وعول ومرجان وصدف لؤلؤي ومواد حيوانية أخرى للنحت، مشغولة، ومصنوعات هذه المواد',
  ],
  '9619': [
    'Sanitary towels (pads) and tampons, napkins (diapers) and napkin liners for babies and similar articles, of any material',
    'فوط وسدادات صحية وحفاضات وبطانات حفاضات للأطفال وأصناف مماثلة، من أي مادة كانت',
  ],
  '9701': [
    'Paintings, drawings and pastels, executed entirely by hand; collages, mosaics and similar decorative plaques',
    'لوحات وصور ورسوم منفذة كليًا باليد؛ ملصقات وفسيفساء ولوحات زخرفية مماثلة',
  ],
  '9706': ['Antiques of an age exceeding one hundred years', 'قطع أثرية يزيد عمرها على مائة سنة'],
};

/** Tariff lines' own labels; the others take their heading's (see hsLabelsOf). */
export const HS_LINE_LABELS: Record<string, HsLabels> = {
  '0102210010': [
    'Pure-bred breeding heifers, of domestic bovine species',
    'عجلات أصيلة للتربية، من فصيلة الأبقار الداجنة',
  ],
  '0104109000': [
    'Live sheep, other than pure-bred breeding animals',
    'أغنام حية، عدا الأصيلة المعدة للتربية',
  ],
  '0106110000': ['Live primates', 'رئيسيات حية'],
  '0106200000': [
    'Live reptiles (including snakes and turtles)',
    'زواحف حية (بما فيها الثعابين والسلاحف البحرية)',
  ],
  '0201300000': [
    'Boneless meat of bovine animals, fresh or chilled',
    'لحوم أبقار مخلية من العظم، طازجة أو مبردة',
  ],
  '0202300000': ['Boneless meat of bovine animals, frozen', 'لحوم أبقار مخلية من العظم، مجمدة'],
  '0207140000': [
    'Cuts and offal of fowls of the species Gallus domesticus, frozen',
    'قطع وأحشاء ديوك ودجاج، مجمدة',
  ],
  '0302430010': [
    'Sardines (Sardina pilchardus), fresh or chilled',
    'سردين (Sardina pilchardus)، طازج أو مبرد',
  ],
  '0302440000': [
    'Mackerel (Scomber scombrus, Scomber australasicus, Scomber japonicus), fresh or chilled',
    'إسقمري (Scomber scombrus وScomber australasicus وScomber japonicus)، طازج أو مبرد',
  ],
  '0306170000': ['Other shrimps and prawns, frozen', 'قريدس (جمبري) آخر، مجمد'],
  '0307520000': ['Octopus (Octopus spp.), frozen', 'أخطبوط (Octopus spp.)، مجمد'],
  '0402100010': [
    'Skimmed milk powder (fat content not exceeding 1.5 %), in packings of 25 kg or more',
    'حليب مجفف منزوع الدسم (لا تتجاوز نسبة الدهون فيه 1,5 %)، في عبوات تزن 25 كغ أو أكثر',
  ],
  '0402210000': [
    'Whole milk powder, not containing added sugar or other sweetening matter',
    'حليب مجفف كامل الدسم، غير مضاف إليه سكر أو مواد تحلية أخرى',
  ],
  '0406100000': [
    'Fresh (unripened or uncured) cheese, including whey cheese, and curd',
    'أجبان طازجة (غير منضجة)، بما فيها جبن مصل اللبن، وخثارة',
  ],
  '0406900090': ['Other cheese', 'أجبان أخرى'],
  '0702000010': ['Cherry tomatoes, fresh or chilled', 'طماطم كرزية، طازجة أو مبردة'],
  '0703101000': ['Onions, fresh or chilled', 'بصل، طازج أو مبرد'],
  '0805100000': ['Oranges, fresh or dried', 'برتقال، طازج أو مجفف'],
  '0805220000': ['Clementines, fresh or dried', 'كليمنتين، طازج أو مجفف'],
  '0806100000': ['Fresh grapes', 'عنب طازج'],
  '0901110000': ['Coffee, not roasted, not decaffeinated', 'بن غير محمص، غير منزوع الكافيين'],
  '0901210000': ['Coffee, roasted, not decaffeinated', 'بن محمص، غير منزوع الكافيين'],
  '0902100000': [
    'Green tea (not fermented) in immediate packings of a content not exceeding 3 kg',
    'شاي أخضر (غير مخمر) في عبوات مباشرة لا يتجاوز محتواها 3 كغ',
  ],
  '0902200010': [
    'Green tea (not fermented) in bulk, « Chun Mee » variety',
    'شاي أخضر (غير مخمر) سائب، صنف « تشون مي »',
  ],
  '1001190000': ['Durum wheat, other than seed', 'قمح صلب، عدا المعد للبذر'],
  '1001910000': ['Common wheat, seed', 'قمح لين معد للبذر'],
  '1001990010': ['Common wheat, other than seed', 'قمح لين، عدا المعد للبذر'],
  '1003900000': ['Barley, other than seed', 'شعير، عدا المعد للبذر'],
  '1005900000': ['Maize (corn), other than seed', 'ذرة، عدا المعدة للبذر'],
  '1201900000': [
    'Soya beans, other than seed, whether or not broken',
    'فول الصويا، عدا المعد للبذر، وإن كان مكسرًا',
  ],
  '1507100000': ['Crude soya-bean oil, whether or not degummed', 'زيت فول الصويا الخام، وإن كان منزوع الصمغ'],
  '1507900000': ['Soya-bean oil and its fractions, refined', 'زيت فول الصويا وأجزاؤه، مكرر'],
  '1509200000': ['Extra virgin olive oil', 'زيت زيتون بكر ممتاز'],
  '1511100000': ['Crude palm oil', 'زيت نخيل خام'],
  '1512110000': ['Crude sunflower-seed or safflower oil', 'زيت بذور عباد الشمس أو القرطم، خام'],
  '1515900010': ['Argan oil', 'زيت الأركان'],
  '1604131000': ['Canned sardines, in olive oil', 'سردين معلب، في زيت الزيتون'],
  '1604140000': [
    'Prepared or preserved tunas, skipjack tuna and bonito, whole or in pieces',
    'تونة وبونيت مخطط البطن وبونيت، محضرة أو محفوظة، كاملة أو قطعًا',
  ],
  '1701140000': [
    'Other raw cane sugar, not containing added flavouring or colouring matter',
    'سكر قصب خام آخر، غير مضاف إليه مواد منكهة أو ملونة',
  ],
  '1701990010': ['Refined white sugar, in lumps or loaves', 'سكر أبيض مكرر، قطعًا أو قوالب'],
  '2402200000': ['Cigarettes containing tobacco', 'سجائر تحتوي على تبغ'],
  '2510100000': ['Natural calcium phosphates, unground', 'فوسفات الكالسيوم الطبيعية، غير مطحونة'],
  '2510200000': ['Natural calcium phosphates, ground', 'فوسفات الكالسيوم الطبيعية، مطحونة'],
  '3002410000': ['Vaccines for human medicine', 'لقاحات للطب البشري'],
  '3002420000': ['Vaccines for veterinary medicine', 'لقاحات للطب البيطري'],
  '3004100000': [
    'Medicaments containing penicillins or derivatives thereof, put up in measured doses or for retail sale',
    'أدوية تحتوي على بنسلينات أو مشتقاتها، مهيأة بجرعات محددة أو معبأة للبيع بالتجزئة',
  ],
  '3004900090': [
    'Other medicaments, put up in measured doses or for retail sale',
    'أدوية أخرى، مهيأة بجرعات محددة أو معبأة للبيع بالتجزئة',
  ],
  '3102100000': ['Urea, whether or not in aqueous solution', 'يوريا، وإن كانت في محلول مائي'],
  '3105300000': [
    'Diammonium hydrogenorthophosphate (diammonium phosphate, DAP)',
    'أورثوفوسفات الهيدروجين ثنائي الأمونيوم (فوسفات ثنائي الأمونيوم، DAP)',
  ],
  '3105400000': [
    'Ammonium dihydrogenorthophosphate (monoammonium phosphate, MAP), whether or not mixed with diammonium hydrogenorthophosphate',
    'أورثوفوسفات ثنائي الهيدروجين الأمونيوم (فوسفات أحادي الأمونيوم، MAP)، وإن كان مخلوطًا بأورثوفوسفات الهيدروجين ثنائي الأمونيوم',
  ],
  '3706100000': [
    'Cinematographic film, exposed and developed, of a width of 35 mm or more',
    'أفلام سينمائية معرضة ومظهرة، بعرض 35 مم أو أكثر',
  ],
  '3901100000': [
    'Polyethylene having a specific gravity of less than 0.94, in primary forms',
    'بولي إيثيلين ذو كثافة نوعية أقل من 0,94، بأشكاله الأولية',
  ],
  '3902100000': ['Polypropylene, in primary forms', 'بولي بروبيلين، بأشكاله الأولية'],
  '3920100000': [
    'Plates, sheets and film of polymers of ethylene, non-cellular',
    'ألواح وصفائح وأغشية من بوليمرات الإيثيلين، غير خلوية',
  ],
  '3923210000': [
    'Sacks and bags (including cones) of polymers of ethylene',
    'أكياس وأكياس صغيرة (بما فيها المخاريط) من بوليمرات الإيثيلين',
  ],
  '3923300000': [
    'Carboys, bottles, flasks and similar articles, of plastics',
    'دوارق وقوارير وقنينات وأصناف مماثلة، من لدائن',
  ],
  '4011100000': [
    'New pneumatic tyres, of rubber, of a kind used on motor cars',
    'إطارات هوائية جديدة من مطاط، من النوع المستعمل للسيارات السياحية',
  ],
  '4011200000': [
    'New pneumatic tyres, of rubber, of a kind used on buses or lorries',
    'إطارات هوائية جديدة من مطاط، من النوع المستعمل للحافلات أو الشاحنات',
  ],
  '4403490000': ['Other tropical wood in the rough', 'خشب مداري آخر، خام'],
  '4407110000': [
    'Wood of pine (Pinus spp.), sawn or chipped lengthwise, of a thickness exceeding 6 mm',
    'خشب صنوبر (Pinus spp.)، منشور أو مقطوع طولًا، يزيد سمكه على 6 مم',
  ],
  '4819100000': [
    'Cartons, boxes and cases, of corrugated paper or paperboard',
    'علب وصناديق من ورق أو ورق مقوى مضلع',
  ],
  '4901990000': [
    'Other printed books, brochures and similar printed matter',
    'كتب مطبوعة وكتيبات ومطبوعات مماثلة أخرى',
  ],
  '5208120000': [
    'Unbleached plain weave cotton fabrics, weighing more than 100 g/m² but not more than 200 g/m²',
    'أقمشة قطنية غير مقصورة، بحياكة سادة، يتجاوز وزنها 100 غ/م² ولا يتجاوز 200 غ/م²',
  ],
  '5209420000': ['Denim cotton fabrics', 'أقمشة قطنية من نوع « دنيم »'],
  '6109100010': [
    "Men's or boys' T-shirts and singlets, knitted or crocheted, of cotton",
    'قمصان تي شيرت وقمصان داخلية، مصنرة من قطن، للرجال أو الأولاد',
  ],
  '6203420000': [
    "Men's or boys' trousers, bib and brace overalls, breeches and shorts, of cotton",
    'سراويل طويلة وسراويل بحمالات وسراويل قصيرة، من قطن، للرجال أو الأولاد',
  ],
  '6204620000': [
    "Women's or girls' trousers, bib and brace overalls, breeches and shorts, of cotton",
    'سراويل طويلة وسراويل بحمالات وسراويل قصيرة، من قطن، للنساء أو البنات',
  ],
  '6403990000': [
    'Other footwear with outer soles of rubber, plastics or leather and uppers of leather',
    'أحذية أخرى بنعال خارجية من مطاط أو لدائن أو جلد وأجزاء علوية من جلد طبيعي',
  ],
  '6404110000': [
    'Sports footwear, with uppers of textile materials',
    'أحذية رياضية بأجزاء علوية من مواد نسجية',
  ],
  '6907210000': [
    'Ceramic tiles of a water absorption coefficient by weight not exceeding 0.5 %',
    'بلاط خزفي لا يتجاوز معامل امتصاصه للماء 0,5 % وزنًا',
  ],
  '7005290000': ['Other float glass, non-wired', 'زجاج معوم آخر، غير مسلح'],
  '7010900000': [
    'Other carboys, bottles, flasks, jars and similar containers, of glass',
    'دوارق وقوارير وقنينات وبرطمانات وأوعية مماثلة أخرى، من زجاج',
  ],
  '7207110000': [
    'Semi-finished products of iron or non-alloy steel, containing by weight less than 0.25 % of carbon, of rectangular (including square) cross-section',
    'منتجات نصف مصنعة من حديد أو صلب غير خليط، تحتوي وزنًا على أقل من 0,25 % من الكربون، ذات مقطع عرضي مربع أو مستطيل',
  ],
  '7208390000': [
    'Flat-rolled products in coils, hot-rolled, of a thickness of less than 3 mm',
    'منتجات مسطحة مدرفلة على الساخن في لفات، يقل سمكها عن 3 مم',
  ],
  '7210490000': [
    'Flat-rolled products, otherwise plated or coated with zinc (galvanised)',
    'منتجات مسطحة مدرفلة مطلية أو مكسوة بالزنك بطرق أخرى (مجلفنة)',
  ],
  '7213910000': [
    'Wire rod of circular cross-section measuring less than 14 mm in diameter',
    'أسلاك مدرفلة ذات مقطع دائري يقل قطره عن 14 مم',
  ],
  '7214200000': [
    'Bars and rods containing indentations, ribs, grooves or other deformations produced during the rolling process (concrete reinforcing bars)',
    'قضبان ذات تحزيزات أو نتوءات أو تجاويف أو بروزات ناتجة عن الدرفلة (حديد تسليح الخرسانة)',
  ],
  '7308900000': [
    'Other structures and parts of structures, of iron or steel',
    'منشآت وأجزاء منشآت أخرى، من حديد صب أو حديد أو صلب',
  ],
  '7403110000': [
    'Cathodes and sections of cathodes, of refined copper',
    'مهابط (كاثودات) وأجزاء مهابط، من نحاس منقى',
  ],
  '7408110000': [
    'Wire of refined copper, of which the maximum cross-sectional dimension exceeds 6 mm',
    'أسلاك من نحاس منقى، يزيد أكبر بعد لمقطعها العرضي على 6 مم',
  ],
  '7601100000': ['Aluminium, not alloyed, unwrought', 'ألومنيوم غير خليط، بشكله الخام'],
  '7604100000': ['Bars, rods and profiles, of aluminium, not alloyed', 'قضبان ومقاطع من ألومنيوم غير خليط'],
  '8413700000': ['Other centrifugal pumps', 'مضخات طرد مركزي أخرى'],
  '8415100000': [
    'Air conditioning machines of a kind designed to be fixed to a window or wall, self-contained or « split-system »',
    'أجهزة تكييف هواء من النوع المعد للتثبيت على نافذة أو جدار، وحدة واحدة أو « منفصلة »',
  ],
  '8418210000': ['Household refrigerators, compression-type', 'ثلاجات منزلية تعمل بالضغط'],
  '8421210000': [
    'Filtering or purifying machinery and apparatus for water',
    'آلات وأجهزة لترشيح أو تنقية المياه',
  ],
  '8429520000': [
    'Mechanical shovels, excavators and shovel loaders, with a 360° revolving superstructure',
    'مجارف آلية وحفارات ومحملات مجارف، ذات بنية علوية تدور 360°',
  ],
  '8450110000': [
    'Fully-automatic washing machines, each of a dry linen capacity not exceeding 10 kg',
    'آلات غسيل أوتوماتيكية كليًا، لا تتجاوز سعتها 10 كغ من الملابس الجافة',
  ],
  '8471300000': [
    'Portable automatic data processing machines, weighing not more than 10 kg',
    'آلات معالجة ذاتية للمعلومات محمولة، لا يتجاوز وزنها 10 كغ',
  ],
  '8481800000': [
    'Other taps, cocks, valves and similar appliances',
    'حنفيات وصنابير وصمامات وأدوات مماثلة أخرى',
  ],
  '8483400000': [
    'Gears and gearing; ball or roller screws; gear boxes and other speed changers, including torque converters',
    'مسننات ومجموعات تروس وعجلات احتكاك؛ لوالب كروية أو أسطوانية؛ علب سرعة ومغيرات سرعة أخرى',
  ],
  '8504400000': ['Static converters', 'محولات كهربائية ساكنة'],
  '8507600000': ['Lithium-ion accumulators', 'مراكم أيونات الليثيوم'],
  '8517130000': ['Smartphones', 'هواتف ذكية'],
  '8517620000': [
    'Machines for the reception, conversion and transmission or regeneration of voice, images or other data',
    'آلات لاستقبال وتحويل وإرسال أو إعادة توليد الصوت أو الصور أو البيانات الأخرى',
  ],
  '8523490000': [
    'Other optical media (for example, compact discs, DVDs)',
    'حوامل بصرية أخرى (أقراص مدمجة وأقراص DVD مثلًا)',
  ],
  '8528720000': ['Other reception apparatus for television, colour', 'أجهزة استقبال تلفزيوني أخرى، ملونة'],
  '8536500000': [
    'Other switches, for a voltage not exceeding 1,000 volts',
    'مفاتيح وقواطع أخرى، لجهد لا يتجاوز 1000 فولت',
  ],
  '8544300000': [
    'Ignition wiring sets and other wiring sets of a kind used in vehicles, aircraft or ships',
    'مجموعات أسلاك الإشعال ومجموعات أسلاك أخرى من الأنواع المستعملة في وسائل النقل',
  ],
  '8544420000': [
    'Other electric conductors, for a voltage not exceeding 1,000 V, fitted with connectors',
    'موصلات كهربائية أخرى لجهد لا يتجاوز 1000 فولت، مجهزة بقطع وصل',
  ],
  '8703230010': [
    'Motor cars with spark-ignition engine, of a cylinder capacity exceeding 1,500 cc but not exceeding 3,000 cc, new',
    'سيارات سياحية بمحرك يعمل بالاشتعال بالشرر، تزيد سعة أسطواناتها على 1500 سم³ ولا تتجاوز 3000 سم³، جديدة',
  ],
  '8703320010': [
    'Motor cars with diesel engine, of a cylinder capacity exceeding 1,500 cc but not exceeding 2,500 cc, new',
    'سيارات سياحية بمحرك ديزل، تزيد سعة أسطواناتها على 1500 سم³ ولا تتجاوز 2500 سم³، جديدة',
  ],
  '8703800000': [
    'Other vehicles, with only electric motor for propulsion',
    'سيارات أخرى، مجهزة بمحرك كهربائي فقط للدفع',
  ],
  '8704210000': [
    'Motor vehicles for the transport of goods, with diesel engine, of a gross vehicle weight not exceeding 5 tonnes',
    'سيارات لنقل البضائع بمحرك ديزل، لا يتجاوز وزنها الإجمالي مع الحمولة 5 أطنان',
  ],
  '8708400000': ['Gear boxes and parts thereof', 'علب سرعة وأجزاؤها'],
  '8708990000': ['Other parts and accessories of motor vehicles', 'أجزاء ولوازم أخرى للسيارات'],
  '8711200000': [
    'Motorcycles with reciprocating internal combustion piston engine of a cylinder capacity exceeding 50 cc but not exceeding 250 cc',
    'دراجات نارية بمحرك ذي مكابس متناوبة، تزيد سعة أسطواناتها على 50 سم³ ولا تتجاوز 250 سم³',
  ],
  '8803300000': ['Other parts of aeroplanes or helicopters', 'أجزاء أخرى للطائرات أو الطائرات العمودية'],
  '8806210000': [
    'Unmanned aircraft designed for remote piloting only, with maximum take-off weight not more than 250 g',
    'مركبات جوية بدون طيار مصممة للقيادة عن بعد فقط، لا تتجاوز كتلتها القصوى عند الإقلاع 250 غ',
  ],
  '9018390000': ['Needles, catheters, cannulae and the like', 'إبر وقثاطر وقنيات وأدوات مماثلة'],
  '9021400000': [
    'Hearing aids, excluding parts and accessories',
    'أجهزة مساعدة السمع للصم، عدا الأجزاء واللوازم',
  ],
  '9401610000': ['Upholstered seats, with wooden frames', 'مقاعد منجدة بهياكل من خشب'],
  '9403600000': ['Other wooden furniture', 'أثاث آخر من خشب'],
  '9503000090': ['Other toys', 'لعب أخرى'],
  '9601100000': ['Worked ivory and articles of ivory', 'عاج مشغول ومصنوعات من عاج'],
};

/** [English, Arabic] of a chapter, heading or tariff line; a tariff line without its own takes its heading's. */
export function hsLabelsOf(code: string): HsLabels | undefined {
  if (code.length === 2) return HS_CHAPTER_LABELS[code];
  if (code.length === 4) return HS_HEADING_LABELS[code];
  return HS_LINE_LABELS[code] ?? HS_HEADING_LABELS[code.slice(0, 4)];
}
