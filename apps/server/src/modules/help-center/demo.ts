// Demo tickets so the support desk has a queue to show (demo mode only).
import type { SessionUser } from '@portail/contracts';
import { sql } from '../../db/sql.ts';
import type { AppDeps } from '../../platform/deps.ts';
import * as service from './service.ts';

async function sessionUser(deps: AppDeps, username: string): Promise<SessionUser | null> {
  const r = await deps.db.one<{
    id: number;
    username: string;
    email: string;
    display_name: string;
    locale: 'fr' | 'ar' | 'en';
    roles: SessionUser['roles'];
    org_id: number;
    code: string;
    type: string;
    name_fr: string;
    name_ar: string;
    name_en: string;
  }>(sql`
    SELECT u.id, u.username, u.email, u.display_name, u.locale, u.roles, o.id AS org_id, o.code, o.type,
           o.name_fr, o.name_ar, o.name_en
      FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ${username}`);
  if (!r) return null;
  return {
    id: r.id,
    username: r.username,
    email: r.email,
    displayName: r.display_name,
    locale: r.locale,
    roles: r.roles,
    organisation: {
      id: r.org_id,
      code: r.code,
      type: r.type,
      nameFr: r.name_fr,
      nameAr: r.name_ar,
      nameEn: r.name_en,
    },
  };
}

export async function seedHelpCenterDemo(deps: AppDeps): Promise<void> {
  const onssa = await sessionUser(deps, 'onssa.agent');
  const chef = await sessionUser(deps, 'mic.chef');
  const agent = await sessionUser(deps, 'support.agent');
  if (!onssa || !chef || !agent) return;
  const a = { user: onssa, ip: null };
  const c = { user: chef, ip: null };
  const s = { user: agent, ip: null };
  const t1 = await service.createTicket(deps, a, {
    type: 'incident',
    serviceCode: 'CONNEXION',
    subject: 'Code MFA refusé à chaque connexion',
    description:
      'Depuis ce matin, le code de vérification saisi est refusé (« code invalide ») alors que l’application affiche bien un code. L’heure du téléphone est automatique.',
    attachmentIds: [],
  });
  await service.reply(deps, s, t1.reference, {
    body: 'Bonjour, pouvez-vous nous indiquer l’heure exacte du dernier essai et le modèle de votre téléphone ?',
    attachmentIds: [],
    internal: false,
    status: 'en_attente',
  });
  await service.createTicket(deps, c, {
    type: 'information',
    serviceCode: 'AUTRE',
    subject: 'Export de la liste des demandes au format Excel',
    description:
      'Est-il possible d’exporter la liste filtrée des demandes de franchise douanière au format Excel pour le reporting mensuel ?',
    attachmentIds: [],
  });
}
