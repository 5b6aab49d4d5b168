// ICE (Identifiant Commun de l'Entreprise): 15 digits — 9 identifying the company, 4 the
// establishment, 2 a check key. The public texts we have do not publish the key's algorithm, so
// the portal uses this rule, stated here and in docs/operations.md, for the data it generates and
// the operators it registers: key = 97 − ((first 13 digits × 100) mod 97), i.e. the 15-digit
// number is a multiple of 97 (ISO 7064 MOD 97-10 family, as in IBAN/RIB keys). Swap iceKey() if
// the official rule differs; the database only checks the 15-digit format.

export const ICE_FORMAT = /^[0-9]{15}$/;

export function iceKey(first13: string): string {
  const r = (BigInt(first13) * 100n) % 97n;
  return String(97n - r).padStart(2, '0');
}

export function isValidIce(ice: string): boolean {
  if (!ICE_FORMAT.test(ice) || /^0+$/.test(ice)) return false;
  return iceKey(ice.slice(0, 13)) === ice.slice(13);
}

/** The French message for an invalid ICE (format or key). */
export function iceError(ice: string): string | null {
  if (!ICE_FORMAT.test(ice)) return "L'ICE doit comporter exactement 15 chiffres.";
  if (!isValidIce(ice))
    return "L'ICE est invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.";
  return null;
}
