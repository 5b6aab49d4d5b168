// Mail goes through the outbox: queueMail() in the business transaction, sendMail() from the worker.
// Without SMTP_URL the message is stored for administrators to read; with it, it is also sent.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { AppDeps } from './deps.ts';
import { enqueue, type OutboxMessage } from './outbox.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const MAIL_TOPIC = 'mail.send';

export async function queueMail(db: Db, now: Date, mail: Mail, idempotencyKey?: string): Promise<void> {
  await enqueue(db, now, { topic: MAIL_TOPIC, payload: mail, idempotencyKey });
}

const transports = new Map<string, Transporter>();

export async function sendMail(deps: AppDeps, message: OutboxMessage<Mail>): Promise<void> {
  const mail = message.payload;
  const url = deps.config.SMTP_URL;
  if (url) {
    let transport = transports.get(url);
    if (!transport) {
      transport = nodemailer.createTransport(url);
      transports.set(url, transport);
    }
    await transport.sendMail({
      from: deps.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  }
  const now = deps.clock.now();
  await deps.db.query(sql`
    INSERT INTO mail_message (to_address, subject, body_text, body_html, transport, created_at, sent_at)
    VALUES (${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html ?? null}, ${url ? 'smtp' : 'stored'}, ${now}, ${url ? now : null})`);
}
