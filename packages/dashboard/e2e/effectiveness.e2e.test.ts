import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import path from 'node:path';
import { SCREENSHOT_DIR, startE2E, type E2E } from './harness.js';
import { apiFor, id, type Api } from './api.js';
import { expectChart, expectKpi } from './page-helpers.js';

// The training-effectiveness page in Chromium: every figure on screen equals what the API answers for
// the same filter, the participants listed are the API's, analysts see no small group and no names,
// and the page reads at 1440 px and at 390 px without sideways scrolling.

interface Effect {
  program: { code: string; title: string };
  trained: number | null;
  comparison: number | null;
  closed: number | null;
  closedRate: number | null;
  effect: number | null;
  costPerParticipant: number;
  costPerClosedGap: number | null;
  suppressed: boolean;
}
const EFFECTS = `query($f: AnalyticsFilter!) { trainingEffectiveness(filter: $f) {
  program { code title } trained comparison closed closedRate effect costPerParticipant costPerClosedGap suppressed } }`;
const MEMBERS = `query($f: AnalyticsFilter!, $p: String!) { trainingEffectMembers(filter: $f, programCode: $p, first: 100) {
  totalCount nodes { employee { name } levelBefore levelAfter } } }`;

const signed = (v: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(v).replace(/^-/, '−');
const rupiah = (v: number) =>
  new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(v)
    .replace(/^Rp\s?/, 'Rp\u00a0').replace(/^-/, '−');
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('training effectiveness page in Chromium against the real API', () => {
  let e2e: E2E;
  let plannerApi: Api;
  const filter = { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' };
  const url = () => `${e2e.server.url}/efektivitas?periode=2025-TAHUNAN&instansi=KDI`;

  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('perencana.kdi', Role.TRAINING_PLANNER, { agencyCode: 'KDI' });
    await e2e.addUser('analis.kdi', Role.ANALYST, { agencyCode: 'KDI' });
    plannerApi = await apiFor(e2e.server.url, 'perencana.kdi');
  });
  afterAll(async () => e2e?.close());

  it('planner (1440 px): KPIs, chart and every table figure equal the API; a programme lists its participants', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'perencana.kdi');
    await page.click('[data-nav="effectiveness"]');
    await page.waitForURL((u) => u.pathname === '/efektivitas');
    await page.goto(url());

    const rows = (await plannerApi.query<{ trainingEffectiveness: Effect[] }>(EFFECTS, { f: filter })).trainingEffectiveness;
    expect(rows.length).toBeGreaterThan(3);
    const trained = rows.reduce((n, r) => n + r.trained!, 0);
    const closed = rows.reduce((n, r) => n + r.closed!, 0);
    await expectKpi(page, 'programs', id.integer(rows.length));
    await expectKpi(page, 'trained', id.integer(trained));
    await expectKpi(page, 'closed', id.percent(closed / trained));
    expect(text(await page.innerText('[data-testid="kpi-cost-per-closed"] .kpi__hint')))
      .toContain(text(rupiah(rows.reduce((n, r) => n + r.costPerParticipant * r.trained!, 0) / closed)));
    await expectChart(page, '[data-testid="effect-chart"]');

    for (const row of rows) {
      const cells = page.locator(`[data-testid="effect-table"] tr:has([data-program="${row.program.code}"]) td`);
      const all = (await cells.allInnerTexts()).map(text);
      expect(all.join(' | '), row.program.code).toContain(row.program.title);
      expect(all[2], `${row.program.code} trained`).toBe(id.integer(row.trained!));
      expect(all[3], `${row.program.code} comparison`).toBe(id.integer(row.comparison!));
      expect(all[5], `${row.program.code} closed`).toBe(new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(row.closedRate!));
      expect(all[7], `${row.program.code} effect`).toBe(row.effect === null ? 'tidak ada data' : text(signed(row.effect)));
      expect(all[8], `${row.program.code} cost per closed gap`).toBe(row.costPerClosedGap === null ? 'tidak ada data' : text(rupiah(row.costPerClosedGap)));
    }
    // The first row is the largest effect: the table is ranked like the chart.
    const best = [...rows].filter((r) => r.effect !== null).sort((a, b) => b.effect! - a.effect!)[0]!;
    expect(await page.getAttribute('[data-testid="effect-table"] tbody tr:first-child [data-program]', 'data-program')).toBe(best.program.code);
    // Definitions on the figures, in Indonesian.
    expect(await page.getAttribute('[data-testid="kpi-closed"] [data-testid="definition"]', 'data-definition')).toMatch(/^Bagian peserta/);
    await e2e.screenshot(page, 'effectiveness-planner-1440');

    // Choosing a programme lists exactly the API's participants.
    const pick = rows.find((r) => r.program.code === 'PL-KEP')!;
    await page.click(`[data-testid="effect-table"] button[data-program="${pick.program.code}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('program') === 'PL-KEP');
    const members = (await plannerApi.query<{ trainingEffectMembers: { totalCount: number; nodes: { employee: { name: string } }[] } }>(
      MEMBERS, { f: filter, p: pick.program.code })).trainingEffectMembers;
    expect(members.totalCount).toBe(pick.trained);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="effect-people-table"] tbody tr').length === n, members.totalCount);
    const names = await page.locator('[data-testid="effect-people-table"] tbody tr td:first-child').allInnerTexts();
    for (const member of members.nodes) expect(names.some((n) => n.includes(member.employee.name)), member.employee.name).toBe(true);
    await e2e.screenshot(page, 'effectiveness-planner-people');
    expect(errors).toEqual([]);
  });

  it('phone (390 px): the same page without sideways scrolling', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await e2e.signIn(page, 'perencana.kdi');
    await page.goto(url());
    await expectKpi(page, 'programs', id.integer(
      (await plannerApi.query<{ trainingEffectiveness: Effect[] }>(EFFECTS, { f: filter })).trainingEffectiveness.length));
    await expectChart(page, '[data-testid="effect-chart"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each programme is a card with every figure labelled; the wide table is not shown.
    const rows = (await plannerApi.query<{ trainingEffectiveness: Effect[] }>(EFFECTS, { f: filter })).trainingEffectiveness;
    expect(await page.locator('[data-testid="effect-cards"] li').count()).toBe(rows.length);
    expect(await page.locator('[data-testid="effect-table"] .table-wrap').isVisible()).toBe(false);
    for (const row of rows) {
      const card = text(await page.locator(`[data-testid="effect-cards"] li:has([data-card-program="${row.program.code}"])`).innerText());
      expect(card, row.program.code).toContain(`Efek ${row.effect === null ? 'tidak ada data' : text(signed(row.effect))}`);
    }
    await e2e.screenshot(page, 'effectiveness-phone-390');
    // What a phone shows at a time: the chart, then the programme cards.
    for (const [part, selector] of [['chart', 'effect-chart'], ['cards', 'effect-cards']] as const) {
      await page.locator(`[data-testid="${selector}"]`).evaluate((el) => el.scrollIntoView());
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `effectiveness-phone-390-${part}.png`) });
    }
    await page.close();
  });

  it('analyst: small groups hidden with the reason, no participant list', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'analis.kdi');
    await page.goto(url());
    await page.waitForSelector('[data-testid="effect-table"] tbody tr');
    const analystApi = await apiFor(e2e.server.url, 'analis.kdi');
    const rows = (await analystApi.query<{ trainingEffectiveness: Effect[] }>(EFFECTS, { f: filter })).trainingEffectiveness;
    expect(rows.every((r) => r.suppressed && r.trained === null)).toBe(true);
    expect(await page.locator('[data-testid="effect-table"] tbody tr').count()).toBe(rows.length);
    expect(await page.innerText('[data-testid="effect-table"]')).toContain('Kelompok kecil: angka disembunyikan');
    await page.waitForSelector('[data-testid="people-hidden"]');
    expect(await page.locator('[data-testid="effect-table"] button[data-program]').count()).toBe(0);
    await e2e.screenshot(page, 'effectiveness-analyst');
  });
});
