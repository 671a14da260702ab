import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import { apiFor } from './api.js';
import { startE2E, type E2E } from './harness.js';

const AHMAD = '199708162024041001';
const RAHMAT = '197706101998031001';
const KARTIKA = '198704132015012001';

describe("the training planner's development queue in Chromium", () => {
  let e2e: E2E;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('admin', Role.ADMIN);
    await e2e.addUser('planner.kdi', Role.TRAINING_PLANNER, { agencyCode: 'KDI' });
    await e2e.addUser('atasan.ahmad', Role.SUPERVISOR, { employeeNip: AHMAD });
    await e2e.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
    await e2e.addUser('bkd.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    const admin = await apiFor(e2e.server.url, 'admin');
    const found = await admin.query<{ employees: { nodes: { id: string; nip: string }[] }; trainingPrograms: { id: string; code: string; competency: { id: string } }[] }>(
      '{ employees(first: 100, filter: { search: "19" }) { nodes { id nip } } trainingPrograms { id code competency { id } } }');
    for (const e of found.employees.nodes) ids[e.nip] = e.id;
    const komunikasi = found.trainingPrograms.find((p) => p.code === 'PL-KOM-1')!;
    // The supervisor recommends through the API (the appraisal pages are another helper's).
    const supervisor = await apiFor(e2e.server.url, 'atasan.ahmad');
    const recommend = `mutation($input: DevelopmentPlanItemRecommendInput!) { developmentPlanItemRecommend(input: $input) { userErrors { message } } }`;
    for (const [nip, reason] of [[RAHMAT, 'Perlu komunikasi yang lebih jelas dalam rapat.'], [KARTIKA, 'Menyiapkan peran koordinator layanan.']] as const) {
      const result = await supervisor.query<{ developmentPlanItemRecommend: { userErrors: unknown[] } }>(recommend,
        { input: { employeeId: ids[nip], competencyId: komunikasi.competency.id, programId: komunikasi.id, reason } });
      expect(result.developmentPlanItemRecommend.userErrors).toEqual([]);
    }
    await supervisor.query(recommend, { input: { employeeId: ids[RAHMAT], competencyId: komunikasi.competency.id, title: 'Coaching oleh Kepala Bidang', reason: 'Pendampingan mingguan.' } });
  });
  afterAll(async () => e2e?.close());

  it('groups the recommendations by competency and programme with counts and cost, and plans and drops them', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'planner.kdi');
    await page.goto(`${e2e.server.url}/pelatihan`);
    await page.waitForSelector('[data-testid="development-group"]');
    const groups = page.locator('[data-testid="development-group"]');
    expect(await groups.count()).toBe(2);
    const course = groups.first();
    expect(await course.innerText()).toContain('Komunikasi Efektif di Pelayanan Publik');
    expect((await course.locator('[data-testid="group-count"]').innerText()).trim()).toBe('2 pegawai');
    expect(await course.locator('[data-testid="group-cost"]').innerText()).toBe('Rp\u00a01.500.000');
    expect(await page.innerText('[data-testid="development-totals"]')).toContain('3 rekomendasi');
    await page.locator('[data-testid="development-queue"]').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'development-queue-1440');

    // Plan Rahmat's course.
    const rahmat = course.locator('li.item', { hasText: 'Rahmat' });
    await rahmat.locator('[data-action="plan"]').click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="development-group"] li.item')]
      .some((li) => li.textContent?.includes('Rahmat') && li.textContent.includes('Direncanakan')));
    // Drop Kartika's with a reason: an empty reason is refused and says so.
    const kartika = course.locator('li.item', { hasText: 'Kartika' });
    await kartika.locator('[data-action="drop"]').click();
    await kartika.locator('[data-action="confirm-drop"]').click();
    await page.waitForSelector('[data-testid="development-queue"] [role=alert]');
    expect(await page.innerText('[data-testid="development-queue"] [role=alert]')).toContain('must not be empty');
    await kartika.locator('[data-testid="drop-reason"]').fill('Pindah tugas ke luar daerah.');
    await kartika.locator('[data-action="confirm-drop"]').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="development-group"] li.item')]
      .some((li) => li.textContent?.includes('Kartika')));
    expect(await page.innerText('[data-testid="development-totals"]')).toContain('2 rekomendasi');

    // The dropped one is under "Dibatalkan", with its reason.
    await page.click('[data-testid="development-status"] [data-value="DROPPED"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="development-queue"]')?.textContent?.includes('Pindah tugas ke luar daerah.'));
    expect(errors).toEqual([]);
  });

  it('shows the plan on the employee profile and fits a phone', async () => {
    const { page, errors } = await e2e.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await e2e.signIn(page, 'planner.kdi');
    await page.goto(`${e2e.server.url}/pelatihan`);
    await page.waitForSelector('[data-testid="development-group"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await e2e.screenshot(page, 'development-queue-390');
    await page.goto(`${e2e.server.url}/pegawai/${ids[RAHMAT]}`);
    await page.waitForSelector('[data-testid="development-plan"] .plan__item');
    const plan = await page.innerText('[data-testid="development-plan"]');
    expect(plan).toContain('Komunikasi Efektif di Pelayanan Publik');
    expect(plan).toContain('Direncanakan');
    expect(plan).toContain('Coaching oleh Kepala Bidang');
    expect(plan).toContain('Direkomendasikan oleh Ahmad Hidayat');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await e2e.screenshot(page, 'development-plan-profile-390');
    expect(errors).toEqual([]);
  });

  it("checks the overview's distribution pattern against the organisation's recorded predicate", async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'pimpinan.kdi');
    await page.goto(`${e2e.server.url}/?periode=2025-TAHUNAN&instansi=KDI`);
    await page.waitForFunction(() => document.querySelector('[data-testid="unit-predicate"]')?.textContent?.includes('Belum dicatat'));
    expect(await page.locator('[data-testid="pattern-rules"]').count()).toBe(0);
    expect(await page.locator('[data-testid="unit-predicate"] select').count()).toBe(0);

    const hr = await apiFor(e2e.server.url, 'bkd.kdi');
    const ref = await hr.query<{ cycles: { id: string; code: string }[]; agencies: { id: string; code: string }[] }>('{ cycles { id code } agencies { id code } }');
    const set = await hr.query<{ agencyResultSet: { userErrors: unknown[] } }>(
      'mutation($i: AgencyResultSetInput!) { agencyResultSet(input: $i) { userErrors { message } } }', { i: {
        cycleId: ref.cycles.find((c) => c.code === '2025-TAHUNAN')!.id, agencyId: ref.agencies.find((a) => a.code === 'KDI')!.id,
        organisationPredicate: 'ISTIMEWA',
      } });
    expect(set.agencyResultSet.userErrors).toEqual([]);
    await page.reload();
    await page.waitForSelector('[data-testid="pattern-rules"] li');
    expect(await page.innerText('[data-testid="unit-predicate"]')).toContain('Istimewa');
    expect(await page.innerText('[data-testid="pattern-rules"]')).toContain('Sangat Baik paling banyak 70%');
    await page.locator('[data-testid="predicate-distribution"]').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'distribution-pattern-1440');
    expect(errors).toEqual([]);

    const phone = await e2e.newPage();
    await phone.page.setViewportSize({ width: 390, height: 844 });
    await e2e.signIn(phone.page, 'pimpinan.kdi');
    await phone.page.goto(`${e2e.server.url}/?periode=2025-TAHUNAN&instansi=KDI`);
    await phone.page.waitForSelector('[data-testid="pattern-rules"] li');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await e2e.screenshot(phone.page, 'distribution-pattern-390');
    expect(phone.errors).toEqual([]);
  });
});
