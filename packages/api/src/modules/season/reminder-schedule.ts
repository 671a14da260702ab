import type { MikroORM } from '@mikro-orm/postgresql';
import type { ReminderConfig } from './reminder-config.js';
import { ReminderService } from './reminder.service.js';
import type { ReminderReport } from './season.types.js';

/** Who the audit trail names for runs nobody asked for. */
export const REMINDER_ACTOR = { viewer: null, requestId: 'reminders', username: 'kinerja-reminders' } as const;

/** One run of every rule over the whole installation (CLI `remind`, the server's schedule). */
export async function runRemindersOnce(orm: MikroORM, config: ReminderConfig, now?: Date): Promise<ReminderReport> {
  return new ReminderService(orm.em.fork(), config, REMINDER_ACTOR).run({ now });
}

/**
 * The server's daily run: once shortly after start, then every hour. The rules send each recipient
 * at most one notification per rule and day, so the hourly run only catches the new day (and a
 * server that was down at midnight) — the "daily" reminder goes out in the first hour of each day.
 */
export function scheduleReminders(orm: MikroORM, config: ReminderConfig, log: (line: string) => void): { stop(): void } {
  const run = async () => {
    try {
      const report = await runRemindersOnce(orm, config);
      const sent = report.rules.reduce((n, r) => n + r.sent, 0);
      if (sent > 0) log(`Reminders for ${report.day}: ${report.rules.map((r) => `${r.rule} ${r.sent}`).join(', ')}; ${report.emailed} e-mailed.`);
    } catch (error) {
      log(`Reminder run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const first = setTimeout(() => void run(), 30_000);
  const hourly = setInterval(() => void run(), 60 * 60 * 1000);
  first.unref();
  hourly.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(hourly);
      config.mailer?.close();
    },
  };
}
