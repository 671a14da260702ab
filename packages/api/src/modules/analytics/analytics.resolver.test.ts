import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

interface ExpectedGap { assessed: number; unassessed: number; withGap: number; gapRate: number; meanGap: number; burden: number }
interface ExpectedNeed { burden: number; employeesWithGap: number; estimatedCost: number; estimatedHoursJp: number; programs: Record<string, number>; uncoveredEmployees: number }
interface ExpectedFigures {
  headcount: number; appraisals: number; finalized: number; completionRate: number; fitIndex: number;
  jp20Compliance: number; selfSupervisorDiff: number;
  predicateDistribution: Record<string, number>;
  nineBox: Record<string, number>;
  competencies: Record<string, ExpectedGap>;
  trainingNeeds: Record<string, ExpectedNeed>;
  trainingEffect: Record<string, ExpectedEffect>;
}
interface ExpectedEffect {
  trained: number; comparison: number; meanGapBefore: number | null; meanGapAfter: number | null; closedRate: number | null;
  meanLevelChange: number | null; comparisonMeanLevelChange: number | null; effect: number | null;
}
const EFFECT_FIGURES = ['meanGapBefore', 'meanGapAfter', 'closedRate', 'meanLevelChange', 'comparisonMeanLevelChange', 'effect'] as const;
interface EffectRow extends ExpectedEffect {
  program: { code: string; title: string }; competency: { code: string }; previousCycle: { code: string };
  closed: number | null; costPerParticipant: number; costPerClosedGap: number | null; suppressed: boolean;
}
const EFFECTS = `query Effects($filter: AnalyticsFilter!) {
  trainingEffectiveness(filter: $filter) {
    program { code title } competency { code } previousCycle { code } trained comparison meanGapBefore meanGapAfter
    closed closedRate meanLevelChange comparisonMeanLevelChange effect costPerParticipant costPerClosedGap suppressed
  }
}`;
const EXPECTED: Record<string, Record<string, ExpectedFigures>> =
  JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'small.expected.json'), 'utf8'));

const FIGURES = `query Figures($filter: AnalyticsFilter!) {
  analyticsSummary(filter: $filter) {
    headcount appraisals finalized completionRate fitIndex gapRate selfSupervisorDiff jp20Compliance suppressed
    predicateDistribution { predicate count share }
  }
  competencyGaps(filter: $filter) { competency { code } assessed unassessed withGap gapRate meanGap burden employees }
  trainingNeeds(filter: $filter) {
    jp20Compliance
    needs { competency { code } employeesWithGap burden estimatedHoursJp estimatedCost uncoveredEmployees
      programs { program { code } participants hoursJp cost } }
  }
  talentBoxes(filter: $filter) { placed boxes { box count followUp followUpId } }
}`;

interface Figures {
  analyticsSummary: { headcount: number; appraisals: number; finalized: number; completionRate: number | null; fitIndex: number | null; selfSupervisorDiff: number | null; jp20Compliance: number | null; predicateDistribution: { predicate: string; count: number; share: number | null }[] };
  competencyGaps: { competency: { code: string }; assessed: number; unassessed: number; withGap: number; gapRate: number | null; meanGap: number | null; burden: number }[];
  trainingNeeds: { jp20Compliance: number | null; needs: { competency: { code: string }; employeesWithGap: number; burden: number; estimatedHoursJp: number; estimatedCost: number; uncoveredEmployees: number; programs: { program: { code: string }; participants: number }[] }[] };
  talentBoxes: { placed: number; boxes: { box: number; count: number; followUp: string }[] };
}

const close = (actual: number | null | undefined, expected: number, label: string) =>
  expect(actual, label).toBeCloseTo(expected, 6);

describe('analytics over GraphQL against small.expected.json', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('analis.kdi', Role.ANALYST, { agencyCode: 'KDI' });
    await app.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  const cases = Object.entries(EXPECTED).flatMap(([cycle, agencies]) =>
    Object.keys(agencies).map((agency) => [cycle, agency] as const));

  it.each(cases)('%s × %s: every figure matches', async (cycle, agency) => {
    const expected = EXPECTED[cycle]![agency]!;
    const statementsBefore = app.queryCount();
    const data = await app.execute<Figures>(FIGURES, { filter: { cycleCode: cycle, agencyCode: agency } });
    // A bounded number of SQL statements however many rows come back (no N+1).
    expect(app.queryCount() - statementsBefore).toBeLessThanOrEqual(20);

    const s = data.analyticsSummary;
    expect(s.headcount).toBe(expected.headcount);
    expect(s.appraisals).toBe(expected.appraisals);
    expect(s.finalized).toBe(expected.finalized);
    close(s.completionRate, expected.completionRate, 'completionRate');
    close(s.fitIndex, expected.fitIndex, 'fitIndex');
    close(s.jp20Compliance, expected.jp20Compliance, 'jp20Compliance');
    close(s.selfSupervisorDiff, expected.selfSupervisorDiff, 'selfSupervisorDiff');
    expect(Object.fromEntries(s.predicateDistribution.map((p) => [p.predicate, p.count]))).toEqual(expected.predicateDistribution);
    close(data.trainingNeeds.jp20Compliance, expected.jp20Compliance, 'trainingNeeds.jp20Compliance');

    const gaps = Object.fromEntries(data.competencyGaps.map((g) => [g.competency.code, g]));
    expect(Object.keys(gaps).sort()).toEqual(Object.keys(expected.competencies).sort());
    for (const [code, e] of Object.entries(expected.competencies)) {
      const g = gaps[code]!;
      expect({ assessed: g.assessed, unassessed: g.unassessed, withGap: g.withGap, burden: g.burden }, code)
        .toEqual({ assessed: e.assessed, unassessed: e.unassessed, withGap: e.withGap, burden: e.burden });
      close(g.gapRate, e.gapRate, `${code}.gapRate`);
      close(g.meanGap, e.meanGap, `${code}.meanGap`);
    }

    const needs = Object.fromEntries(data.trainingNeeds.needs.map((n) => [n.competency.code, n]));
    expect(Object.keys(needs).sort()).toEqual(Object.keys(expected.trainingNeeds).sort());
    for (const [code, e] of Object.entries(expected.trainingNeeds)) {
      const n = needs[code]!;
      expect({ burden: n.burden, employeesWithGap: n.employeesWithGap, uncoveredEmployees: n.uncoveredEmployees }, code)
        .toEqual({ burden: e.burden, employeesWithGap: e.employeesWithGap, uncoveredEmployees: e.uncoveredEmployees });
      close(n.estimatedCost, e.estimatedCost, `${code}.estimatedCost`);
      close(n.estimatedHoursJp, e.estimatedHoursJp, `${code}.estimatedHoursJp`);
      expect(Object.fromEntries(n.programs.map((p) => [p.program.code, p.participants])), `${code}.programs`).toEqual(e.programs);
    }

    expect(Object.fromEntries(data.talentBoxes.boxes.map((b) => [String(b.box), b.count]))).toEqual(expected.nineBox);
    expect(data.talentBoxes.placed).toBe(Object.values(expected.nineBox).reduce((a, b) => a + b, 0));
  });

  it.each(cases)('%s × %s: every training-effect figure matches', async (cycle, agency) => {
    const expected = EXPECTED[cycle]![agency]!.trainingEffect;
    const { trainingEffectiveness: rows } = await app.execute<{ trainingEffectiveness: EffectRow[] }>(EFFECTS, { filter: { cycleCode: cycle, agencyCode: agency } });
    expect(rows.map((r) => r.program.code).sort()).toEqual(Object.keys(expected).sort());
    for (const row of rows) {
      const want = expected[row.program.code]!;
      expect(row.previousCycle.code).toBe('2024-TAHUNAN');
      expect({ trained: row.trained, comparison: row.comparison, suppressed: row.suppressed }, row.program.code)
        .toEqual({ trained: want.trained, comparison: want.comparison, suppressed: false });
      for (const figure of EFFECT_FIGURES) {
        if (want[figure] === null) expect(row[figure], `${row.program.code}.${figure}`).toBeNull();
        else close(row[figure], want[figure], `${row.program.code}.${figure}`);
      }
      expect(row.closed, `${row.program.code}.closed`).toBe(Math.round(want.closedRate! * want.trained));
      if (row.closed === 0) expect(row.costPerClosedGap).toBeNull();
      else close(row.costPerClosedGap, (row.costPerParticipant * row.trained!) / row.closed!, `${row.program.code}.costPerClosedGap`);
    }
  });

  it('shows training effectiveness to an analyst only for groups of at least 5, and never its people', async () => {
    const filter = { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' };
    const truth = (await app.execute<{ trainingEffectiveness: EffectRow[] }>(EFFECTS, { filter })).trainingEffectiveness;
    const seen = (await app.execute<{ trainingEffectiveness: EffectRow[] }>(EFFECTS, { filter }, { as: 'analis.kdi' })).trainingEffectiveness;
    expect(seen.map((r) => r.program.code)).toEqual(truth.map((r) => r.program.code));
    // Every programme of the fixture has fewer than 5 trained: all suppressed, catalogue data kept.
    expect(truth.every((r) => r.trained! < 5)).toBe(true);
    for (const row of seen) {
      expect(row).toMatchObject({ suppressed: true, trained: null, comparison: null, effect: null, closedRate: null, costPerClosedGap: null });
      expect(row.program.title.length).toBeGreaterThan(0);
    }
    const list = await app.run(`{ trainingEffectMembers(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }, programCode: "PL-KEP") { totalCount } }`,
      undefined, { as: 'analis.kdi' });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the trained members of a programme inside the scope, with their levels before and after', async () => {
    type Members = { trainingEffectMembers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { required: number; levelBefore: number; levelAfter: number; gapBefore: number; gapAfter: number; employee: { name: string; agency: { code: string } } }[] } };
    const query = `query($agency: String!, $after: String) { trainingEffectMembers(filter: { cycleCode: "2025-TAHUNAN", agencyCode: $agency }, programCode: "PL-KEP", first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { required levelBefore levelAfter gapBefore gapAfter employee { name agency { code } } } } }`;
    for (const agency of ['KDI', 'KDI-BKD', 'MLF']) {
      const want = EXPECTED['2025-TAHUNAN']![agency]!.trainingEffect['PL-KEP']!;
      let page = await app.execute<Members>(query, { agency });
      const nodes = [...page.trainingEffectMembers.nodes];
      while (page.trainingEffectMembers.pageInfo.hasNextPage) {
        page = await app.execute<Members>(query, { agency, after: page.trainingEffectMembers.pageInfo.endCursor });
        nodes.push(...page.trainingEffectMembers.nodes);
      }
      expect(page.trainingEffectMembers.totalCount).toBe(want.trained);
      expect(nodes).toHaveLength(want.trained);
      expect(nodes.every((n) => n.employee.agency.code.startsWith(agency))).toBe(true);
      close(nodes.reduce((s, n) => s + n.gapBefore, 0) / nodes.length, want.meanGapBefore!, `${agency} meanGapBefore`);
      close(nodes.reduce((s, n) => s + n.levelAfter - n.levelBefore, 0) / nodes.length, want.meanLevelChange!, `${agency} meanLevelChange`);
      for (const n of nodes) expect(n.gapAfter).toBe(Math.max(0, n.required - n.levelAfter));
    }
    // A leader of KDI does not see Maulafa's trained people.
    const other = await app.run(`{ trainingEffectMembers(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "MLF" }, programCode: "PL-KEP") { totalCount } }`,
      undefined, { as: 'pimpinan.kdi' });
    expect(other.errors?.[0]?.message).toMatch(/no agency "MLF" in your scope/);
  });

  it('suppresses small groups for an analyst and refuses them lists of people', async () => {
    const rows = await app.execute<{ agencyComparison: { grouping: string; agency: { code: string }; headcount: number | null; suppressed: boolean }[] }>(
      `{ agencyComparison(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }) { grouping agency { code } headcount suppressed } }`,
      undefined, { as: 'analis.kdi' });
    expect(rows.agencyComparison.length).toBeGreaterThan(1);
    for (const row of rows.agencyComparison) {
      const size = (await app.execute<{ analyticsSummary: { headcount: number } }>(
        `query($a: String!) { analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: $a }) { headcount } }`,
        { a: row.agency.code })).analyticsSummary.headcount;
      if (row.grouping === 'CHILD' && size < 5) {
        expect(row).toMatchObject({ suppressed: true, headcount: null });
      }
    }
    // Headcounts of small agencies are suppressed too, not only the analytics figures.
    type Counts = { agencies: { code: string; headcount: number | null; directHeadcount: number | null }[] };
    const truth = new Map((await app.execute<Counts>('{ agencies { code headcount directHeadcount } }')).agencies.map((a) => [a.code, a]));
    const seen = (await app.execute<Counts>('{ agencies { code headcount directHeadcount } }', undefined, { as: 'analis.kdi' })).agencies;
    expect(seen.length).toBeGreaterThan(0);
    for (const agency of seen) {
      const real = truth.get(agency.code)!;
      expect(agency.headcount).toBe(real.headcount! < 5 ? null : real.headcount);
      expect(agency.directHeadcount).toBe(real.directHeadcount! < 5 ? null : real.directHeadcount);
    }
    const list = await app.run(`{ gapEmployees(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }, competencyCode: "M01") { totalCount } }`,
      undefined, { as: 'analis.kdi' });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('holds the analyst suppression under differencing: no filter cuts, no part left to subtract', async () => {
    // The head of KDI-BKD would be the difference between the whole agency and every position type
    // but JPT_PRATAMA: analysts cannot cut agencies by person attributes.
    const cut = await app.run(`{ analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI-BKD",
      positionTypes: [ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL] }) { headcount } }`, undefined, { as: 'analis.kdi' });
    expect(cut.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.positionTypes' });
    const byType = await app.run(`{ trend(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI", employmentTypes: [PNS] }) { headcount } }`,
      undefined, { as: 'analis.kdi' });
    expect(byType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.employmentTypes' });

    // SCOPE − the shown parts leaves nobody, or at least 5 people, in every agency of the pemda.
    type Comparison = { agencyComparison: { grouping: string; agency: { code: string }; headcount: number | null; suppressed: boolean }[] };
    const query = `query($a: String!) { agencyComparison(filter: { cycleCode: "2025-TAHUNAN", agencyCode: $a }) { grouping agency { code } headcount suppressed } }`;
    const { agencies } = await app.execute<{ agencies: { code: string }[] }>('{ agencies { code } }', undefined, { as: 'analis.kdi' });
    let checked = 0;
    for (const { code } of agencies) {
      const truth = (await app.execute<Comparison>(query, { a: code })).agencyComparison;
      const seen = (await app.execute<Comparison>(query, { a: code }, { as: 'analis.kdi' })).agencyComparison;
      const scope = seen.find((r) => r.grouping === 'SCOPE')!;
      if (scope.suppressed) continue;
      const hidden = truth.filter((r) => r.grouping !== 'SCOPE' && seen.find((s) => s.grouping === r.grouping && s.agency.code === r.agency.code)!.suppressed);
      const remainder = hidden.reduce((n, r) => n + r.headcount!, 0);
      expect(remainder === 0 || remainder >= 5, `${code}: hidden parts hold ${remainder}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('keeps a leader inside their subtree', async () => {
    const other = await app.run(`{ analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "PAUH" }) { headcount } }`,
      undefined, { as: 'pimpinan.kdi' });
    expect(other.errors?.[0]?.message).toMatch(/no agency "PAUH" in your scope/);
    const own = await app.execute<{ analyticsSummary: { headcount: number } }>(
      `{ analyticsSummary(filter: { cycleCode: "2025-TAHUNAN" }) { headcount } }`, undefined, { as: 'pimpinan.kdi' });
    expect(own.analyticsSummary.headcount).toBe(EXPECTED['2025-TAHUNAN']!.KDI!.headcount);
  });

  it('lists the people with a gap, pages through them, and shows a profile', async () => {
    type Page = { gapEmployees: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { gap: number; employee: { id: string; name: string } }[] } };
    const query = `query($after: String) { gapEmployees(filter: { cycleCode: "2024-TAHUNAN", agencyCode: "KDI" }, competencyCode: "M01", first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { gap employee { id name } } } }`;
    let page = await app.execute<Page>(query);
    expect(page.gapEmployees.totalCount).toBe(EXPECTED['2024-TAHUNAN']!.KDI!.competencies.M01!.withGap);
    const seen = page.gapEmployees.nodes.map((n) => n.employee.id);
    while (page.gapEmployees.pageInfo.hasNextPage) {
      page = await app.execute<Page>(query, { after: page.gapEmployees.pageInfo.endCursor });
      seen.push(...page.gapEmployees.nodes.map((n) => n.employee.id));
    }
    expect(new Set(seen).size).toBe(EXPECTED['2024-TAHUNAN']!.KDI!.competencies.M01!.withGap);
    const profile = await app.execute<{ competencyProfile: { competency: { code: string }; required: number; assessed: number | null; gap: number | null }[] }>(
      `query($id: ID!) { competencyProfile(employeeId: $id, cycleCode: "2024-TAHUNAN") { competency { code } required assessed gap } }`, { id: seen[0] });
    const m01 = profile.competencyProfile.find((r) => r.competency.code === 'M01')!;
    expect(m01.gap).toBeGreaterThanOrEqual(1);
    expect(m01.gap).toBe(m01.required - m01.assessed!);
  });

  it('loads the agencies and competencies of all competencyGaps rows in one statement each, and only when asked', async () => {
    type Row = { agency: { code: string; name: string } | null; competency: { code: string } | null; burden: number };
    const gaps = async (selection: string, fragments = '') => {
      const before = app.queryCount();
      const data = await app.execute<{ competencyGaps: Row[] }>(`query {
        competencyGaps(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }, groupBy: AGENCY) { ${selection} }
      } ${fragments}`);
      return { rows: data.competencyGaps, statements: app.queryCount() - before };
    };
    await gaps('burden'); // the first request as admin opens their session
    const flat = await gaps('burden');
    const nested = await gaps('agency { code name } competency { code } burden');
    // Many rows per agency and per competency, yet one statement for the agencies and one for the competencies.
    expect(nested.rows.length).toBeGreaterThan(new Set(nested.rows.map((r) => r.agency!.code)).size);
    expect(nested.rows.length).toBeGreaterThan(new Set(nested.rows.map((r) => r.competency!.code)).size);
    expect(nested.statements - flat.statements).toBe(2);
    expect(nested.rows.map((r) => r.burden)).toEqual(flat.rows.map((r) => r.burden));
    // Each row carries its own agency (a child of KDI, which has no staff of its own), as the agencies query shows it.
    const { agencies } = await app.execute<{ agencies: { code: string; name: string }[] }>('{ agencies { code name } }');
    const names = new Map(agencies.map((a) => [a.code, a.name]));
    for (const row of nested.rows) expect(row.agency!.name).toBe(names.get(row.agency!.code));
    expect(new Set(nested.rows.map((r) => r.agency!.code))).toEqual(new Set(['KDI-BKD', 'KDI-DINKES']));
    // Asked through a fragment, the agencies are still loaded at once.
    const viaFragment = await gaps('...Names burden', 'fragment Names on CompetencyGapRow { agency { code name } }');
    expect(viaFragment.rows.map((r) => r.agency)).toEqual(nested.rows.map((r) => r.agency));
    expect(viaFragment.statements - flat.statements).toBe(1);
  });

  it("finds the cycles and agencies of every field's filter in one statement, by code or by id, each missing one an error of its own", async () => {
    const { agencies } = await app.execute<{ agencies: { id: string; code: string }[] }>('{ agencies { id code } }');
    const { cycles } = await app.execute<{ cycles: { id: string; code: string }[] }>('{ cycles { id code } }');
    const kdi = agencies.find((a) => a.code === 'KDI')!.id;
    const cycle = cycles.find((c) => c.code === '2025-TAHUNAN')!.id;
    const before = app.queryCount();
    const data = await app.execute<Record<string, { headcount: number }>>(`{
      byCode: analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }) { headcount }
      byId: analyticsSummary(filter: { cycleId: "${cycle}", agencyId: "${kdi}" }) { headcount }
      other: analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "PAUH" }) { headcount }
    }`);
    // The viewer's account, one lookup for the three filters, and the three summaries.
    expect(app.queryCount() - before).toBe(1 + 1 + 3);
    expect(data.byCode?.headcount).toBe(EXPECTED['2025-TAHUNAN']!.KDI!.headcount);
    expect(data.byId?.headcount).toBe(EXPECTED['2025-TAHUNAN']!.KDI!.headcount);
    expect(data.other?.headcount).toBe(EXPECTED['2025-TAHUNAN']!.PAUH!.headcount);
    const refusal = async (filter: string) =>
      (await app.run(`{ analyticsSummary(filter: ${filter}) { headcount } }`)).errors?.map((e) => e.message);
    expect(await refusal('{ cycleCode: "2031-TAHUNAN", agencyCode: "KDI" }')).toEqual(['filter.cycleCode: no cycle "2031-TAHUNAN"']);
    expect(await refusal(`{ cycleId: "x${cycle}", agencyCode: "KDI" }`)).toEqual([`filter.cycleId: no cycle "x${cycle}"`]);
    expect(await refusal('{ cycleCode: "2025-TAHUNAN", agencyCode: "NOWHERE" }')).toEqual(['filter.agencyCode: no agency "NOWHERE" in your scope']);
    expect(await refusal(`{ cycleCode: "2025-TAHUNAN", agencyId: "${kdi}0000000" }`)).toEqual([`filter.agencyId: no agency "${kdi}0000000" in your scope`]);
  });

  it('returns the trend oldest first up to the chosen cycle', async () => {
    const { trend } = await app.execute<{ trend: { cycle: { code: string }; headcount: number; finalized: number }[] }>(
      `{ trend(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "TJS" }) { cycle { code } headcount finalized } }`);
    expect(trend.map((t) => t.cycle.code)).toEqual(['2024-TAHUNAN', '2025-TAHUNAN']);
    expect(trend.map((t) => t.finalized)).toEqual([EXPECTED['2024-TAHUNAN']!.TJS!.finalized, EXPECTED['2025-TAHUNAN']!.TJS!.finalized]);
  });
});
