import nodemailer from 'nodemailer';
import { DEFAULT_ESCALATION_DAYS } from '@kinerja/shared';

/** How reminders go out; read from the environment by `pnpm kinerja remind` and the server. */
export interface ReminderConfig {
  /** Days a supervisor's step may be overdue before their superior is told (KINERJA_ESCALATION_DAYS). */
  escalationDays: number;
  /** The time zone whose calendar day "once a day" counts in (KINERJA_REMINDER_TIMEZONE, default Asia/Jakarta). */
  timeZone: string;
  /** nodemailer over SMTP_URL (smtp://user:pass@host:port, smtps://…); null: in-app notifications only. */
  mailer: Mailer | null;
  /** The dashboard's address, for the link in each e-mail (KINERJA_PUBLIC_URL). */
  publicUrl: string | null;
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** A mailer for an SMTP URL: nodemailer, a well-kept SMTP client (pooling, TLS, auth, encodings). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

export function loadReminderConfig(env: NodeJS.ProcessEnv = process.env): ReminderConfig {
  const rawDays = env.KINERJA_ESCALATION_DAYS?.trim();
  const escalationDays = rawDays ? Number(rawDays) : DEFAULT_ESCALATION_DAYS;
  if (!Number.isInteger(escalationDays) || escalationDays < 1 || escalationDays > 365) {
    throw new Error(`KINERJA_ESCALATION_DAYS: expected a whole number of days from 1 to 365, got "${rawDays}"`);
  }
  const timeZone = env.KINERJA_REMINDER_TIMEZONE?.trim() || 'Asia/Jakarta';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
  } catch {
    throw new Error(`KINERJA_REMINDER_TIMEZONE: "${timeZone}" is not a time zone (e.g. Asia/Jakarta, Asia/Makassar)`);
  }
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL: expected smtp://… or smtps://…');
  const from = env.SMTP_FROM?.trim() || 'Kinerja <kinerja@localhost>';
  return {
    escalationDays,
    timeZone,
    mailer: smtpUrl ? smtpMailer(smtpUrl, from) : null,
    publicUrl: env.KINERJA_PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
  };
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
