import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Role } from '@kinerja/shared';
import { queryAt } from '../../api/src/testing/sql-at.js';
import { startTestInbox, type TestInbox } from '../../api/src/testing/test-inbox.js';
import { allBehaviors } from '../../api/src/modules/appraisal/appraisal.testing.js';
import { MUT, monthFromNow } from '../../api/src/modules/season/season.testing.js';
import { apiFor } from './api.js';
import { startE2E, type E2E } from './harness.js';

// The BKD console as Kendari's HR admin uses it, through the UI only: create and open a cycle,
// watch the monitoring move, send reminders (in-app and by e-mail to a real SMTP server), finalise.
describe('BKD console in Chromium against the real API', () => {
  let e2e: E2E;
  let inbox: TestInbox;
  const sql = <T extends object>(text: string, params: unknown[] = []) => queryAt<T>(e2e.db.url, text, params);
  const CODE = 'KDI-SEASON-E2E';

  beforeAll(async () => {
    inbox = await startTestInbox();
    // remindersSend reads SMTP_URL when it runs: the local inbox receives what the server sends.
    process.env.SMTP_URL = inbox.url;
    e2e = await startE2E();
    await e2e.addUser('hr.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    await e2e.addUser(MUT.kabid.account, Role.SUPERVISOR, { employeeNip: MUT.kabid.nip, email: 'ahmad.hidayat@kendarikota.go.id' });
    for (const s of MUT.staff) await e2e.addUser(s.account, Role.EMPLOYEE, { employeeNip: s.nip });
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await e2e?.close();
    await inbox?.close();
  });

  /** Moves one appraisal of the cycle through the workflow over GraphQL, each step by its own person (set-up). */
  async function move(person: { nip: string; account: string }, until: 'SELF_ASSESSED' | 'ASSESSED') {
    const employee = await apiFor(e2e.server.url, person.account);
    const kabid = await apiFor(e2e.server.url, MUT.kabid.account);
    const [row] = await sql<{ id: number }>('select a.id from appraisal a join employee e on e.id = a.employee_id join cycle c on c.id = a.cycle_id where c.code = $1 and e.nip = $2', [CODE, person.nip]);
    const read = async () => (await employee.query<{ appraisal: { id: string; version: number; targets: { id: string }[]; competencies: { competency: { code: string } }[] } }>(
      'query($id: ID!) { appraisal(id: $id) { id version targets { id } competencies { competency { code } } } }', { id: String(row!.id) })).appraisal;
    const step = async (api: typeof employee, field: string, type: string, extra: Record<string, unknown> = {}) => {
      const a = await read();
      const result = await api.query<Record<string, { userErrors: { message: string }[] }>>(
        `mutation($input: ${type}!) { ${field}(input: $input) { userErrors { message } } }`, { input: { appraisalId: a.id, version: a.version, ...extra } });
      expect(result[field]!.userErrors, field).toEqual([]);
    };
    await step(employee, 'appraisalTargetAdd', 'AppraisalTargetAddInput', { description: 'Layanan mutasi pegawai', indicator: 'Usulan diproses', aspect: 'QUANTITY', targetValue: 40, unit: 'usulan' });
    await step(employee, 'appraisalPlanSubmit', 'AppraisalPlanSubmitInput');
    await step(kabid, 'appraisalPlanAgree', 'AppraisalPlanAgreeInput');
    const levels = (await read()).competencies.map((c) => ({ competencyCode: c.competency.code, level: 3 }));
    await step(employee, 'appraisalSelfAssess', 'AppraisalSelfAssessInput', { levels, realisations: (await read()).targets.map((t) => ({ targetId: t.id, realisation: 40 })) });
    if (until === 'ASSESSED') {
      await step(kabid, 'appraisalAssess', 'AppraisalAssessInput', { levels, workResultRating: 'MEETS', behaviorRating: 'MEETS', behaviors: allBehaviors('MEETS') });
    }
  }

  async function shoot(page: Page, name: string) {
    await e2e.screenshot(page, `${name}-1440`);
    await page.setViewportSize({ width: 390, height: 844 });
    await e2e.screenshot(page, `${name}-390`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  it("creates and opens Kendari's cycle, creating Kendari's appraisals and no one else's", async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'hr.kdi');
    await page.click('[data-nav="cycles"]');
    await page.waitForSelector('[data-testid="cycle-create"]');
    await page.fill('input[name=code]', CODE);
    await page.fill('input[name=name]', 'Penilaian Kinerja Kendari (uji)');
    await page.fill('input[name=startMonth]', monthFromNow(-13));
    await page.fill('input[name=endMonth]', monthFromNow(-2));
    await page.click('[data-testid="cycle-create"] button[type=submit]');
    const card = `[data-cycle="${CODE}"]`;
    await page.waitForSelector(`${card} [data-testid="eligible"]`);
    expect(await page.innerText(`${card} [data-testid="eligible"]`)).toContain('34 pegawai');
    await shoot(page, 'console-cycles');
    await page.click(`${card} [data-testid="cycle-open"]`);
    await page.waitForFunction((c) => document.querySelector(`${c} [data-testid="cycle-status"]`)?.textContent?.includes('Berjalan'), card);
    expect(await page.innerText(card)).toContain('34 penilaian dibuat');
    const perPemda = await sql<{ code: string; n: number }>(
      `select p.code, count(*)::int as n from appraisal a join cycle c on c.id = a.cycle_id join employee e on e.id = a.employee_id
       join agency_closure x on x.descendant_id = e.agency_id join agency p on p.id = x.ancestor_id and p.depth = 0
       where c.code = $1 group by p.code`, [CODE]);
    expect(perPemda).toEqual([{ code: 'KDI', n: 34 }]);
    expect(errors).toEqual([]);
  });

  it('shows the monitoring change as appraisals move, with whose move it is', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'hr.kdi');
    await page.goto(`${e2e.server.url}/konsol/pemantauan`);
    await page.waitForSelector('[data-testid="agency-table"]');
    expect(await page.innerText('[data-testid="overdue-count"]')).toBe('34');
    await move(MUT.staff[0], 'SELF_ASSESSED');
    await page.reload();
    await page.waitForSelector('[data-testid="agency-table"] [data-status="SELF_ASSESSED"]');
    expect(await page.innerText('[data-agency="KDI-BKD"] [data-status="SELF_ASSESSED"]')).toBe('1');
    const row = page.locator('[data-testid="overdue-table"] tr', { hasText: 'Rahmat Tanjung' });
    expect(await row.locator('[data-testid="waiting-for"]').innerText()).toContain('Ahmad Hidayat');
    await shoot(page, 'console-monitoring');
    expect(errors).toEqual([]);
  });

  it('sends reminders that reach the supervisor in the dashboard and in the mailbox', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'hr.kdi');
    await page.goto(`${e2e.server.url}/konsol/pemantauan`);
    await page.click('[data-testid="send-reminders"]');
    await page.waitForSelector('[data-testid="reminder-report"]');
    expect(await page.innerText('[data-testid="reminder-report"]')).toMatch(/[1-9]\d* terkirim/);
    const mail = await inbox.waitFor(1);
    const toKabid = mail.find((m) => m.envelopeTo.includes('ahmad.hidayat@kendarikota.go.id'));
    expect(toKabid?.subject).toMatch(/penilaian menunggu tindakan Anda/);
    expect(toKabid?.text).toContain('Rahmat Tanjung');

    const supervisor = await e2e.newPage();
    await e2e.signIn(supervisor.page, MUT.kabid.account);
    await supervisor.page.waitForSelector('[data-testid="notification-count"]');
    await supervisor.page.click('[data-testid="notification-bell"]');
    await supervisor.page.waitForSelector('[data-testid="notification"]');
    expect(await supervisor.page.innerText('[data-testid="notification-panel"]')).toContain('Rahmat Tanjung');
    await shoot(supervisor.page, 'console-bell');
    expect([...errors, ...supervisor.errors]).toEqual([]);
  });

  it('finalises the selected appraisals after the objection window', async () => {
    await move(MUT.staff[1], 'ASSESSED');
    await move(MUT.staff[2], 'ASSESSED');
    // The 14-day objection window has passed: move the ratings back in time (the clock, not the UI).
    await sql(`update appraisal a set assessed_at = assessed_at - interval '15 days' from cycle c, employee e
               where c.id = a.cycle_id and e.id = a.employee_id and c.code = $1 and e.nip = any ($2)`, [CODE, [MUT.staff[1].nip, MUT.staff[2].nip]]);
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'hr.kdi');
    await page.goto(`${e2e.server.url}/konsol/pemantauan`);
    await page.waitForSelector('[data-testid="ready-section"] [data-ready]');
    expect(await page.innerText('[data-testid="ready-count"]')).toBe('2');
    for (const box of await page.locator('[data-testid="ready-section"] [data-ready] input').all()) await box.check();
    await page.click('[data-testid="finalize-selected"]');
    await page.waitForSelector('[data-testid="finalize-report"]');
    expect(await page.innerText('[data-testid="finalize-report"]')).toContain('2 penilaian difinalisasi');
    await page.waitForFunction(() => document.querySelector('[data-testid="ready-count"]')?.textContent === '0');
    const final = await sql<{ n: number }>(`select count(*)::int as n from appraisal a join cycle c on c.id = a.cycle_id where c.code = $1 and a.status = 'FINALIZED'`, [CODE]);
    expect(final[0]!.n).toBe(2);
    await shoot(page, 'console-finalized');
    expect(errors).toEqual([]);
  });
});
