import type { EntityManager } from '@mikro-orm/postgresql';
import { isDueSoon, REMINDER_RULES, ReminderRule, Role } from '@kinerja/shared';
import { AuditOutcome, AuditService } from '../../common/audit/audit.service.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { dayIn, type ReminderConfig } from './reminder-config.js';
import { seasonRows, withAwaited, type AwaitedRow } from './season-rows.js';
import type { ReminderReport } from './season.types.js';

const PARTY_WORDS: Record<string, string> = {
  EMPLOYEE: 'Anda (pegawai)',
  SUPERVISOR: 'atasan langsung',
  DECIDER: 'atasan pejabat penilai',
  HR_ADMIN: 'BKD',
};

const STEP_WORDS: Record<string, string> = {
  DRAFT: 'menyusun dan mengajukan SKP',
  PLAN_SUBMITTED: 'menyetujui SKP',
  PLAN_AGREED: 'mengisi penilaian mandiri',
  SELF_ASSESSED: 'memberi penilaian',
  ASSESSED: 'finalisasi',
  OBJECTED: 'memutus keberatan',
};

/** A recipient: a person (all their accounts) or one HR admin account. */
interface Recipient {
  key: string;
  employeeId: number | null;
  accountId: number | null;
}

interface Letter {
  rule: ReminderRule;
  recipient: Recipient;
  rows: AwaitedRow[];
}

const fmtDate = (d: Date) => d.toISOString().slice(0, 10);

function line(row: AwaitedRow, escalation: boolean): string {
  const late = row.daysOverdue > 0 ? `terlambat ${row.daysOverdue} hari` : `jatuh tempo ${fmtDate(row.dueAt!)}`;
  const who = escalation ? ` — menunggu ${row.supervisorName ?? PARTY_WORDS.SUPERVISOR}` : '';
  return `• ${row.employeeName} (${row.nip}), ${row.cycleCode}: ${STEP_WORDS[row.status] ?? row.status}, ${late}${who}`;
}

function titleOf(letter: Letter): string {
  const n = letter.rows.length;
  const overdue = letter.rows.filter((r) => r.daysOverdue > 0).length;
  return letter.rule === ReminderRule.ESCALATION
    ? `Eskalasi: ${n} penilaian bawahan Anda terlambat di tangan atasan langsungnya`
    : `${n} penilaian menunggu tindakan Anda${overdue ? ` (${overdue} terlambat)` : ''}`;
}

/**
 * The reminder rules (issue #11), run once by `pnpm kinerja remind`, daily by the server, and on
 * demand from the Pemantauan page for the caller's scope:
 * - DAILY_DIGEST: everyone awaited on an appraisal due within DUE_SOON_DAYS or overdue gets one
 *   notification listing them (the employee, the supervisor, the decider; the pemda's HR admins for
 *   finalisation, and for objections whose rater has no superior on record);
 * - ESCALATION: a supervisor's step (agreeing a plan, rating) overdue by `escalationDays` or more
 *   goes to that supervisor's own superior.
 * A rule reaches a recipient at most once a calendar day: the notification's unique key refuses the
 * second. Each notification sent is audited (REMINDER_SEND) in its own transaction, then e-mailed to
 * the recipient's accounts with an address when SMTP is configured.
 */
export class ReminderService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: ReminderConfig,
    private readonly actor: { viewer: Viewer | null; requestId: string; username?: string },
  ) {}

  async run(options: { now?: Date; cycleId?: number | null } = {}): Promise<ReminderReport> {
    const now = options.now ?? new Date();
    const day = dayIn(this.config.timeZone, now);
    const viewer = this.actor.viewer;
    const rows = (await seasonRows(sqlFromEm(this.em), {
      cycleId: options.cycleId ?? null, rootAgencyId: null, agencyIds: viewer ? viewer.agencyIds : 'ALL', pendingOnly: true, movingOnly: true,
    })).map((r) => withAwaited(r, now)).filter((r) => r.party != null);
    const letters = await this.letters(rows, now);
    const counts = new Map(REMINDER_RULES.map((rule) => [rule, { sent: 0, alreadySent: 0 }]));
    let emailed = 0;
    for (const letter of letters) {
      const id = await this.store(letter, day);
      const count = counts.get(letter.rule)!;
      if (id == null) {
        count.alreadySent += 1;
        continue;
      }
      count.sent += 1;
      if (this.config.mailer && await this.mail(letter, id)) emailed += 1;
    }
    return { day, rules: REMINDER_RULES.map((rule) => ({ rule, ...counts.get(rule)! })), emailed };
  }

  /** Groups what is due per rule and recipient. */
  private async letters(rows: readonly AwaitedRow[], now: Date): Promise<Letter[]> {
    const letters = new Map<string, Letter>();
    const add = (rule: ReminderRule, recipient: Recipient, row: AwaitedRow) => {
      const key = `${rule}|${recipient.key}`;
      const letter = letters.get(key) ?? { rule, recipient, rows: [] };
      letter.rows.push(row);
      letters.set(key, letter);
    };
    const person = (id: number): Recipient => ({ key: `E:${id}`, employeeId: id, accountId: null });
    const hrAdmins = await this.hrAdminsByPemda();
    for (const row of rows) {
      // Inside the objection window the move is the employee's, but objecting is a right, not a task.
      if (row.status === 'ASSESSED' && row.party === 'EMPLOYEE') continue;
      if (isDueSoon(row, now)) {
        const awaited = row.party === 'HR_ADMIN' || (row.party === 'DECIDER' && row.deciderId == null) ? null : row.awaitedId;
        if (awaited != null) add(ReminderRule.DAILY_DIGEST, person(awaited), row);
        else if (row.party === 'HR_ADMIN' || row.party === 'DECIDER') {
          for (const accountId of hrAdmins.get(row.pemdaId) ?? []) add(ReminderRule.DAILY_DIGEST, { key: `A:${accountId}`, employeeId: null, accountId }, row);
        }
      }
      if (row.party === 'SUPERVISOR' && row.superiorId != null && row.daysOverdue >= this.config.escalationDays) {
        add(ReminderRule.ESCALATION, person(row.superiorId), row);
      }
    }
    return [...letters.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.recipient.key.localeCompare(b.recipient.key));
  }

  /** Active HR admin accounts per pemda they work in. */
  private async hrAdminsByPemda(): Promise<Map<number, number[]>> {
    const rows = await sqlFromEm(this.em).query<{ pemda_id: number; account_id: number }>(
      `select c.ancestor_id as pemda_id, u.id as account_id
       from user_account u join agency_closure c on c.descendant_id = u.agency_id join agency p on p.id = c.ancestor_id
       where $1 = any(u.roles) and u.active and p.depth = 0 order by u.id`, [Role.HR_ADMIN]);
    const map = new Map<number, number[]>();
    for (const r of rows) map.set(r.pemda_id, [...(map.get(r.pemda_id) ?? []), r.account_id]);
    return map;
  }

  /** Inserts the notification unless the rule reached this recipient today; audited with it. Null: already sent. */
  private async store(letter: Letter, day: string): Promise<number | null> {
    return this.em.transactional(async (tx) => {
      const [row] = await sqlFromEm(tx).query<{ id: number }>(
        `insert into notification (recipient_employee_id, recipient_account_id, recipient_key, rule, day, title, body, appraisal_count)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (rule, day, recipient_key) do nothing returning id`,
        [letter.recipient.employeeId, letter.recipient.accountId, letter.recipient.key, letter.rule, day, titleOf(letter),
          letter.rows.map((r) => line(r, letter.rule === ReminderRule.ESCALATION)).join('\n'), letter.rows.length]);
      if (!row) return null;
      new AuditService(tx, this.actor).record({
        action: 'REMINDER_SEND', outcome: AuditOutcome.SUCCESS, subjectType: 'notification', subjectId: row.id,
        detail: { rule: letter.rule, day, recipient: letter.recipient.key, appraisals: letter.rows.map((r) => r.id) },
      });
      await tx.flush();
      return row.id;
    });
  }

  /** E-mails a stored notification to the recipient's addresses; false when there is none or delivery failed. */
  private async mail(letter: Letter, notificationId: number): Promise<boolean> {
    const sql = sqlFromEm(this.em);
    const addresses = (await sql.query<{ email: string }>(
      `select distinct email from user_account
       where active and email is not null and (employee_id = $1 or id = $2) order by email`,
      [letter.recipient.employeeId, letter.recipient.accountId])).map((r) => r.email);
    if (addresses.length === 0) return false;
    const link = this.config.publicUrl ? `\n\nBuka Kinerja: ${this.config.publicUrl}/` : '';
    try {
      await this.config.mailer!.send({
        to: addresses,
        subject: `[Kinerja] ${titleOf(letter)}`,
        text: `${titleOf(letter)}:\n\n${letter.rows.map((r) => line(r, letter.rule === ReminderRule.ESCALATION)).join('\n')}${link}\n`,
      });
    } catch (error) {
      // The in-app notification stands; the delivery failure is logged and the e-mail not retried today.
      console.error(`Reminder ${notificationId}: e-mail to ${addresses.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    await sql.query('update notification set emailed_at = now() where id = $1', [notificationId]);
    return true;
  }
}
