/*
 * Every figure of fixtures/small.expected.json — every cycle, every agency subtree, every
 * competency, training need, predicate and 9-box cell — from the facts and from the base tables.
 */
import { NINE_BOXES, PREDICATES } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveScope, type AnalyticsScope } from './analytics-scope.js';
import type { AnalyticsSource } from './analytics-sql.js';
import { EFFECT_FIGURES, expectClose, loadedDatabase, smallExpected, type ExpectedFigures, type LoadedDatabase } from '../testing/analytics-testing.js';
import { analyticsDrift } from './analytics-refresh.js';
import { competencyGaps, type CompetencyGapRow } from './competency-gaps.query.js';
import { agencyComparison, summary, trend, type SummaryRow } from './summary.query.js';
import { talentBoxes } from './talent-boxes.query.js';
import { trainingEffectiveness } from './training-effect.query.js';
import { trainingNeeds } from './training-needs.query.js';

const expected = smallExpected();
const cases = Object.entries(expected).flatMap(([cycleCode, agencies]) =>
  Object.entries(agencies).map(([agencyCode, figures]) => ({ cycleCode, agencyCode, figures })));
const SOURCES: AnalyticsSource[] = ['FACTS', 'BASE_TABLES'];

let loaded: LoadedDatabase;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
});
afterAll(async () => loaded?.close());

function scopeOf(cycleCode: string, agencyCode: string): Promise<AnalyticsScope> {
  return resolveScope(loaded.sql, { cycleCode, agencyCode });
}

function checkSummary(row: SummaryRow, want: ExpectedFigures, label: string): void {
  expect(row.suppressed, label).toBe(false);
  expect(row.headcount, `${label} headcount`).toBe(want.headcount);
  expect(row.appraisals, `${label} appraisals`).toBe(want.appraisals);
  expect(row.finalized, `${label} finalized`).toBe(want.finalized);
  expectClose(row.completionRate, want.completionRate, `${label} completionRate`);
  expectClose(row.fitIndex, want.fitIndex, `${label} fitIndex`);
  expectClose(row.jp20Compliance, want.jp20Compliance, `${label} jp20Compliance`);
  expectClose(row.selfSupervisorDiff, want.selfSupervisorDiff, `${label} selfSupervisorDiff`);
  expect(row.predicateDistribution?.map((d) => d.predicate), `${label} predicates`).toEqual(PREDICATES);
  for (const d of row.predicateDistribution ?? []) {
    expect(d.count, `${label} ${d.predicate}`).toBe(want.predicateDistribution[d.predicate]);
    expectClose(d.share, want.finalized === 0 ? null : want.predicateDistribution[d.predicate]! / want.finalized, `${label} ${d.predicate} share`);
  }
}

function checkGaps(rows: CompetencyGapRow[], want: ExpectedFigures, label: string): void {
  expect(rows.map((r) => r.competencyCode).sort(), `${label} competencies`).toEqual(Object.keys(want.competencies).sort());
  for (const row of rows) {
    const gap = want.competencies[row.competencyCode]!;
    const at = `${label} ${row.competencyCode}`;
    expect(row.assessed, `${at} assessed`).toBe(gap.assessed);
    expect(row.unassessed, `${at} unassessed`).toBe(gap.unassessed);
    expect(row.withGap, `${at} withGap`).toBe(gap.withGap);
    expect(row.burden, `${at} burden`).toBe(gap.burden);
    expect(row.employees, `${at} employees`).toBe(gap.assessed + gap.unassessed);
    expectClose(row.gapRate, gap.gapRate, `${at} gapRate`);
    expectClose(row.meanGap, gap.meanGap, `${at} meanGap`);
  }
}

describe.each(SOURCES)('figures of the small fixture from %s', (source) => {
  it.each(cases)('$cycleCode $agencyCode: summary', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    checkSummary(await summary(loaded.sql, scope, { source }), figures, `${cycleCode} ${agencyCode}`);
  });

  it.each(cases)('$cycleCode $agencyCode: competency gaps', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    const rows = await competencyGaps(loaded.sql, scope, 'COMPETENCY', { source });
    expect(rows.every((r) => r.agencyId === null && r.grouping === null)).toBe(true);
    checkGaps(rows, figures, `${cycleCode} ${agencyCode}`);
  });

  it.each(cases)('$cycleCode $agencyCode: training needs and 20 JP', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    const result = await trainingNeeds(loaded.sql, scope, { source });
    const label = `${cycleCode} ${agencyCode}`;
    expectClose(result.jp20Compliance, figures.jp20Compliance, `${label} jp20Compliance`);
    expect(result.needs.map((n) => n.competencyCode).sort(), `${label} needs`).toEqual(Object.keys(figures.trainingNeeds).sort());
    for (const need of result.needs) {
      const want = figures.trainingNeeds[need.competencyCode]!;
      const at = `${label} ${need.competencyCode}`;
      expect(need.employeesWithGap, `${at} employeesWithGap`).toBe(want.employeesWithGap);
      expect(need.burden, `${at} burden`).toBe(want.burden);
      expect(need.uncoveredEmployees, `${at} uncovered`).toBe(want.uncoveredEmployees);
      expect(Object.fromEntries((need.programs ?? []).map((p) => [p.programCode, p.participants])), `${at} programs`).toEqual(want.programs);
      expectClose(need.estimatedHoursJp, want.estimatedHoursJp, `${at} estimatedHoursJp`);
      expectClose(need.estimatedCost, want.estimatedCost, `${at} estimatedCost`);
      // Programme totals add up to the competency's estimate.
      expectClose((need.programs ?? []).reduce((s, p) => s + p.cost, 0), want.estimatedCost, `${at} Σ cost`);
    }
  });

  it.each(cases)('$cycleCode $agencyCode: training effectiveness', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    const rows = await trainingEffectiveness(loaded.sql, scope, { source });
    const label = `${cycleCode} ${agencyCode}`;
    expect(rows.map((r) => r.programCode).sort(), `${label} programmes`).toEqual(Object.keys(figures.trainingEffect).sort());
    for (const row of rows) {
      const want = figures.trainingEffect[row.programCode]!;
      const at = `${label} ${row.programCode}`;
      expect(row.suppressed, at).toBe(false);
      expect(row.trained, `${at} trained`).toBe(want.trained);
      expect(row.comparison, `${at} comparison`).toBe(want.comparison);
      for (const figure of EFFECT_FIGURES) expectClose(row[figure], want[figure], `${at} ${figure}`);
    }
  });

  it.each(cases)('$cycleCode $agencyCode: 9-box', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    const result = await talentBoxes(loaded.sql, scope, { source });
    expect(result.boxes.map((b) => b.box)).toEqual(NINE_BOXES.map((c) => c.box));
    expect(Object.fromEntries(result.boxes.map((b) => [String(b.box), b.count]))).toEqual(figures.nineBox);
  });

  it.each(cases)('$cycleCode $agencyCode: agency comparison and gaps by agency', async ({ cycleCode, agencyCode, figures }) => {
    const scope = await scopeOf(cycleCode, agencyCode);
    const label = `${cycleCode} ${agencyCode}`;
    const rows = await agencyComparison(loaded.sql, scope, { source });
    const [whole, ...parts] = rows;
    expect(whole?.grouping).toBe('SCOPE');
    expect(whole?.agencyCode).toBe(agencyCode);
    checkSummary(whole!, figures, `${label} SCOPE`);
    // Every child appears with its whole subtree's figures (each child is a key of the fixture).
    const children = parts.filter((r) => r.grouping === 'CHILD');
    for (const child of children) checkSummary(child, expected[cycleCode]![child.agencyCode]!, `${label} CHILD ${child.agencyCode}`);
    // The parts add up to the whole.
    expect(parts.reduce((n, r) => n + (r.headcount ?? 0), 0)).toBe(figures.headcount);
    expect(parts.reduce((n, r) => n + (r.finalized ?? 0), 0)).toBe(figures.finalized);

    const gapRows = await competencyGaps(loaded.sql, scope, 'AGENCY', { source });
    for (const child of children) {
      checkGaps(gapRows.filter((r) => r.agencyId === child.agencyId && r.grouping === 'CHILD'), expected[cycleCode]![child.agencyCode]!,
        `${label} gaps of ${child.agencyCode}`);
    }
    for (const [code, gap] of Object.entries(figures.competencies)) {
      const partsOf = gapRows.filter((r) => r.competencyCode === code);
      expect(partsOf.reduce((n, r) => n + (r.assessed ?? 0), 0), `${label} ${code} Σ assessed`).toBe(gap.assessed);
      expect(partsOf.reduce((n, r) => n + (r.burden ?? 0), 0), `${label} ${code} Σ burden`).toBe(gap.burden);
    }
  });
});

describe('trend', () => {
  it.each(Object.keys(expected[Object.keys(expected)[0]!]!))('%s: one summary per cycle up to the scope cycle, oldest first', async (agencyCode) => {
    const cycles = Object.keys(expected).sort();
    const last = cycles[cycles.length - 1]!;
    const rows = await trend(loaded.sql, await scopeOf(last, agencyCode));
    expect(rows.map((r) => r.cycleCode)).toEqual(cycles);
    rows.forEach((row) => checkSummary(row, expected[row.cycleCode]![agencyCode]!, `trend ${row.cycleCode} ${agencyCode}`));
    // A trend asked for at the first cycle stops there.
    const first = await trend(loaded.sql, await scopeOf(cycles[0]!, agencyCode));
    expect(first.map((r) => r.cycleCode)).toEqual([cycles[0]]);
  });
});

describe('facts maintained by the triggers during the import', () => {
  it('equal a fresh derivation from the base tables', async () => {
    expect(Object.values(await analyticsDrift(loaded.sql)).every((n) => n === 0)).toBe(true);
  });
});
