// The public PORTNET site (guide, section I.A): header, pages, the « Se connecter » window and
// « Nos Portails Administrations », usable on a 360 px screen and with the keyboard.
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';

const NAV = ['Accueil', 'A propos', 'Nos services', 'Nos formations', 'Actualités', 'Assistance'];

const header = (page: Page) => page.getByRole('banner');

test('the home page shows the portals with their audiences, the sign-in and subscription options', async ({
  page,
}) => {
  await page.goto('/');
  const nav = header(page).getByRole('navigation', { name: 'Navigation principale' });
  for (const label of NAV) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  await expect(header(page).getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Les portails disponibles' })).toBeVisible();
  for (const portal of ['Portail Opérateurs', 'Portail MIC', 'Portail Banques', 'Portail Douanes']) {
    await expect(page.getByRole('heading', { name: portal, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Pour : MIC, ONSSA, ONICL, ANRT, ANEF, BMBA, CCM, AMMPS')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Souscrire à PORTNET' }).first()).toBeVisible();
  await expect(page.getByText('40+', { exact: true })).toBeVisible();
  await expect(page.getByText('© 2026 PORTNET S.A.')).toBeVisible();
  await page.screenshot({ path: '/tmp/public-home.png', fullPage: true });
  await expectNoA11yViolations(page);
});

test('every page of the header has its title, breadcrumb and content, and no accessibility violation', async ({
  page,
}) => {
  await page.goto('/');
  const pages: [string, RegExp][] = [
    ['A propos', /\/a-propos$/],
    ['Nos services', /\/nos-services$/],
    ['Nos formations', /\/nos-formations$/],
    ['Actualités', /\/actualites$/],
    ['Assistance', /\/assistance$/],
  ];
  for (const [label, url] of pages) {
    await header(page).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(page.getByRole('navigation', { name: "Fil d'Ariane" })).toContainText('Accueil');
    await expect(header(page).getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoA11yViolations(page);
  }
  await expect(page.getByRole('heading', { name: 'Souscrire à PORTNET' })).toBeVisible();
});

test('« Se connecter » lists the portal families; Administrations leads to « Nos Portails Administrations »', async ({
  page,
}) => {
  await page.goto('/');
  await header(page).getByRole('button', { name: 'Se connecter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Se connecter' });
  await expect(dialog).toBeVisible();
  for (const family of ['Administrations', 'Opérateurs', 'Banques', 'Douanes']) {
    await expect(dialog.getByRole('listitem').filter({ hasText: family })).toBeVisible();
  }
  await expectNoA11yViolations(page);
  await dialog
    .getByRole('listitem')
    .filter({ hasText: 'Administrations' })
    .getByRole('link', { name: 'Se connecter' })
    .click();

  await expect(page).toHaveURL(/\/nos-services\/portails-administrations$/);
  const crumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
  await expect(crumbs).toHaveText(/Accueil\s*>\s*Nos services\s*>\s*Nos portails Administrations/);
  await expect(page.getByText('PORTAILS', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Nos Portails Administrations' })).toBeVisible();
  await expect(
    page.getByText(
      "Découvrez l'ensemble des portails back-office PORTNET – des espaces dédiés aux administrations et partenaires pour gérer, coordonner et superviser efficacement les procédures du commerce extérieur en temps réel, dans un environnement intégré et sécurisé.",
    ),
  ).toBeVisible();

  const cards: [string, string, string[]][] = [
    [
      'Portail Banques',
      'Le Portail Banque permet aux établissements bancaires de gérer de manière sécurisée et dématérialisée les opérations liées au commerce extérieur, tout en assurant un suivi efficace des dossiers.',
      ['Banque'],
    ],
    [
      'Portail MIC',
      "Le Portail MIC centralise le traitement des formalités et autorisations, avis et contrôles des organismes intervenant dans les opérations d'importation et d'exportation.",
      ['MIC', 'ONSSA', 'ONICL', 'ANRT', 'ANEF', 'BMBA', 'CCM', 'AMMPS', 'Bureaux de contrôle'],
    ],
    [
      'Portail Douanes',
      'Le Portail Douane offre aux services douaniers un espace dédié pour le traitement, le contrôle et la programmation des opérations douanières.',
      ['Douane', 'Agent Douanier', 'Programmation', 'Marchandise en souffrance'],
    ],
  ];
  for (const [name, description, audiences] of cards) {
    const card = page.getByRole('article', { name });
    await expect(card.getByText(description)).toBeVisible();
    await expect(card.getByText('POUR :')).toBeVisible();
    await expect(card.getByRole('listitem')).toHaveText(audiences);
    await expect(card.getByRole('link', { name: /Accéder/ })).toBeVisible();
  }
  await page.screenshot({ path: '/tmp/public-portals.png', fullPage: true });
  await expectNoA11yViolations(page);

  // Portail Banques is another Portnet ID client; nobody is signed in yet.
  await page
    .getByRole('article', { name: 'Portail Banques' })
    .getByRole('link', { name: /Accéder/ })
    .click();
  await expect(page).toHaveURL(/\/portails\/banques$/);
  await expect(page.getByRole('heading', { name: "Vous n'êtes pas connecté(e) à ce portail" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter avec Portnet ID' })).toHaveAttribute(
    'href',
    '/api/demo-portals/banques/login',
  );
  await expectNoA11yViolations(page);
});

test('the Portail MIC card opens the Portnet ID authentication page with the guide’s wording', async ({
  page,
}) => {
  await page.goto('/nos-services/portails-administrations');
  await page
    .getByRole('article', { name: 'Portail MIC' })
    .getByRole('link', { name: /Accéder/ })
    .click();
  await expect(page).toHaveURL(/\/connexion\/[^/]+$/);
  await expect(page.getByText('Portail MIC', { exact: true })).toBeVisible();
  for (const text of [
    'Connexion sécurisée',
    'Disponibilité 24/24',
    'Performance et traçabilité',
    'CONNEXION',
  ]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Accéder à mon espace' })).toBeVisible();
  await expect(
    page.getByText(
      'Renseignez vos identifiants opérateur pour piloter vos opérations de commerce extérieur.',
    ),
  ).toBeVisible();
  const identifier = page.getByLabel('IDENTIFIANT');
  await expect(identifier).toHaveAttribute('placeholder', "nom d'utilisateur");
  await expect(identifier).toHaveAttribute('autocomplete', 'username');
  const password = page.getByLabel(/^MOT DE PASSE/);
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await expect(page.getByRole('button', { name: 'Afficher ou masquer le mot de passe' })).toBeVisible();
  await expect(page.locator('altcha-widget')).toContainText('Je ne suis pas un robot');
  await expect(page.getByLabel('Se souvenir de moi')).toBeVisible();
  await expect(page.getByRole('button', { name: 'SE CONNECTER' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mot de passe oublié ?' })).toBeVisible();
  await expect(page.getByText('© 2026 PORTNET S.A.')).toBeVisible();
  await page.screenshot({ path: '/tmp/identity-signin.png', fullPage: true });
  await expectNoA11yViolations(page);
});

test('on a 360 px screen the site fits the width and the menu opens from the burger', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/nos-services/portails-administrations', '/assistance']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  // The Portnet ID page too.
  await page.goto('/api/auth/login');
  await expect(page.getByRole('heading', { name: 'Accéder à mon espace' })).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '/tmp/identity-signin-360.png', fullPage: true });

  await page.goto('/');
  await page.getByRole('button', { name: 'Afficher ou masquer la navigation' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('link', { name: 'Actualités' }).click();
  await expect(page).toHaveURL(/\/actualites$/);
  await expectNoA11yViolations(page);
});

test('keyboard only: skip link, « Se connecter » window opened with Enter and closed with Escape', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  const signIn = header(page).getByRole('button', { name: 'Se connecter' });
  await signIn.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Se connecter' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(signIn).toBeFocused();
});
