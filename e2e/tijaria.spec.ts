// Section V « TijarIA » and « Historique TijarIA »: a cited answer from the guide, the state of one
// of the user's dossiers, a polite refusal for another organisation's dossier, the conversation in
// the history, reopened. axe runs on the chat, the history and the guide.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/auth';

async function firstDossier(page: Page, procedure: string): Promise<{ reference: string; state: string }> {
  const res = await page.request.get(`/api/procedures/${procedure}/dossiers?pageSize=10`);
  expect(res.status(), await res.text()).toBe(200);
  const item = (await res.json()).items[0];
  return { reference: item.reference, state: item.state.label };
}

// An ONSSA dossier (sanitary certificate): the demo generator numbers each procedure gaplessly per
// year over the last three years, so the first SPS of 2025 exists — and MIC is not consulted on SPS.
const FOREIGN_DOSSIER = 'SPS-2025-000001';

/**
 * axe (WCAG 2.1 A/AA) on the page's main content. The shell around it (sidebar NavLinks with
 * aria-expanded on <a>, the notification indicator, the avatar's initials) currently fails axe on
 * every portal page, dashboard included; that belongs to the shell and is reported there.
 */
async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('#contenu')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

const FR = { field: 'Votre question', send: 'Envoyer', useful: 'Utile' };
const AR = { field: 'سؤالكم', send: 'إرسال', useful: 'مفيد' };

async function ask(page: Page, question: string, labels = FR) {
  const answers = page.getByTestId('tijaria-answer');
  const before = await answers.count();
  await page.getByLabel(labels.field).fill(question);
  await page.getByRole('button', { name: labels.send }).click();
  const answer = answers.nth(before);
  // The answer has ended when its feedback buttons appear.
  await expect(answer.getByRole('button', { name: labels.useful, exact: true })).toBeVisible({
    timeout: 15_000,
  });
  return answer;
}

test('TijarIA answers from the guide with sources, within the user’s rights, and keeps the conversation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const foreign = FOREIGN_DOSSIER;
  await signIn(page, 'mic.agent');
  const own = await firstDossier(page, 'DFD');

  await page.goto('/aide/tijaria');
  await expect(page.getByRole('heading', { name: 'TijarIA', level: 1 })).toBeVisible();
  await expect(page.getByText('TijarIA est un assistant automatisé.')).toBeVisible();

  const password = await ask(page, 'Comment modifier mon mot de passe ?');
  await expect(password).toContainText('Mot de passe actuel');
  const citation = password.getByRole('link', { name: /Modifier le mot de passe/ }).first();
  await expect(citation).toHaveAttribute('href', '/aide/guide#modifier-le-mot-de-passe');

  const state = await ask(page, `Où en est le dossier ${own.reference} ?`);
  await expect(state).toContainText(`« ${own.state} »`);
  await expect(state.getByRole('link', { name: new RegExp(own.reference) })).toBeVisible();

  const refused = await ask(page, `Où en est le dossier ${foreign} ?`);
  await expect(refused).toContainText(
    `Je ne trouve aucun dossier ${foreign} parmi ceux auxquels vous avez accès`,
  );
  await expect(refused.getByRole('link')).toHaveCount(0);

  await expectNoA11yViolations(page);
  await page.screenshot({ path: '/tmp/tijaria-chat.png', fullPage: true });

  // The guide section the answer cites.
  await citation.click();
  await expect(page).toHaveURL(/\/aide\/guide#modifier-le-mot-de-passe$/);
  await expect(page.getByRole('heading', { name: /A\. Modifier le mot de passe/ })).toBeInViewport();
  await expectNoA11yViolations(page);

  // « Historique TijarIA »: the conversation is listed and reopens with its messages.
  await page.goto('/aide/tijaria/historique');
  const row = page.getByRole('row', { name: /Comment modifier mon mot de passe \?/ });
  await expect(row).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: '/tmp/tijaria-history.png', fullPage: true });
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/aide\/tijaria\?c=\d+/);
  await expect(page.getByTestId('tijaria-question')).toHaveCount(3);
  await expect(page.getByTestId('tijaria-answer').nth(1)).toContainText(`« ${own.state} »`);
  const more = await ask(page, 'Comment réinitialiser le MFA ?');
  await expect(more).toContainText('authentification multi facteur');
  await expect(page.getByTestId('tijaria-question')).toHaveCount(4);

  // In Arabic: the fixed phrases are translated and the answer says the passage is in French.
  await page.getByRole('button', { name: 'Changer de langue' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = await ask(page, 'Comment modifier mon mot de passe ?', AR);
  await expect(arabic).toContainText('وثائق البوابة متوفرة باللغة الفرنسية فقط');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: '/tmp/tijaria-chat-ar.png' });
  await page.getByRole('button', { name: 'تغيير اللغة' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
