// Validates a submission's procedure-specific fields against its definition. Messages are French
// and carry the field path (fields.invoiceDate, goods.0.fields.lotNumber…) so an operator's
// developer sees exactly what to fix.
import type { FieldDefinition } from '@portail/contracts';
import type { FieldIssue } from '../../platform/errors.ts';

export interface FieldContext {
  category?: string;
  values: Record<string, unknown>;
}

const applies = (f: FieldDefinition, ctx: FieldContext): boolean => {
  if (!f.when) return true;
  const v = f.when.field === 'category' ? ctx.category : ctx.values[f.when.field];
  return typeof v === 'string' && f.when.in.includes(v);
};

/** Returns the issues, and the country codes used (checked against the table by the caller). */
export function validateFields(
  fields: FieldDefinition[],
  values: Record<string, unknown>,
  prefix: string,
  ctx: FieldContext,
): { issues: FieldIssue[]; countries: string[]; clean: Record<string, unknown> } {
  const issues: FieldIssue[] = [];
  const countries: string[] = [];
  const clean: Record<string, unknown> = {};
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      issues.push({ path: `${prefix}.${key}`, message: 'Champ inconnu pour cette procédure.' });
  }
  for (const f of fields) {
    const path = `${prefix}.${f.key}`;
    const v = values[f.key];
    const present = v !== undefined && v !== null && v !== '';
    if (!applies(f, ctx)) {
      if (present) issues.push({ path, message: `Ce champ ne s'applique pas à cette catégorie.` });
      continue;
    }
    if (!present) {
      if (f.required) issues.push({ path, message: `${f.label.fr} : champ obligatoire.` });
      continue;
    }
    const issue = checkValue(f, v);
    if (issue) issues.push({ path, message: `${f.label.fr} : ${issue}` });
    else {
      clean[f.key] = typeof v === 'string' ? v.trim() : v;
      if (f.type === 'country') countries.push(String(v));
    }
  }
  return { issues, countries, clean };
}

function checkValue(f: FieldDefinition, v: unknown): string | null {
  switch (f.type) {
    case 'text':
    case 'textarea': {
      if (typeof v !== 'string') return 'texte attendu.';
      const max = f.maxLength ?? (f.type === 'text' ? 200 : 4000);
      if (v.trim().length > max) return `${max} caractères au maximum.`;
      if (f.pattern && !new RegExp(f.pattern).test(v)) return 'format invalide.';
      return null;
    }
    case 'number':
    case 'integer': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'nombre attendu.';
      if (f.type === 'integer' && !Number.isInteger(v)) return 'nombre entier attendu.';
      if (f.min !== undefined && v < f.min) return `doit être supérieur ou égal à ${f.min}.`;
      if (f.max !== undefined && v > f.max) return `doit être inférieur ou égal à ${f.max}.`;
      return null;
    }
    case 'date': {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return 'date attendue au format AAAA-MM-JJ.';
      const d = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return 'date invalide.';
      return null;
    }
    case 'select':
      return typeof v === 'string' && f.options?.some((o) => o.value === v)
        ? null
        : `valeur non autorisée (valeurs possibles : ${f.options?.map((o) => o.value).join(', ')}).`;
    case 'country':
      return typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? null : 'code pays ISO 3166 à 2 lettres attendu.';
    case 'customs_office':
      return typeof v === 'string' && /^[0-9A-Z]{1,10}$/.test(v) ? null : 'code de bureau douanier invalide.';
    case 'hs_code':
      return typeof v === 'string' && /^\d{10}$/.test(v) ? null : 'nomenclature à 10 chiffres attendue.';
    case 'unit':
      return typeof v === 'string' && v.length <= 20 ? null : "code d'unité invalide.";
    case 'currency':
      return typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? null : 'code devise ISO 4217 attendu.';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'vrai ou faux attendu.';
    default:
      return 'type inconnu.';
  }
}
