// `npm run demo:totp -- [username]`: prints the current 6-digit code of a demo account's device
// (they all share DEMO_TOTP_SECRET), so the README's demo sign-in works without a phone.
import { DEMO_TOTP_SECRET, DEMO_USERS, DEMO_USERS_WITHOUT_MFA } from '../../db/seed/demo-users.ts';
import { TOTP_PERIOD, totpCode } from './totp.ts';

const username = process.argv[2];
if (username && !DEMO_USERS.some((u) => u.username === username)) {
  process.stderr.write(`Compte de démonstration inconnu : ${username}\n`);
  process.exit(1);
}
if (username && DEMO_USERS_WITHOUT_MFA.includes(username)) {
  process.stderr.write(
    `${username} n'a pas encore d'appareil : enregistrez-en un à la première connexion (QR code ou secret affiché).\n`,
  );
  process.exit(1);
}
const now = new Date();
const left = TOTP_PERIOD - (Math.floor(now.getTime() / 1000) % TOTP_PERIOD);
process.stdout.write(`${totpCode(DEMO_TOTP_SECRET, now)}  (valable encore ${left} s)\n`);
