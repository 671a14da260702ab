import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import { startE2E, type E2E } from './harness.js';
import { apiFor, expectedFigures, id, type Api } from './api.js';
import { clickChartAt, expectChart, expectKpi, pickAgency, query } from './page-helpers.js';

// One server and one browser for the whole file: a leader, a training planner, an analyst and an
// employee go through every page, change filters, drill down, and every figure checked on screen is
// compared with what the API answers for the same filter (and with small.expected.json).

interface Summary {
  analyticsSummary: { headcount: number | null; completionRate: number | null; fitIndex: number | null; jp20Compliance: number | null };
}
const SUMMARY = `query($f: AnalyticsFilter!) { analyticsSummary(filter: $f) { headcount completionRate fitIndex jp20Compliance } }`;

describe('analytics pages in Chromium against the real API', () => {
  let e2e: E2E;
  let leaderApi: Api;
  let plannerApi: Api;
  const expected = expectedFigures();

  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
    await e2e.addUser('perencana.kdi', Role.TRAINING_PLANNER, { agencyCode: 'KDI' });
    await e2e.addUser('analis.mlf', Role.ANALYST, { agencyCode: 'MLF' });
    // An employee with no subordinates (anyone with reports also acts as their SUPERVISOR, SPEC §6).
    await e2e.addUser('pegawai.waode', Role.EMPLOYEE, { employeeNip: '199401252021042001' });
    await e2e.addUser('bkd.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    // Kota Kendari's own predicate for 2025, recorded by its HR admin: the overview checks the pattern of a BAIK unit.
    const hr = await apiFor(e2e.server.url, 'bkd.kdi');
    const ids = await hr.query<{ cycles: { id: string; code: string }[]; agencies: { id: string; code: string }[] }>('{ cycles { id code } agencies { id code } }');
    await hr.query('mutation($i: AgencyResultSetInput!) { agencyResultSet(input: $i) { userErrors { message } } }', { i: {
      cycleId: ids.cycles.find((c) => c.code === '2025-TAHUNAN')!.id, agencyId: ids.agencies.find((a) => a.code === 'KDI')!.id, organisationPredicate: 'BAIK',
    } });
    leaderApi = await apiFor(e2e.server.url, 'pimpinan.kdi');
    plannerApi = await apiFor(e2e.server.url, 'perencana.kdi');
  });
  afterAll(async () => e2e?.close());

  it('leader: the overview shows the API figures and follows the filters kept in the URL', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'pimpinan.kdi');
    // The defaults are written into the address: the latest cycle and the leader's own agency.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('periode') === '2025-TAHUNAN');
    expect(query(page).get('instansi')).toBe('KDI');

    const api = await leaderApi.query<Summary>(SUMMARY, { f: { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' } });
    const kdi2025 = expected['2025-TAHUNAN']!['KDI']!;
    expect(api.analyticsSummary.headcount).toBe(kdi2025.headcount);
    await expectKpi(page, 'headcount', id.integer(api.analyticsSummary.headcount!));
    await expectKpi(page, 'completionRate', id.percent(api.analyticsSummary.completionRate!));
    await expectKpi(page, 'fitIndex', id.decimal(api.analyticsSummary.fitIndex!));
    await expectKpi(page, 'jp20Compliance', id.percent(kdi2025.jp20Compliance!));
    // Change from 2024: completion fell from 88,2% to 79,4%.
    expect(await page.innerText('[data-testid="kpi-completionRate"] [data-testid="kpi-delta"]')).toMatch(/−8,8 poin/);
    // Every figure carries its definition from the schema, in Indonesian.
    expect(await page.getAttribute('[data-testid="kpi-completionRate"] [data-testid="definition"]', 'data-definition'))
      .toBe('Penilaian final ÷ pegawai aktif.');

    for (const card of ['[data-testid="predicate-distribution"]', '[data-testid="trend"]', '.headcount']) await expectChart(page, card);
    // The pattern follows the unit's recorded predicate; the reader is not asked for it.
    expect(await page.innerText('[data-testid="unit-predicate"]')).toContain('Baik');
    expect(await page.innerText('[data-testid="pattern-rules"]')).toContain('Baik paling banyak 70%');
    await e2e.screenshot(page, 'overview-leader');

    // Another cycle: the URL changes and so do the figures.
    await page.selectOption('[data-testid="filter-cycle"]', '2024-TAHUNAN');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('periode') === '2024-TAHUNAN');
    await expectKpi(page, 'completionRate', id.percent(expected['2024-TAHUNAN']!['KDI']!.completionRate!));

    // Another agency, from the tree picker.
    await page.selectOption('[data-testid="filter-cycle"]', '2025-TAHUNAN');
    await pickAgency(page, 'KDI-DINKES');
    const dinkes = await leaderApi.query<Summary>(SUMMARY, { f: { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI-DINKES' } });
    await expectKpi(page, 'headcount', id.integer(dinkes.analyticsSummary.headcount!));
    await expectKpi(page, 'completionRate', id.percent(dinkes.analyticsSummary.completionRate!));
    expect(dinkes.analyticsSummary.headcount).toBe(expected['2025-TAHUNAN']!['KDI-DINKES']!.headcount);

    // A narrowing: only functional positions. The URL keeps it, the headcount follows the API.
    await page.click('[data-testid="filter-position"] > button');
    await page.check('[data-testid="filter-position"] input[value="FUNGSIONAL"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('jabatan') === 'FUNGSIONAL');
    const functional = await leaderApi.query<Summary>(SUMMARY, {
      f: { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI-DINKES', positionTypes: ['FUNGSIONAL'] },
    });
    expect(functional.analyticsSummary.headcount).toBeLessThan(dinkes.analyticsSummary.headcount!);
    await expectKpi(page, 'headcount', id.integer(functional.analyticsSummary.headcount!));

    // The link reproduces the view in a fresh page.
    const link = page.url();
    const { page: second, errors: secondErrors } = await e2e.newPage();
    await e2e.signIn(second, 'pimpinan.kdi');
    await second.goto(link);
    await expectKpi(second, 'headcount', id.integer(functional.analyticsSummary.headcount!));
    expect(await second.innerText('[data-testid="page-scope"]')).toContain('Dinas Kesehatan Kota Kendari');

    // English on request.
    await second.click('button[lang="en"]');
    await second.waitForFunction(() => document.body.innerText.includes('Active employees'));
    await e2e.screenshot(second, 'overview-english');
    await second.click('button[lang="id"]');
    expect(secondErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leader: agency comparison, the 9-box and a profile from its member list', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'pimpinan.kdi');
    await page.click('[data-nav="agencies"]');
    await page.waitForURL(/\/instansi\?/);
    await expectChart(page, '[data-testid="predicates-by-agency"]');
    await expectChart(page, '[data-testid="completion-fit"]');
    const table = await page.innerText('[data-testid="comparison-data"]');
    expect(table).toContain('Seluruh Pemerintah Kota Kendari');
    // BKPSDM: 22 employees, 81,8% completed (small.expected.json).
    const bkd = expected['2025-TAHUNAN']!['KDI-BKD']!;
    const bkdRow = page.locator('[data-testid="comparison-data"] tr', { hasText: 'Badan Kepegawaian dan Pengembangan SDM' });
    expect(await bkdRow.innerText()).toContain(id.percent(bkd.completionRate!));
    // The table sorts by a column on a click of its heading.
    await page.click('[data-testid="comparison-data"] th:nth-child(2) button');
    await expect.poll(() => page.getAttribute('[data-testid="comparison-data"] th:nth-child(2)', 'aria-sort')).toBe('descending');
    await e2e.screenshot(page, 'comparison-leader');

    await page.click('[data-nav="talent"]');
    await page.waitForURL(/\/talenta\?/);
    await expectChart(page, '[data-testid="nine-box"]');
    const kdi = expected['2025-TAHUNAN']!['KDI']!;
    const placed = Object.values(kdi.nineBox).reduce((a, b) => a + b, 0);
    await expectKpi(page, 'placed', id.integer(placed));
    // A click on box 8 in the grid lists its people.
    await clickChartAt(page, '[data-testid="nine-box"]', ['HIGH', 'MEETS']);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kotak') === '8');
    await page.waitForSelector('[data-testid="talent-members-table"] [data-testid="profile-link"]');
    expect(await page.locator('[data-testid="talent-members-table"] tbody tr').count()).toBe(kdi.nineBox['8']);
    await e2e.screenshot(page, 'talent-leader');

    const name = (await page.locator('[data-testid="talent-members-table"] [data-testid="profile-link"]').first().innerText()).trim();
    await page.locator('[data-testid="talent-members-table"] [data-testid="profile-link"]').first().click();
    await page.waitForURL(/\/pegawai\/\d+/);
    await page.waitForSelector('[data-testid="employee-identity"]');
    expect(await page.innerText('h1')).toBe(name);
    await expectChart(page, '[data-testid="competency-profile"]');
    await expectChart(page, '[data-testid="predicate-history"]');
    await e2e.screenshot(page, 'profile-leader');
    expect(errors).toEqual([]);
  });

  it('training planner: drills down from the heatmap to the people with a gap and to a profile', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'perencana.kdi');
    await page.click('[data-nav="gaps"]');
    await page.waitForURL(/\/kesenjangan\?/);
    await expectChart(page, '[data-testid="gap-heatmap"]');
    await expectChart(page, '[data-testid="gap-burden"]');
    await e2e.screenshot(page, 'gaps-planner');

    // The measure switch is kept in the URL.
    await page.click('[data-testid="gap-measure"] [data-value="burden"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ukuran') === 'burden');

    // A cell of BKPSDM × Integritas: the agency filter goes down to BKPSDM and M01 is chosen.
    await clickChartAt(page, '[data-testid="gap-heatmap"]', ['CHILD:KDI-BKD', 'M01']);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('instansi') === 'KDI-BKD');
    expect(query(page).get('kompetensi')).toBe('M01');
    await page.waitForSelector('[data-testid="agency-path"]');
    interface People { gapEmployees: { totalCount: number } }
    const PEOPLE = `query($f: AnalyticsFilter!) { gapEmployees(filter: $f, competencyCode: "M01", first: 1) { totalCount } }`;
    const bkd = await plannerApi.query<People>(PEOPLE, { f: { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI-BKD' } });
    await page.waitForSelector('[data-testid="gap-people-table"] [data-testid="profile-link"]');
    expect(await page.locator('[data-testid="gap-people-table"] tbody tr').count()).toBe(bkd.gapEmployees.totalCount);

    // Down once more, to a unit, whose people are listed.
    await expectChart(page, '[data-testid="gap-heatmap"]');
    await page.waitForTimeout(300);
    await clickChartAt(page, '[data-testid="gap-heatmap"]', ['CHILD:KDI-BKD-MUT', 'M01']);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('instansi') === 'KDI-BKD-MUT');
    const unit = await plannerApi.query<People>(PEOPLE, { f: { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI-BKD-MUT' } });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="gap-people-table"] tbody tr').length === n,
      unit.gapEmployees.totalCount,
    );
    await e2e.screenshot(page, 'gaps-drilldown');

    const first = page.locator('[data-testid="gap-people-table"] [data-testid="profile-link"]').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/pegawai\/\d+\?periode=2025-TAHUNAN/);
    await page.waitForSelector('[data-testid="employee-identity"]');
    expect(await page.innerText('h1')).toBe(name);
    await expectChart(page, '[data-testid="competency-profile"]');
    // The person was listed for a gap in Integritas: the profile shows it.
    expect(await page.locator('[data-testid="competency-profile"] tr', { hasText: 'Integritas' }).locator('.badge--bad').count()).toBe(1);
    await e2e.screenshot(page, 'profile-planner');

    // Back to the heatmap, and up the agency path.
    await page.goBack();
    await page.waitForSelector('[data-testid="agency-path"]');
    await page.click('[data-testid="agency-path"] button:first-child');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('instansi') === 'KDI');

    // Training needs: catalogue holes marked, costs in rupiah, 20 JP by agency.
    await page.click('[data-nav="training"]');
    await page.waitForURL(/\/pelatihan\?/);
    await expectChart(page, '[data-testid="training-needs-chart"]');
    await expectChart(page, '[data-testid="jp20-chart"]');
    await expectKpi(page, 'jp20', id.percent(expected['2025-TAHUNAN']!['KDI']!.jp20Compliance!));
    expect(await page.locator('[data-testid="catalogue-hole"]').count()).toBeGreaterThan(0);
    expect(await page.innerText('[data-testid="training-needs-table"]')).toContain('Rp');
    // The table is exported as CSV with a byte-order mark for Excel.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="training-needs-table"] [data-testid="csv-export"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kinerja-rencana-pelatihan-.*\.csv$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toContain('Kompetensi');
    await e2e.screenshot(page, 'training-planner');
    expect(errors).toEqual([]);
  });

  it('analyst: aggregates only, small groups hidden in words, and the explorer', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'analis.mlf');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('instansi') === 'MLF');
    await expectKpi(page, 'headcount', id.integer(expected['2025-TAHUNAN']!['MLF']!.headcount));
    await e2e.screenshot(page, 'overview-analyst');
    // Whole agencies only: no position-type or employment-type cut to subtract from the whole.
    expect(await page.locator('[data-testid="filter-position"], [data-testid="filter-employment"]').count()).toBe(0);
    expect(await page.locator('[data-testid="filter-category"]').count()).toBeGreaterThan(0);

    // Sekretariat Daerah Maulafa has 3 employees: suppressed, in words, never 0.
    await pickAgency(page, 'MLF-SETDA');
    await expectKpi(page, 'headcount', 'disembunyikan (kelompok < 5 orang)');
    expect(await page.innerText('[data-testid="predicate-distribution"]')).toContain('Disembunyikan');
    await e2e.screenshot(page, 'overview-analyst-suppressed');

    await pickAgency(page, 'MLF');
    await page.click('[data-nav="agencies"]');
    await page.waitForURL(/\/instansi\?/);
    const setda = page.locator('[data-testid="comparison-data"] tr', { hasText: 'Sekretariat Daerah Maulafa' });
    await setda.waitFor();
    expect(await setda.innerText()).toContain('disembunyikan (kelompok < 5 orang)');
    await expectChart(page, '[data-testid="predicates-by-agency"]');
    await e2e.screenshot(page, 'comparison-analyst');

    await page.click('[data-nav="gaps"]');
    await page.waitForURL(/\/kesenjangan\?/);
    await expectChart(page, '[data-testid="gap-heatmap"]');
    await page.waitForSelector('[data-testid="people-hidden"]');
    await page.click('[data-nav="talent"]');
    await page.waitForURL(/\/talenta\?/);
    await expectChart(page, '[data-testid="nine-box"]');
    await page.waitForSelector('[data-testid="people-hidden"]');
    await page.click('[data-nav="training"]');
    await page.waitForURL(/\/pelatihan\?/);
    await expectChart(page, '[data-testid="jp20-chart"]');
    await e2e.screenshot(page, 'training-analyst');
    // No names anywhere, and no way into a profile.
    expect(await page.locator('[data-testid="profile-link"]').count()).toBe(0);
    await page.goto(`${e2e.server.url}/pegawai/1`);
    await page.waitForURL((url) => url.pathname === '/');

    // The explorer: the API's IDE in a frame, signed in through the session cookie.
    await page.click('[data-nav="explorer"]');
    await page.waitForURL(/\/penjelajah/);
    // GraphiQL has loaded with the example queries the API ships as tabs.
    const frame = page.frameLocator('[data-testid="explorer-frame"]');
    await frame.locator('.graphiql-execute-button').first().waitFor({ timeout: 30_000 });
    await frame.locator('.graphiql-tab', { hasText: 'Viewer' }).first().waitFor();
    expect(await page.getAttribute('[data-testid="explorer-open"]', 'href')).toBe('/explorer/');
    const viewer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { username } }' }),
      });
      return (await response.json()) as { data: { viewer: { username: string } | null } };
    });
    expect(viewer.data.viewer?.username).toBe('analis.mlf');
    await e2e.screenshot(page, 'explorer-analyst');

    // Signing out ends the cookie session too (sessionDelete).
    await page.click('[data-testid="sign-out"]');
    await page.waitForURL(/\/masuk/);
    const after = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { username } }' }),
      });
      return (await response.json()) as { data: { viewer: unknown } };
    });
    expect(after.data.viewer).toBeNull();
    expect(errors).toEqual([]);
  });

  it('employee: sees only their own SKP and profile', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'pegawai.waode');
    // An employee starts on Kinerja Saya, their own SKP.
    await page.waitForURL(/\/kinerja$/);
    expect(await page.locator('nav [data-nav]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nav')))).toEqual([
      'myAppraisal', 'myProfile', 'explorer',
    ]);
    await page.click('[data-nav="myProfile"]');
    await page.waitForURL(/\/pegawai\/\d+/);
    await page.waitForSelector('[data-testid="employee-identity"]');
    expect(await page.innerText('h1')).toBe('Wa Ode Lado');
    await expectChart(page, '[data-testid="competency-profile"]');
    await e2e.screenshot(page, 'profile-employee');
    // Analytics pages send them back to their own SKP.
    await page.goto(`${e2e.server.url}/kesenjangan`);
    await page.waitForURL(/\/kinerja$/);
    expect(errors).toEqual([]);
  });
});
