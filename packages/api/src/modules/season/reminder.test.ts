import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { startTestInbox, type TestInbox } from '../../testing/test-inbox.js';
import { sqlRows } from '../agency/reference-write.testing.js';
import { ageRating } from '../appraisal/appraisal.testing.js';
import { smtpMailer, type ReminderConfig } from './reminder-config.js';
import { REMINDER_ACTOR } from './reminder-schedule.js';
import { ReminderService } from './reminder.service.js';
import { addSeasonAccounts, advance, appraisalOf, MUT, openKendariSeason } from './season.testing.js';

const DAY = 24 * 60 * 60 * 1000;

describe('reminders: in-app, e-mailed, at most once per rule and day', () => {
  let app: TestApp;
  let inbox: TestInbox;
  let config: ReminderConfig;
  let cycleId: string;
  const run = (now: Date, overrides: Partial<ReminderConfig> = {}) =>
    new ReminderService(app.orm.em.fork(), { ...config, ...overrides }, REMINDER_ACTOR).run({ now });
  const sent = (report: { rules: { rule: string; sent: number; alreadySent: number }[] }) =>
    Object.fromEntries(report.rules.map((r) => [r.rule, [r.sent, r.alreadySent]]));
  const notificationsOf = async (key: string) => sqlRows<{ rule: string; day: string; title: string; body: string; appraisal_count: number; emailed: boolean }>(app,
    `select rule, to_char(day, 'YYYY-MM-DD') as day, title, body, appraisal_count, emailed_at is not null as emailed
     from notification where recipient_key = $1 order by id`, [key]);
  const keyOf = async (nip: string) => `E:${(await sqlRows<{ id: number }>(app, 'select id from employee where nip = $1', [nip]))[0]!.id}`;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    inbox = await startTestInbox();
    config = { escalationDays: 7, timeZone: 'Asia/Jakarta', mailer: smtpMailer(inbox.url, 'Kinerja <kinerja@localhost>'), publicUrl: 'https://kinerja.kendarikota.go.id' };
    await addSeasonAccounts(app);
    cycleId = await openKendariSeason(app, 'KDI-REMIND', -13, -2);
    // Rahmat assessed himself; his supervisor has not rated him, long after the period ended.
    await advance(app, cycleId, MUT.staff[0], 'SELF_ASSESSED');
  });
  afterAll(async () => {
    config?.mailer?.close();
    await inbox?.close();
    await app?.close();
  });

  it('sends each person awaited one digest, escalates the overdue rating to the supervisor’s superior, and e-mails them', async () => {
    const now = new Date();
    const report = await run(now);
    const [{ drafts }] = await sqlRows<{ drafts: number }>(app, `select count(*)::int as drafts from appraisal where cycle_id = $1 and status = 'DRAFT'`, [cycleId]) as [{ drafts: number }];
    // Every DRAFT waits for its employee (the kabid among them), plus the kabid's rating of Rahmat.
    expect(sent(report)).toEqual({ DAILY_DIGEST: [drafts, 0], ESCALATION: [1, 0] });

    const kabid = await notificationsOf(await keyOf(MUT.kabid.nip));
    expect(kabid).toHaveLength(1);
    expect(kabid[0]).toMatchObject({ rule: 'DAILY_DIGEST', appraisal_count: 2, emailed: true, title: '2 penilaian menunggu tindakan Anda (2 terlambat)' });
    expect(kabid[0]!.body).toMatch(/Rahmat Tanjung \(197706101998031001\), KDI-REMIND: memberi penilaian, terlambat \d+ hari/);
    const kadis = await notificationsOf(await keyOf(MUT.kadis.nip));
    expect(kadis.map((n) => [n.rule, n.appraisal_count])).toEqual([['DAILY_DIGEST', 1], ['ESCALATION', 1]]);
    expect(kadis[1]!.body).toMatch(/Rahmat Tanjung .* menunggu Ahmad Hidayat/);

    // Only accounts with an address get mail: the kabid's digest, the kadis's digest and escalation.
    const mail = await inbox.waitFor(3);
    expect(report.emailed).toBe(3);
    expect(mail.map((m) => [m.envelopeTo.join(), m.subject]).sort()).toEqual([
      ['ahmad.hidayat@kendarikota.go.id', '[Kinerja] 2 penilaian menunggu tindakan Anda (2 terlambat)'],
      ['taufik.hidayat@kendarikota.go.id', '[Kinerja] 1 penilaian menunggu tindakan Anda (1 terlambat)'],
      ['taufik.hidayat@kendarikota.go.id', '[Kinerja] Eskalasi: 1 penilaian bawahan Anda terlambat di tangan atasan langsungnya'],
    ]);
    const toKabid = mail.find((m) => m.envelopeTo.includes('ahmad.hidayat@kendarikota.go.id'))!;
    expect(toKabid.text).toContain('Rahmat Tanjung');
    expect(toKabid.text).toContain('https://kinerja.kendarikota.go.id/');

    // Each notification sent is audited once.
    const audited = await sqlRows<{ n: number }>(app, `select count(*)::int as n from audit_event where action = 'REMINDER_SEND' and outcome = 'SUCCESS'`);
    expect(audited[0]!.n).toBe(drafts + 1);
  });

  it('sends nothing more the same day, however often the rules run, and again the next day', async () => {
    const now = new Date();
    const [{ before }] = await sqlRows<{ before: number }>(app, 'select count(*)::int as before from notification') as [{ before: number }];
    const again = await run(new Date(now.getTime() + 60_000));
    expect(again.rules.every((r) => r.sent === 0 && r.alreadySent > 0)).toBe(true);
    expect(again.emailed).toBe(0);
    const [{ after }] = await sqlRows<{ after: number }>(app, 'select count(*)::int as after from notification') as [{ after: number }];
    expect(after).toBe(before);
    // Two runs at once (two servers, or cron beside the server): still one per rule and day.
    const tomorrow = new Date(now.getTime() + DAY);
    const [a, b] = await Promise.all([run(tomorrow), run(tomorrow)]);
    expect(a.rules.map((r) => r.sent + b.rules.find((x) => x.rule === r.rule)!.sent)).toEqual(a.rules.map((r) => r.sent + r.alreadySent));
    const kabid = await notificationsOf(await keyOf(MUT.kabid.nip));
    expect(kabid.map((n) => n.rule)).toEqual(['DAILY_DIGEST', 'DAILY_DIGEST']);
    expect(new Set(kabid.map((n) => n.day)).size).toBe(2);
  });

  it('escalates only past the configured number of days', async () => {
    const later = new Date(Date.now() + 2 * DAY);
    const [{ overdue }] = await sqlRows<{ overdue: number }>(app,
      `select floor(extract(epoch from ($1::timestamptz - (date_trunc('month', c.end_month) + interval '1 month' + interval '14 days'))) / 86400)::int + 1 as overdue
       from cycle c where c.id = $2`, [later, cycleId]) as [{ overdue: number }];
    expect(overdue).toBeGreaterThan(7);
    expect(sent(await run(later, { escalationDays: overdue + 1 })).ESCALATION).toEqual([0, 0]);
    const laterStill = new Date(later.getTime() + DAY);
    expect(sent(await run(laterStill, { escalationDays: overdue + 1 })).ESCALATION).toEqual([1, 0]);
  });

  it('reminds the pemda’s HR admins of finalisation once the objection window has passed', async () => {
    const kartika = MUT.staff[1];
    await advance(app, cycleId, kartika, 'ASSESSED');
    await ageRating(app, (await appraisalOf(app, cycleId, kartika.nip)).id, 15);
    const hrKey = `A:${(await sqlRows<{ id: number }>(app, `select id from user_account where username = 'hr.kdi'`))[0]!.id}`;
    const mailBefore = inbox.messages.length;
    await run(new Date(Date.now() + 5 * DAY));
    expect(await notificationsOf(hrKey)).toEqual([expect.objectContaining({ rule: 'DAILY_DIGEST', appraisal_count: 1, emailed: true })]);
    const mail = await inbox.waitFor(mailBefore + 1);
    expect(mail.some((m) => m.envelopeTo.includes('bkd@kendarikota.go.id') && m.text.includes('Kartika Wijaya'))).toBe(true);
    const pauhHr = `A:${(await sqlRows<{ id: number }>(app, `select id from user_account where username = 'hr.pauh'`))[0]!.id}`;
    expect(await notificationsOf(pauhHr)).toEqual([]);
  });

  it('shows each person their own notifications in-app, and lets them mark them read', async () => {
    const query = '{ notificationsUnread notifications(first: 10) { totalCount nodes { id rule title body readAt } } }';
    type Out = { notificationsUnread: number; notifications: { totalCount: number; nodes: { id: string; rule: string; title: string; body: string; readAt: string | null }[] } };
    const mine = await app.execute<Out>(query, {}, { as: MUT.kabid.account });
    expect(mine.notificationsUnread).toBeGreaterThan(0);
    expect(mine.notifications.nodes[0]!.body).toContain('Rahmat Tanjung');
    expect((await app.execute<Out>(query, {}, { as: MUT.staff[3].account })).notifications.nodes.every((n) => !n.body.includes('Rahmat Tanjung'))).toBe(true);
    const marked = await app.execute<{ notificationsMarkRead: { marked: number } }>(
      'mutation($input: NotificationsMarkReadInput!) { notificationsMarkRead(input: $input) { marked userErrors { code } } }', { input: { ids: [mine.notifications.nodes[0]!.id] } }, { as: MUT.kabid.account });
    expect(marked.notificationsMarkRead.marked).toBe(1);
    // Someone else's notification cannot be marked.
    const foreign = await app.execute<{ notificationsMarkRead: { marked: number } }>(
      'mutation($input: NotificationsMarkReadInput!) { notificationsMarkRead(input: $input) { marked userErrors { code } } }', { input: { ids: [mine.notifications.nodes[1]!.id] } }, { as: MUT.staff[3].account });
    expect(foreign.notificationsMarkRead.marked).toBe(0);
    expect((await app.execute<Out>(query, {}, { as: MUT.kabid.account })).notificationsUnread).toBe(mine.notificationsUnread - 1);
  });

  it('lets an HR admin run the rules now for their own pemda only', async () => {
    const send = 'mutation { remindersSend(input: {}) { report { day emailed rules { rule sent alreadySent } } userErrors { code } } }';
    type Out = { remindersSend: { report: { rules: { rule: string; sent: number; alreadySent: number }[] } } };
    const pauh = await app.execute<Out>(send, {}, { as: 'hr.pauh' });
    expect(pauh.remindersSend.report.rules.every((r) => r.sent === 0 && r.alreadySent === 0)).toBe(true);
    const kdi = await app.execute<Out>(send, {}, { as: 'hr.kdi' });
    // Today's digests went out in the first test; only the BKD's (Kartika's finalisation, new since) is sent now.
    const digest = kdi.remindersSend.report.rules.find((r) => r.rule === 'DAILY_DIGEST')!;
    expect(digest.sent).toBe(1);
    expect(digest.alreadySent).toBeGreaterThan(30);
    const denied = await app.run(send, {}, { as: MUT.kabid.account });
    expect(denied.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
