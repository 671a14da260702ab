// A whole SKP year driven through the dashboard only, as the three people of SPEC §4: the employee
// plans, self-assesses and objects; their supervisor comments and rates; the supervisor's own superior
// decides the objection. Then the leader's figures have moved. The same walk runs on a phone (390×844)
// and a laptop (1440×900), with a screenshot of every step. The database is only set up here (a new
// cycle and its appraisals, as an HR admin opening a cycle would) — every step of the year is a click.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { Role } from '@kinerja/shared';
import { SCREENSHOT_DIR, startE2E, type E2E } from './harness.js';
import { expectChart, expectKpi, kpi } from './page-helpers.js';

const CYCLE = '2026-TAHUNAN';
/** The training planner of BKD Kendari, whose queue the supervisors' recommendations join. */
const PLANNER = 'perencana.bkd';
/**
 * The kepala BKD Kendari, with one account for both his parts (as the demo's kadis.kendari): SUPERVISOR of the
 * kepala bidang, so the objections of their staff come to him, and LEADER of BKD Kendari, reading its figures.
 */
const KADIS = { nip: '197410281995051001', user: 'kadis.bkd', name: 'Taufik Hidayat' };

/** Rated ten days ago (set up below): the objection window closes while she is writing one. */
const LATE = { nip: '198704132015012001', user: 'pegawai.kartika', supervisorNip: '199708162024041001' };

const RUNS = [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    employee: { nip: '198504112007091001', user: 'pegawai.bambang', name: 'Bambang Wijaya' },
    supervisor: { nip: '199701272024071001', user: 'atasan.yusuf', name: 'Yusuf Ndun' },
    development: { kind: 'OTHER', title: 'Coaching verifikasi berkas mutasi oleh Kepala Bidang', reason: 'Verifikasi berkas masih sering dikembalikan; perlu pendampingan langsung.' },
  },
  {
    name: 'laptop',
    viewport: { width: 1440, height: 900 },
    employee: { nip: '197706101998031001', user: 'pegawai.rahmat', name: 'Rahmat Tanjung' },
    supervisor: { nip: '199708162024041001', user: 'atasan.ahmad', name: 'Ahmad Hidayat' },
    development: { kind: 'PROGRAM', title: null, reason: 'Kompetensi di bawah standar jabatan; pelatihan katalog menutup kesenjangan ini.' },
  },
] as const;

/** Goes to a page through the navigation: the menu panel on a phone, the side column on a laptop. */
async function navigate(page: Page, key: string): Promise<void> {
  const menu = page.locator('[data-testid="menu-button"]');
  if (await menu.isVisible()) await menu.click();
  await page.click(`nav [data-nav="${key}"]`);
}

/** Chooses, in the recommendation form, the first competency the catalogue has a programme for. */
async function chooseCompetencyWithProgramme(page: Page): Promise<void> {
  await page.check('input[name=devSource][data-source=PROGRAM]');
  const values = await page.locator('#dev-competency option:not([disabled])').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const value of values) {
    await page.selectOption('#dev-competency', value);
    if (await page.locator('#dev-program option:not([disabled])').count() > 0) return;
  }
  throw new Error('no competency of this position has a catalogue programme');
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function comment(page: Page, text: string): Promise<void> {
  const before = await page.locator('[data-testid="comment"]').count();
  await page.fill('#feedback-body', text);
  await page.click('[data-testid="feedback-send"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="comment"]').length === n + 1, before);
}

async function status(page: Page): Promise<string> {
  return (await page.innerText('[data-testid="status"]')).trim();
}

async function addTarget(page: Page, t: { description: string; indicator: string; aspect: string; value: string; unit: string }): Promise<void> {
  const before = await page.locator('[data-testid="targets"] > li').count();
  const addButton = page.locator('[data-testid="target-add"]');
  if (await addButton.isVisible()) await addButton.click();
  const form = '[data-testid="target-form"]';
  await page.fill(`${form} [name=description]`, t.description);
  await page.fill(`${form} [name=indicator]`, t.indicator);
  await page.selectOption(`${form} [name=aspect]`, t.aspect);
  await page.fill(`${form} [name=targetValue]`, t.value);
  await page.fill(`${form} [name=unit]`, t.unit);
  await page.click('[data-testid="target-save"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="targets"] > li').length === n + 1, before);
}

/** Chooses `level` in every competency fieldset inside `scope` from the `from`-th on. */
async function chooseLevels(page: Page, scope: string, level: number, from = 0): Promise<number> {
  const sets = page.locator(`${scope} .ap-levels`);
  const count = await sets.count();
  for (let i = from; i < count; i++) await sets.nth(i).locator(`input[data-level="${level}"]`).check();
  return count;
}

describe('a whole SKP year in the dashboard', () => {
  let e2e: E2E;
  let completionBefore: string;

  beforeAll(async () => {
    e2e = await startE2E();
    // As opening a cycle does: a new annual cycle with a DRAFT appraisal for every active employee of BKD Kendari.
    await e2e.sql(
      `insert into cycle (code, name, kind, start_month, end_month, status)
       values ($1, 'Penilaian Kinerja Tahunan 2026', 'ANNUAL', '2026-01-01', '2026-12-01', 'OPEN')`, [CYCLE]);
    await e2e.sql(
      `insert into appraisal (cycle_id, employee_id, status)
       select c.id, e.id, 'DRAFT' from cycle c, employee e
       join agency_closure ac on ac.descendant_id = e.agency_id join agency a on a.id = ac.ancestor_id
       where c.code = $1 and a.code = 'KDI-BKD' and e.active`, [CYCLE]);
    await e2e.addUser(KADIS.user, [Role.LEADER, Role.SUPERVISOR], { employeeNip: KADIS.nip, agencyCode: 'KDI-BKD' });
    await e2e.addUser(LATE.user, Role.EMPLOYEE, { employeeNip: LATE.nip });
    await e2e.addUser(PLANNER, Role.TRAINING_PLANNER, { agencyCode: 'KDI-BKD' });
    for (const run of RUNS) {
      await e2e.addUser(run.employee.user, Role.EMPLOYEE, { employeeNip: run.employee.nip });
      await e2e.addUser(run.supervisor.user, Role.SUPERVISOR, { employeeNip: run.supervisor.nip });
    }
  });
  afterAll(async () => e2e?.close());

  it('the leader reads the completion of the new cycle before anyone starts', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, KADIS.user);
    await page.goto(`${e2e.server.url}/?periode=${CYCLE}`);
    await expectKpi(page, 'completionRate', '0%');
    completionBefore = await kpi(page, 'completionRate');
    expect(errors).toEqual([]);
  });

  for (const run of RUNS) {
    it(`walks plan → final on a ${run.name} (${run.viewport.width}×${run.viewport.height})`, async () => {
      const shot = (page: Page, n: number | string, step: string) => e2e.screenshot(page, `year-${run.name}-${String(n).padStart(2, '0')}-${step}`);
      const employee = await e2e.newPage(run.viewport);
      const supervisor = await e2e.newPage(run.viewport);
      const superior = await e2e.newPage(run.viewport);
      const me = employee.page;
      const boss = supervisor.page;
      const top = superior.page;
      // A failed step leaves a picture of where each person was.
      onTestFailed(async () => {
        for (const [who, page] of [['employee', me], ['supervisor', boss], ['superior', top]] as const) {
          if (page.isClosed()) continue;
          await page.screenshot({ path: `${SCREENSHOT_DIR}/failed-${run.name}-${who}.png`, fullPage: true });
          const details = await page.locator('.state__details code').allTextContents();
          const problems = [...details, ...await page.locator('.ap-error').allTextContents()];
          if (problems.length) console.error(`${who} sees: ${problems.join(' | ')}`);
        }
      });

      // 1. The employee signs in and lands on Kinerja Saya: the plan is the next step.
      await e2e.signIn(me, run.employee.user);
      await me.waitForURL(/\/kinerja$/);
      await me.waitForSelector('[data-testid="plan-editor"]');
      expect(await status(me)).toBe('Rencana disusun');
      // From the first day she knows who agrees her plan and rates her.
      expect(await me.innerText('[data-testid="direct-supervisor"]')).toContain(run.supervisor.name);
      await expectNoHorizontalScroll(me);
      await shot(me, 1, 'employee-start');

      // Bad input is refused at the field and nothing is saved: a target without an indicator.
      await me.fill('[data-testid="target-form"] [name=description]', 'Dokumen usulan mutasi pegawai terverifikasi');
      await me.fill('[data-testid="target-form"] [name=targetValue]', '120');
      await me.fill('[data-testid="target-form"] [name=unit]', 'dokumen');
      await me.click('[data-testid="target-save"]');
      await me.waitForSelector('[data-testid="error-summary"]');
      expect(await me.innerText('[data-testid="error-indicator"]')).toBe('Isi indikator untuk target ini.');
      expect(await me.locator('[data-testid="targets"] > li').count()).toBe(0);
      if (run.name === 'phone') await shot(me, 2, 'field-error');

      // 2. Two targets (RHK) with indicator, aspect, target and unit.
      await addTarget(me, { description: 'Dokumen usulan mutasi pegawai terverifikasi', indicator: 'Jumlah usulan mutasi yang diverifikasi lengkap', aspect: 'QUANTITY', value: '120', unit: 'dokumen' });
      await addTarget(me, { description: 'Layanan kenaikan pangkat tepat waktu', indicator: 'Persentase usulan diproses ≤ 5 hari kerja', aspect: 'TIME', value: '95', unit: '%' });
      await comment(me, 'Pak, mohon arahan untuk target layanan kenaikan pangkat.');
      await shot(me, 3, 'plan-written');

      // 3. Submit for agreement, after checking.
      await me.click('[data-testid="plan-submit"]');
      await me.waitForSelector('[data-testid="plan-submit-confirm"]');
      await shot(me, 4, 'plan-check');
      await me.click('[data-testid="plan-submit-confirm"]');
      await me.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Menunggu persetujuan rencana');

      // 4. The supervisor sees what waits on them and returns the plan with a comment.
      await e2e.signIn(boss, run.supervisor.user);
      await boss.waitForURL(/\/tim$/);
      await boss.waitForSelector(`[data-testid="todo-${run.employee.nip}"]`);
      expect(await boss.innerText(`[data-testid="todo-${run.employee.nip}"]`)).toContain('Setujui atau kembalikan rencana');
      // The team's own aggregates (its gaps per competency and its 9-box), from the same chart components as the analytics pages.
      await boss.waitForSelector('[data-testid="team-facts"]');
      await expectChart(boss, '[data-testid="gap-burden"]');
      await expectChart(boss, '[data-testid="nine-box"]');
      await expectNoHorizontalScroll(boss);
      await shot(boss, 5, 'supervisor-team');
      // For the README (docs/screenshots/tim-saya-*.png): the team's figures as the screen shows them.
      await e2e.screenshot(boss, `docs-tim-saya-${run.name}`, { at: '[data-testid="team-figures"]' });
      await boss.click(`[data-testid="todo-${run.employee.nip}"]`);
      await boss.waitForSelector('[data-testid="plan-review"]');
      // Returning without saying what to change is refused at the comment.
      await boss.check('input[name=review][data-decision=return]');
      await boss.click('[data-testid="review-continue"]');
      expect(await boss.innerText('[data-testid="error-comment"]')).toContain('Tuliskan apa yang perlu diubah');
      await boss.fill('#review-comment', 'Target layanan kenaikan pangkat dinaikkan menjadi 98% sesuai standar pelayanan BKD.');
      await shot(boss, 6, 'supervisor-return');
      await boss.click('[data-testid="review-continue"]');
      await boss.click('[data-testid="review-submit"]');
      await boss.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Rencana disusun');

      // 5. The employee reads why, revises the target and submits again.
      await me.reload();
      await me.waitForSelector('[data-testid="plan-returned"]');
      expect(await me.innerText('[data-testid="plan-returned"]')).toContain(run.supervisor.name);
      expect(await me.innerText('[data-testid="plan-returned"]')).toContain('98%');
      await shot(me, 7, 'plan-returned');
      await me.click('[data-testid="target-edit-2"]');
      await me.fill('[data-testid="target-form"] [name=targetValue]', '98');
      await me.click('[data-testid="target-save"]');
      await me.waitForFunction(() => document.querySelector('[data-target="2"]')?.textContent?.includes('98 %'));
      await me.click('[data-testid="plan-submit"]');
      await me.click('[data-testid="plan-submit-confirm"]');
      await me.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Menunggu persetujuan rencana');

      // 6. The supervisor agrees it, with an expectation for one BerAKHLAK value.
      await boss.reload();
      await boss.waitForSelector('[data-testid="plan-review"]');
      await boss.check('input[name=review][data-decision=agree]');
      await boss.fill('#review-comment', 'Disetujui. Laporkan capaian tiap triwulan.');
      await boss.fill('[name=expectation-BERORIENTASI_PELAYANAN]', 'Menanggapi setiap pengaduan layanan dalam 2 hari kerja.');
      await boss.click('[data-testid="review-continue"]');
      await boss.click('[data-testid="review-submit"]');
      await boss.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Rencana disetujui');

      // 6b. The employee reopens the agreed plan (revisi rencana) after a confirmation, adds a target and
      // submits it again; the supervisor agrees it again.
      await me.reload();
      await me.waitForSelector('[data-testid="plan-revise-start"]');
      await me.click('[data-testid="plan-revise-start"]');
      await me.waitForSelector('[data-testid="plan-revise-confirm"]');
      await shot(me, '06b', 'plan-revise');
      await me.click('[data-testid="plan-revise-confirm"]');
      await me.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Rencana disusun');
      await addTarget(me, { description: 'Sosialisasi layanan kepegawaian daring', indicator: 'Jumlah OPD yang mengikuti sosialisasi', aspect: 'QUANTITY', value: '12', unit: 'OPD' });
      await me.click('[data-testid="plan-submit"]');
      await me.click('[data-testid="plan-submit-confirm"]');
      await me.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Menunggu persetujuan rencana');
      await boss.reload();
      await boss.waitForSelector('[data-testid="plan-review"]');
      expect(await boss.innerText('[data-testid="plan"]')).toContain('Sosialisasi layanan kepegawaian daring');
      await boss.check('input[name=review][data-decision=agree]');
      await boss.fill('[name=expectation-BERORIENTASI_PELAYANAN]', 'Menanggapi setiap pengaduan layanan dalam 2 hari kerja.');
      await boss.click('[data-testid="review-continue"]');
      await boss.click('[data-testid="review-submit"]');
      await boss.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Rencana disetujui');

      // 7. The employee records a check-in; the supervisor answers it and comments in the thread.
      await me.reload();
      await me.waitForSelector('[data-testid="check-in-start"]');
      await me.click('[data-testid="check-in-start"]');
      await me.fill('[name=checkin-realisation-1]', '34');
      await me.fill('[name=checkin-evidence-1]', 'https://drive.example.go.id/bkd/mutasi-tw1.pdf');
      await me.fill('[name=checkin-realisation-2]', '96');
      await me.fill('#check-in-note', 'Verifikasi daring mulai berjalan Maret.');
      await me.click('[data-testid="check-in-submit"]');
      await me.waitForSelector('[data-testid="check-in"]');
      await shot(me, 8, 'check-in');

      await boss.reload();
      await boss.waitForSelector('[data-testid="check-in-answer-send"]');
      await boss.fill('[name=checkInAnswer]', 'Bagus. Pertahankan verifikasi daring; percepat usulan yang tertunda.');
      await boss.click('[data-testid="check-in-answer-send"]');
      await boss.waitForSelector('[data-testid="check-in-answer"]');
      await comment(boss, 'Targetnya sudah baik. Sertakan tautan bukti dukung pada realisasi.');
      await shot(boss, 9, 'supervisor-check-in-answer');

      // 8. Self-assessment on the page the employee opened before that answer and comment: no conflict.
      await me.fill('[data-testid="self-assessment"] [name=realisation-1]', '128');
      await me.fill('[data-testid="self-assessment"] [name=evidence-1]', 'https://drive.example.go.id/bkd/mutasi-2026.pdf');
      await me.fill('[data-testid="self-assessment"] [name=realisation-2]', '97');
      await me.fill('[data-testid="self-assessment"] [name=realisation-3]', '12');
      // One competency left without a level: refused at that competency.
      expect(await chooseLevels(me, '[data-testid="self-assessment"]', 3, 1)).toBeGreaterThan(1);
      await me.click('[data-testid="self-review"]');
      await me.waitForSelector('[data-testid="error-summary"]');
      expect(await me.locator('[data-testid="self-assessment"] .ap-levels').first().locator('.ap-error').innerText()).toBe('Pilih satu level, 1 sampai 5, untuk kompetensi ini.');
      await chooseLevels(me, '[data-testid="self-assessment"]', 3);
      await me.fill('#self-comment', 'Target mutasi terlampaui karena verifikasi berkas daring.');
      await shot(me, 10, 'self-assessment');
      await me.click('[data-testid="self-review"]');
      await me.waitForSelector('[data-testid="self-check"]');
      await shot(me, 11, 'self-check');
      await me.click('[data-testid="self-submit"]');
      await me.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Menunggu penilaian atasan');
      await me.reload();
      await me.waitForSelector('[data-testid="check-in-answer"]');
      // Both sides' comments, each with its writer's name and date (the agreement's comment is in the thread too).
      const thread = await me.locator('[data-testid="comment"]').allInnerTexts();
      expect(thread[0]).toContain(run.employee.name);
      expect(thread.at(-1)).toContain(run.supervisor.name);
      expect(thread.at(-1)).toContain('Sertakan tautan bukti dukung');
      await shot(me, 12, 'employee-waiting');

      // 9. The supervisor rates: levels beside the employee's own, feedback per target, the seven BerAKHLAK values, HK and PK, the predicate previewed.
      await navigate(boss, 'team');
      await boss.waitForSelector(`[data-testid="todo-${run.employee.nip}"]`);
      await boss.click(`[data-testid="todo-${run.employee.nip}"]`);
      await boss.waitForSelector('[data-testid="assess-form"]');
      await chooseLevels(boss, '[data-testid="assess-form"]', 3);
      await boss.fill('[name=feedback-1]', 'Capaian 128 dokumen melampaui target; kualitas verifikasi baik.');
      const values = await boss.locator('[data-testid="assess-form"] fieldset[data-field^="behavior-"]').count();
      expect(values).toBe(7);
      for (const field of await boss.locator('[data-testid="assess-form"] fieldset[data-field^="behavior-"]').all()) {
        await field.locator('input[data-rating=MEETS]').check();
      }
      await boss.check('[data-testid="assess-form"] input[name=workResultRating][data-rating=ABOVE]');
      await boss.check('[data-testid="assess-form"] input[name=behaviorRating][data-rating=MEETS]');
      expect(await boss.innerText('[data-testid="predicate-preview"]')).toContain('Baik');
      await shot(boss, 13, 'supervisor-rating');
      await boss.click('[data-testid="assess-review"]');
      await boss.waitForSelector('[data-testid="assess-check"]');
      await boss.click('[data-testid="assess-submit"]');
      await boss.waitForSelector('[data-testid="result"]');
      expect(await status(boss)).toBe('Sudah dinilai');

      // 9b. The supervisor recommends development: an empty form is refused at each field, nothing saved;
      // then a catalogue programme (laptop) or another activity (phone), which joins the report's plan.
      await boss.click('[data-testid="recommend-start"]');
      await boss.click('[data-testid="recommend-submit"]');
      await boss.waitForSelector('[data-testid="recommend-form"] [data-testid="error-summary"]');
      expect(await boss.innerText('[data-testid="error-competencyId"]')).toBe('Pilih kompetensi yang perlu dikembangkan.');
      expect(await boss.innerText('[data-testid="error-source"]')).toBe('Pilih program pelatihan dari katalog atau kegiatan lain.');
      expect(await boss.innerText('[data-testid="recommend-form"] [data-testid="error-reason"]')).toContain('Tuliskan alasan rekomendasi');
      if (run.name === 'phone') await shot(boss, '13b', 'recommend-errors');
      if (run.development.kind === 'PROGRAM') {
        await chooseCompetencyWithProgramme(boss);
        await boss.check('input[name=devSource][data-source=PROGRAM]');
        await boss.selectOption('#dev-program', { index: 1 });
      } else {
        await boss.selectOption('#dev-competency', { index: 1 });
        await boss.check('input[name=devSource][data-source=OTHER]');
        await boss.fill('#dev-title', run.development.title);
      }
      await boss.fill('#dev-reason', run.development.reason);
      await shot(boss, '13c', 'recommend-development');
      await boss.click('[data-testid="recommend-submit"]');
      await boss.waitForSelector('[data-testid="recommend-saved"]');
      await boss.waitForFunction((reason) => document.querySelector('[data-testid="development-plan"]')?.textContent?.includes(reason), run.development.reason);
      await expectNoHorizontalScroll(boss);

      // 10. The employee reads the result and who gave it, and objects while the window is open.
      await me.reload();
      await me.waitForSelector('[data-testid="result"]');
      expect(await me.innerText('[data-testid="rated-by"]')).toContain(run.supervisor.name);
      expect(await me.innerText('[data-testid="target-feedback"]')).toContain('128 dokumen');
      expect(await me.innerText('[data-testid="behaviors"]')).toContain('Menanggapi setiap pengaduan');
      expect(await me.innerText('[data-testid="predicate"]')).toContain('Baik');
      expect(await me.innerText('[data-testid="objection-days-left"]')).toContain('Sisa 14 hari');
      await shot(me, 14, 'result');
      await e2e.screenshot(me, `docs-kinerja-saya-result-${run.name}`, { at: 'main' });
      await me.click('[data-testid="objection-start"]');
      await me.fill('#objection-reason', 'Realisasi kedua target melampaui target; perilaku kerja belum mempertimbangkan penghargaan layanan terbaik.');
      await me.click('[data-testid="objection-review"]');
      await me.click('[data-testid="objection-submit"]');
      await me.waitForSelector('[data-testid="objection-waiting"]');
      expect(await me.innerText('[data-testid="next-step"]')).toContain(`menunggu keputusan ${KADIS.name}`);
      await shot(me, 15, 'objection-filed');

      // 11. The supervisor's superior decides from the inbox, both sides in view; the decision is final.
      // One sign-in for both his parts: he lands on the leader's overview and goes to the inbox from its menu.
      await e2e.signIn(top, KADIS.user);
      await top.waitForURL((url) => url.pathname === '/');
      await kpi(top, 'completionRate');
      await navigate(top, 'objections');
      await top.waitForURL(/\/keberatan$/);
      await top.waitForSelector(`[data-testid="inbox-${run.employee.nip}"]`);
      await shot(top, 16, 'objection-inbox');
      await top.click(`[data-testid="inbox-${run.employee.nip}"]`);
      await top.waitForSelector('[data-testid="decide-form"]');
      expect(await top.innerText('[data-testid="next-step"]')).toContain(`Putuskan keberatan ${run.employee.name}`);
      await top.check('input[name=outcome][data-outcome=UPHELD]');
      await top.check('input[name=decideHk][data-rating=ABOVE]');
      await top.check('input[name=decidePk][data-rating=ABOVE]');
      await top.fill('#decide-note', 'Penghargaan layanan terbaik 2026 menunjukkan perilaku di atas ekspektasi.');
      await shot(top, 17, 'objection-decide');
      await top.click('[data-testid="decide-review"]');
      expect(await top.innerText('[data-testid="decide-final"]')).toContain('final');
      await top.click('[data-testid="decide-submit"]');
      await top.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'Final');

      // 12. The employee follows the decision: final, who decided, the revised predicate.
      await me.reload();
      await me.waitForSelector('[data-testid="objection-decision"]');
      expect(await status(me)).toBe('Final');
      expect(await me.innerText('[data-testid="objection-decision"]')).toContain(KADIS.name);
      expect(await me.innerText('[data-testid="predicate"]')).toContain('Sangat Baik');
      await expectNoHorizontalScroll(me);
      await shot(me, 18, 'final');
      await e2e.screenshot(me, `docs-kinerja-saya-final-${run.name}`, { at: 'main' });

      for (const person of [employee, supervisor, superior]) expect(person.errors).toEqual([]);
      for (const person of [employee, supervisor, superior]) await person.page.close();
    });
  }

  it('refuses an objection once the 14-day window has closed, at the reason, and saves nothing', async () => {
    // Her rating, as the supervisor's assessment would have left it ten days ago.
    await e2e.sql(
      `update appraisal a set status = 'ASSESSED', work_result_rating = 'MEETS', behavior_rating = 'MEETS', predicate = 'BAIK',
         rule_set = 'PERMENPANRB_6_2022', plan_submitted_at = now() - interval '200 days', plan_agreed_at = now() - interval '199 days',
         self_assessed_at = now() - interval '12 days', assessed_at = now() - interval '10 days',
         assessed_by_id = (select id from employee where nip = $3)
       from cycle c, employee e where c.id = a.cycle_id and e.id = a.employee_id and c.code = $1 and e.nip = $2`,
      [CYCLE, LATE.nip, LATE.supervisorNip]);
    const { page, errors } = await e2e.newPage({ width: 390, height: 844 });
    await e2e.signIn(page, LATE.user);
    await page.waitForSelector('[data-testid="objection-days-left"]');
    expect(await page.innerText('[data-testid="objection-days-left"]')).toContain('Sisa 4 hari');
    await page.click('[data-testid="objection-start"]');
    await page.fill('#objection-reason', 'Hasil kerja saya melampaui target.');
    await page.click('[data-testid="objection-review"]');
    await page.waitForSelector('[data-testid="objection-submit"]');
    // The window closes while she reads her answers (time passes: the rating moves 15 days back).
    await e2e.sql(
      `update appraisal a set assessed_at = now() - interval '15 days' from employee e, cycle c
       where e.id = a.employee_id and c.id = a.cycle_id and e.nip = $1 and c.code = $2`, [LATE.nip, CYCLE]);
    await page.click('[data-testid="objection-submit"]');
    await page.waitForSelector('[data-testid="error-reason"]');
    expect(await page.innerText('[data-testid="error-reason"]')).toContain('Masa keberatan 14 hari sudah berakhir');
    expect(await page.inputValue('#objection-reason')).toBe('Hasil kerja saya melampaui target.');
    await e2e.screenshot(page, 'year-phone-objection-too-late');
    const [row] = await e2e.sql<{ n: number; status: string }>(
      `select count(o.id)::int as n, min(a.status) as status from appraisal a join employee e on e.id = a.employee_id
       join cycle c on c.id = a.cycle_id left join objection o on o.appraisal_id = a.id
       where e.nip = $1 and c.code = $2 group by a.id`, [LATE.nip, CYCLE]);
    expect(row).toEqual({ n: 0, status: 'ASSESSED' });
    expect(errors).toEqual([]);
  });

  it('reads in English: the supervisor named on Kinerja Saya, the team figures and the recommendation form with its field messages', async () => {
    const [phone, laptop] = RUNS;
    // The employee on a laptop switches the top bar to English.
    const employee = await e2e.newPage(laptop.viewport);
    await e2e.signIn(employee.page, phone.employee.user);
    await employee.page.click('header button[lang="en"]');
    await employee.page.waitForSelector('[data-testid="direct-supervisor"]');
    expect((await employee.page.innerText('[data-testid="direct-supervisor"]')).replace(/\s+/g, ' ')).toBe(`Direct supervisor: ${phone.supervisor.name} · Kepala Bidang`);
    expect(await status(employee.page)).toBe('Final');
    // Her profile names him too (he is outside what an employee may open, so his name is not a link).
    await navigate(employee.page, 'myProfile');
    await employee.page.waitForSelector('[data-testid="profile-supervisor"]');
    expect(await employee.page.innerText('[data-testid="profile-supervisor"]')).toBe(phone.supervisor.name);

    // The supervisor on a phone switches in the menu panel, then reads Tim Saya and a report's page.
    const supervisor = await e2e.newPage(phone.viewport);
    const boss = supervisor.page;
    await e2e.signIn(boss, phone.supervisor.user);
    await boss.waitForURL(/\/tim$/);
    await boss.click('[data-testid="menu-button"]');
    await boss.click('nav button[lang="en"]');
    // The panel stays open in the new language; the menu button closes it.
    await boss.waitForFunction(() => document.querySelector('nav [data-nav="team"]')?.textContent?.trim() === 'My Team');
    await boss.click('[data-testid="menu-button"]');
    await boss.waitForSelector('[data-testid="team-figures"]');
    expect(await boss.innerText('[data-testid="team-figures"] h2')).toBe('Your team’s competencies and talent');
    await expectChart(boss, '[data-testid="nine-box"]');
    await boss.click(`[data-nip="${phone.employee.nip}"] a`);
    // The report's plan holds what he recommended during the walk.
    await boss.waitForFunction((title) => document.querySelector('[data-testid="development-plan"]')?.textContent?.includes(title), phone.development.title);
    const planItems = async (nip: string) => (await e2e.sql<{ n: number }>(
      'select count(*)::int as n from development_plan_item d join employee e on e.id = d.employee_id where e.nip = $1', [nip]))[0]!.n;
    const before = await planItems(phone.employee.nip);
    await boss.click('[data-testid="recommend-start"]');
    await boss.fill('#dev-reason', ' ');
    await boss.click('[data-testid="recommend-submit"]');
    await boss.waitForSelector('[data-testid="recommend-form"] [data-testid="error-summary"]');
    expect(await boss.innerText('[data-testid="error-competencyId"]')).toBe('Choose the competency to develop.');
    expect(await boss.innerText('[data-testid="error-source"]')).toBe('Choose a catalogue training programme or another activity.');
    expect(await boss.innerText('[data-testid="recommend-form"] [data-testid="error-reason"]')).toBe('Say why you recommend it, in at most 2000 characters.');
    expect(await planItems(phone.employee.nip)).toEqual(before);
    await expectNoHorizontalScroll(boss);
    await e2e.screenshot(boss, 'year-phone-english-recommend-errors', { at: '[data-testid="recommend-development"]' });
    for (const person of [employee, supervisor]) expect(person.errors).toEqual([]);
    for (const person of [employee, supervisor]) await person.page.close();
  });

  it("the training planner finds the supervisors' recommendations in the development queue", async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, PLANNER);
    await page.goto(`${e2e.server.url}/pelatihan?periode=${CYCLE}`);
    await page.waitForSelector('[data-testid="development-group"]');
    const queue = await page.innerText('[data-testid="development-queue"]');
    for (const run of RUNS) {
      expect(queue).toContain(run.development.reason);
      expect(queue).toContain(run.employee.name);
      expect(queue).toContain(`Direkomendasikan oleh ${run.supervisor.name}`);
    }
    expect(queue).toContain(RUNS[0].development.title);
    await page.locator('[data-testid="development-queue"]').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'year-planner-queue');
    expect(errors).toEqual([]);
  });

  it('the leader sees the two finalised appraisals in the completion figure', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, KADIS.user);
    await page.goto(`${e2e.server.url}/?periode=${CYCLE}`);
    const [{ total }] = await e2e.sql<{ total: number }>(
      `select count(*)::int as total from appraisal a join cycle c on c.id = a.cycle_id where c.code = $1`, [CYCLE]) as [{ total: number }];
    await expectKpi(page, 'completionRate', new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(2 / total));
    expect(await kpi(page, 'completionRate')).not.toBe(completionBefore);
    await e2e.screenshot(page, 'year-leader-after');
    expect(errors).toEqual([]);
  });
});
