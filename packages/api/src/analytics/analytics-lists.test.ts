/*
 * Lists of individuals (competency profile, gap list, 9-box members, rater leniency), pagination,
 * and ANALYST small-group suppression, on the small fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COMPETENCY_LEVELS, SMALL_GROUP_THRESHOLD, assessedLevel, gapOf, isLeniencyFlagged, recommendProgram, type NineBox, type RaterRole,
} from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DATASET } from '../common/testing/fixtures.js';
import { IndividualDataRefusedError, UnknownScopeError, resolveScope, type AnalyticsScope } from './analytics-scope.js';
import { InvalidCursorError, type Page } from './analytics-sql.js';
import { loadedDatabase, openCopyOfCycle, smallExpected, type LoadedDatabase } from '../testing/analytics-testing.js';
import { competencyGaps } from './competency-gaps.query.js';
import { competencyProfile } from './competency-profile.query.js';
import { gapEmployees, type GapEmployeeRow } from './gap-employees.query.js';
import { raterLeniency } from './rater-leniency.query.js';
import { baseTableTruth } from './index.js';
import { agencyComparison, summary, trend } from './summary.query.js';
import { talentBoxMembers, talentBoxes } from './talent-boxes.query.js';
import { trainingNeeds } from './training-needs.query.js';

/** Rows of a fixture CSV file (no quoted cells in the fixture). */
function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(SMALL_DATASET, file), 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

const expected = smallExpected();
let loaded: LoadedDatabase;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
});
afterAll(async () => loaded?.close());

const scopeOf = (cycleCode: string, agencyCode: string, extra: Partial<AnalyticsScope> = {}) =>
  resolveScope(loaded.sql, { cycleCode, agencyCode, ...extra });

async function allPages<T>(fetch: (after: string | null) => Promise<Page<T>>): Promise<{ nodes: T[]; totalCounts: number[] }> {
  const nodes: T[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetch(after);
    nodes.push(...page.nodes);
    totalCounts.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCounts };
    after = page.pageInfo.endCursor;
  }
}

/** What the fixture files say about one employee's required competencies in one cycle. */
function profileFromFiles(nip: string, cycleCode: string) {
  const employee = csv('employees.csv').find((e) => e.nip === nip)!;
  const levels = csv('competency_assessments.csv').filter((l) => l.nip === nip && l.cycle_code === cycleCode);
  return csv('position_requirements.csv').filter((r) => r.position_code === employee.position_code).map((r) => {
    const got: Partial<Record<RaterRole, number>> = Object.fromEntries(
      levels.filter((l) => l.competency_code === r.competency_code).map((l) => [l.rater_role, Number(l.level)]));
    const assessed = assessedLevel(got);
    const required = Number(r.required_level);
    return {
      competencyCode: r.competency_code!, required,
      self: got.SELF ?? null, supervisor: got.SUPERVISOR ?? null, assessor: got.ASSESSOR ?? null, peer: got.PEER ?? null,
      assessed, gap: assessed === null ? null : gapOf(required, assessed),
    };
  }).sort((a, b) => (a.competencyCode < b.competencyCode ? -1 : 1));
}

describe('competencyProfile', () => {
  it('gives a kepala dinas every required competency with each rater role\'s level', async () => {
    const nip = '197410281995051001';
    const [{ id }] = await loaded.sql.query<{ id: number }>(`select id from employee where nip = $1`, [nip]) as [{ id: number }];
    const scope = await scopeOf('2024-TAHUNAN', 'KDI');
    const rows = await competencyProfile(loaded.sql, id, scope.cycleId);
    expect(rows.map(({ competencyCode, required, self, supervisor, assessor, peer, assessed, gap }) =>
      ({ competencyCode, required, self, supervisor, assessor, peer, assessed, gap }))).toEqual(profileFromFiles(nip, '2024-TAHUNAN'));
    // Spelled out: the assessment centre beats the supervisor; a missing supervisor level leaves the pair unassessed.
    expect(rows.find((r) => r.competencyCode === 'M01')).toMatchObject({ required: 5, self: 5, supervisor: 5, assessor: 4, assessed: 4, gap: 1 });
    expect(rows.find((r) => r.competencyCode === 'M07')).toMatchObject({ required: 4, self: 4, supervisor: null, assessed: null, gap: null });
  });

  it('lists required competencies without levels for a cycle without an appraisal', async () => {
    const [row] = await loaded.sql.query<{ employee_id: number; cycle_id: number }>(`
      select e.id as employee_id, y.id as cycle_id from employee e cross join cycle y
      where not exists (select 1 from appraisal a where a.employee_id = e.id and a.cycle_id = y.id) order by e.id, y.id limit 1`);
    const rows = await competencyProfile(loaded.sql, row!.employee_id, row!.cycle_id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.self === null && r.supervisor === null && r.assessed === null && r.gap === null)).toBe(true);
  });
});

describe('gapEmployees', () => {
  it('lists every employee with a gap, largest first, with the recommended programme, page by page', async () => {
    const scope = await scopeOf('2024-TAHUNAN', 'KDI');
    const [m01] = await loaded.sql.query<{ id: number }>(`select id from competency where code = 'M01'`);
    const { nodes, totalCounts } = await allPages((after) => gapEmployees(loaded.sql, scope, m01!.id, { first: 5, after }));

    // From the files: active employees of the KDI tree whose position requires M01, with a gap.
    const agencies = csv('agencies.csv');
    const inKdi = (code: string | undefined): boolean =>
      code !== undefined && code !== '' && (code === 'KDI' || inKdi(agencies.find((a) => a.code === code)?.parent_code));
    const programs = csv('training_programs.csv').filter((p) => p.competency_code === 'M01')
      .map((p) => ({ code: p.code!, levelFrom: Number(p.level_from), levelTo: Number(p.level_to), hoursJp: Number(p.hours_jp) }));
    const want = csv('employees.csv').filter((e) => inKdi(e.agency_code!)).flatMap((e) => {
      const pair = profileFromFiles(e.nip!, '2024-TAHUNAN').find((r) => r.competencyCode === 'M01');
      return pair?.gap ? [{ nip: e.nip, name: e.name, gap: pair.gap, program: recommendProgram(programs, pair.assessed!)?.code ?? null }] : [];
    });

    expect(totalCounts.every((n) => n === want.length)).toBe(true);
    expect(want.length).toBe(expected['2024-TAHUNAN']!.KDI!.trainingNeeds.M01!.employeesWithGap);
    expect(nodes.map((n: GapEmployeeRow) => ({ nip: n.nip, name: n.name, gap: n.gap, program: n.recommendedProgram?.code ?? null }))
      .sort((a, b) => a.nip!.localeCompare(b.nip!))).toEqual(want.sort((a, b) => a.nip!.localeCompare(b.nip!)));
    // Ordered by gap (largest first), then name; no employee twice across pages.
    const keys = nodes.map((n) => [n.gap, n.name] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
    expect(new Set(nodes.map((n) => n.employeeId)).size).toBe(nodes.length);
    expect(nodes.every((n) => n.gap === n.required - n.assessed)).toBe(true);
  });

  it('narrows by position type and refuses a malformed cursor', async () => {
    const scope = await scopeOf('2024-TAHUNAN', 'KDI', { positionTypes: ['JPT_PRATAMA'] });
    const [m01] = await loaded.sql.query<{ id: number }>(`select id from competency where code = 'M01'`);
    const page = await gapEmployees(loaded.sql, scope, m01!.id, { first: 100 });
    const heads = csv('employees.csv').filter((e) => e.position_code === 'JPT-KADIS').map((e) => e.nip);
    expect(page.nodes.every((n) => heads.includes(n.nip))).toBe(true);
    await expect(gapEmployees(loaded.sql, scope, m01!.id, { after: 'bm90IGEgY3Vyc29y' })).rejects.toThrow(InvalidCursorError);
  });

  it('refuses a page size outside 1..100 (naming first) instead of clamping it', async () => {
    const scope = await scopeOf('2024-TAHUNAN', 'KDI');
    const [m01] = await loaded.sql.query<{ id: number }>(`select id from competency where code = 'M01'`);
    for (const first of [101, 0, 2.5]) {
      await expect(gapEmployees(loaded.sql, scope, m01!.id, { first }), `first=${first}`).rejects.toMatchObject({
        message: 'first: must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      });
      await expect(raterLeniency(loaded.sql, scope, { first })).rejects.toMatchObject({ extensions: { argument: 'first' } });
      await expect(talentBoxMembers(loaded.sql, scope, 5, { first })).rejects.toMatchObject({ extensions: { argument: 'first' } });
    }
  });
});

describe('recommended programme', () => {
  it('is the one recommendProgram of @kinerja/shared picks, for every competency and level', async () => {
    const programs = await loaded.sql.query<{ id: number; code: string; competency_id: number; level_from: number; level_to: number; hours_jp: number }>(
      `select id, code, competency_id, level_from, level_to, hours_jp from training_program`);
    const stored = await loaded.sql.query<{ competency_id: number; level: number; program_id: number }>(
      `select competency_id, level, program_id from analytics_recommendation`);
    const competencies = await loaded.sql.query<{ id: number }>(`select id from competency`);
    let covered = 0;
    for (const { id } of competencies) {
      const catalogue = programs.filter((p) => p.competency_id === id)
        .map((p) => ({ ...p, levelFrom: p.level_from, levelTo: p.level_to, hoursJp: p.hours_jp }));
      for (const level of COMPETENCY_LEVELS) {
        const want = recommendProgram(catalogue, level)?.id ?? null;
        const got = stored.find((r) => r.competency_id === id && r.level === level)?.program_id ?? null;
        expect(got, `competency ${id} level ${level}`).toBe(want);
        if (want !== null) covered += 1;
      }
    }
    expect(covered).toBeGreaterThan(10);
    // The fixture has two level-1 programmes for M03 (PL-KOM-1 and PL-KOM-1B, same hours): the code decides.
    const [m03] = await loaded.sql.query<{ code: string }>(`select tp.code from analytics_recommendation r
      join training_program tp on tp.id = r.program_id join competency c on c.id = r.competency_id where c.code = 'M03' and r.level = 1`);
    expect(m03?.code).toBe('PL-KOM-1');
  });
});

describe('talentBoxMembers', () => {
  it('lists exactly the employees counted in each box', async () => {
    const scope = await scopeOf('2025-TAHUNAN', 'KDI');
    const { boxes } = await talentBoxes(loaded.sql, scope);
    for (const { box, count } of boxes) {
      const { nodes, totalCounts } = await allPages((after) => talentBoxMembers(loaded.sql, scope, box as NineBox, { first: 3, after }));
      expect(nodes.length, `box ${box}`).toBe(count);
      expect(totalCounts.every((n) => n === count), `box ${box}`).toBe(true);
      expect(nodes.every((n) => n.box === box && n.nip.length === 18), `box ${box}`).toBe(true);
      expect(new Set(nodes.map((n) => n.employeeId)).size).toBe(nodes.length);
    }
    expect(Object.fromEntries(boxes.map((b) => [String(b.box), b.count]))).toEqual(expected['2025-TAHUNAN']!.KDI!.nineBox);
  });
});

describe('raterLeniency', () => {
  it('flags a supervisor by the shared thresholds once their levels stand out', async () => {
    // In an open copy of 2025 (finalised levels never change), the supervisor with the most ratings gives everyone 5.
    const cycleId = await openCopyOfCycle(loaded.sql, '2025-TAHUNAN', '2026-TAHUNAN', '2026-01-01');
    const scope = { ...(await scopeOf('2025-TAHUNAN', 'KDI')), cycleId };
    const [rater] = await loaded.sql.query<{ id: number }>(`
      select e.supervisor_id as id from competency_assessment ca join appraisal a on a.id = ca.appraisal_id
      join employee e on e.id = a.employee_id join agency_closure c on c.descendant_id = e.agency_id
      join agency k on k.id = c.ancestor_id and k.code = 'KDI'
      where ca.rater_role = 'SUPERVISOR' and a.cycle_id = $1 and e.supervisor_id is not null
      group by e.supervisor_id order by count(*) desc, e.supervisor_id limit 1`, [scope.cycleId]);
    await loaded.sql.query(`update competency_assessment ca set level = 5 from appraisal a, employee e
      where a.id = ca.appraisal_id and e.id = a.employee_id and a.cycle_id = $1 and ca.rater_role = 'SUPERVISOR'
      and ca.rater_id is null and e.supervisor_id = $2`, [scope.cycleId, rater!.id]);
    const { nodes } = await allPages((after) => raterLeniency(loaded.sql, scope, { first: 2, after }));
    const row = nodes.find((r) => r.raterId === rater!.id)!;
    expect(row.ratings).toBeGreaterThanOrEqual(10);
    expect(row.meanGiven).toBe(5);
    expect(row.flagged).toBe(true);
    expect(nodes.every((r) => r.flagged === isLeniencyFlagged(r.difference!, r.ratings!))).toBe(true);
    // Largest deviation first.
    const deviations = nodes.map((r) => Math.abs(r.difference!));
    expect(deviations).toEqual([...deviations].sort((a, b) => b - a));
  });

  it('reads the same pages from the ranking index as from sorting every rater, ties included', async () => {
    // Without an employee filter the page comes from the two ends of the rater total cube's index
    // (rankedSql); the base tables sort every rater (groupedSql). Levels made so that many raters
    // tie at the page boundaries: whole means 1, 3 and 5, then a spread of fractions.
    const cycleId = await openCopyOfCycle(loaded.sql, '2025-TAHUNAN', '2027-TAHUNAN', '2027-01-01');
    const levels = [
      `case e.supervisor_id % 3 when 0 then 5 when 1 then 1 else 3 end`,
      `1 + (ca.id * 7 + e.supervisor_id) % 5`,
    ];
    for (const level of levels) {
      await loaded.sql.query(`update competency_assessment ca set level = ${level} from appraisal a, employee e
        where a.id = ca.appraisal_id and e.id = a.employee_id and a.cycle_id = $1 and ca.rater_role = 'SUPERVISOR'
          and e.supervisor_id is not null`, [cycleId]);
      for (const agencyCode of ['KDI', 'PAUH', 'KDI-BKD']) {
        const scope = { ...(await scopeOf('2025-TAHUNAN', agencyCode)), cycleId };
        const truth = await baseTableTruth.raterLeniency(loaded.sql, scope, { first: 100 });
        expect(truth.totalCount).toBeGreaterThan(0);
        expect(await raterLeniency(loaded.sql, scope, { first: 100 })).toEqual(truth);
        for (const first of [1, 2, 3, 5]) {
          const ranked = await allPages((after) => raterLeniency(loaded.sql, scope, { first, after }));
          const grouped = await allPages((after) => baseTableTruth.raterLeniency(loaded.sql, scope, { first, after }));
          expect(ranked, `${agencyCode}, pages of ${first}`).toEqual(grouped);
        }
      }
    }
  });
});

describe('small groups for an ANALYST (SPEC §5, §6)', () => {
  const everyFigureNull = (row: object, keep: string[]) =>
    Object.entries(row).every(([k, v]) => keep.includes(k) || v === null);

  it('suppress a subtree of fewer than five employees entirely', async () => {
    const scope = await scopeOf('2025-TAHUNAN', 'PAUH-DISDIK-SD', { suppressSmallGroups: true });
    expect(expected['2025-TAHUNAN']!['PAUH-DISDIK-SD']!.headcount).toBeLessThan(SMALL_GROUP_THRESHOLD);
    const s = await summary(loaded.sql, scope);
    expect(s.suppressed).toBe(true);
    expect(everyFigureNull(s, ['suppressed'])).toBe(true);
    const gaps = await competencyGaps(loaded.sql, scope, 'COMPETENCY');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.suppressed && everyFigureNull(g, ['suppressed', 'competencyId', 'competencyCode', 'competencyName', 'category', 'agencyId', 'agencyCode', 'grouping']))).toBe(true);
    expect(await talentBoxes(loaded.sql, scope)).toEqual({
      boxes: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((box) => ({ box, count: null })), placed: null, suppressed: true,
    });
    const needs = await trainingNeeds(loaded.sql, scope);
    expect(needs).toMatchObject({ headcount: null, compliant: null, jp20Compliance: null, suppressed: true });
    expect(needs.needs.every((n) => n.suppressed && n.programs === null && n.employeesWithGap === null)).toBe(true);
    expect((await trend(loaded.sql, scope)).every((r) => r.suppressed && r.fitIndex === null)).toBe(true);
  });

  it('hide the small parts of a comparison and the part that would reveal them by subtraction', async () => {
    const scope = await scopeOf('2025-TAHUNAN', 'MLF', { suppressSmallGroups: true });
    const rows = await agencyComparison(loaded.sql, scope);
    const byCode = Object.fromEntries(rows.map((r) => [`${r.grouping} ${r.agencyCode}`, r]));
    // MLF (13) = PUPR (10) + SETDA (3): showing PUPR would give SETDA away as 13 − 10.
    expect(byCode['SCOPE MLF']).toMatchObject({ suppressed: false, headcount: 13 });
    expect(byCode['CHILD MLF-PUPR']).toMatchObject({ suppressed: true, headcount: null, fitIndex: null });
    expect(byCode['CHILD MLF-SETDA']).toMatchObject({ suppressed: true, headcount: null, fitIndex: null, predicateDistribution: null });
    // The same group is hidden whichever query asks for it.
    expect(await summary(loaded.sql, await scopeOf('2025-TAHUNAN', 'MLF-PUPR', { suppressSmallGroups: true }))).toMatchObject({ suppressed: true });
    const unsuppressed = await agencyComparison(loaded.sql, { ...scope, suppressSmallGroups: false });
    expect(unsuppressed.find((r) => r.agencyCode === 'MLF-SETDA')).toMatchObject({ suppressed: false, headcount: 3 });

    const open = await competencyGaps(loaded.sql, { ...scope, suppressSmallGroups: false }, 'AGENCY');
    for (const g of await competencyGaps(loaded.sql, scope, 'AGENCY')) {
      const same = open.find((o) => o.agencyId === g.agencyId && o.competencyId === g.competencyId)!;
      if (same.employees! < SMALL_GROUP_THRESHOLD) expect(g.suppressed).toBe(true);
      if (!g.suppressed) expect(g).toEqual(same);
    }
  });

  it('never show two groups that differ by fewer than five people, searched over every pair of answers', async () => {
    const agencies = csv('agencies.csv');
    const employees = csv('employees.csv');
    const requires = csv('position_requirements.csv');
    const below = (code: string): string[] => [code, ...agencies.filter((a) => a.parent_code === code).flatMap((a) => below(a.code!))];
    const staffOf = (codes: string[], competency: string | null) => new Set(employees
      .filter((e) => codes.includes(e.agency_code!))
      .filter((e) => competency === null || requires.some((r) => r.position_code === e.position_code && r.competency_code === competency))
      .map((e) => e.nip!));
    const people = (grouping: string, code: string, competency: string | null) =>
      staffOf(grouping === 'OWN' ? [code] : below(code), competency);

    // Every group an analyst is shown, by family (all staff, or the staff requiring one competency).
    const shown = new Map<string, { label: string; people: Set<string> }[]>();
    const show = (family: string | null, label: string, group: Set<string>) =>
      shown.set(family ?? '*', [...(shown.get(family ?? '*') ?? []), { label, people: group }]);
    for (const { code } of agencies) {
      const scope = await scopeOf('2025-TAHUNAN', code!, { suppressSmallGroups: true });
      for (const row of await agencyComparison(loaded.sql, scope)) {
        if (!row.suppressed) show(null, `comparison(${code}) ${row.grouping} ${row.agencyCode}`, people(row.grouping, row.agencyCode, null));
      }
      if (!(await talentBoxes(loaded.sql, scope)).suppressed) show(null, `talentBoxes(${code})`, people('SCOPE', code!, null));
      const needs = await trainingNeeds(loaded.sql, scope);
      if (!needs.suppressed) show(null, `trainingNeeds(${code})`, people('SCOPE', code!, null));
      for (const need of needs.needs.filter((n) => !n.suppressed)) {
        show(need.competencyCode, `trainingNeeds(${code}) ${need.competencyCode}`, people('SCOPE', code!, need.competencyCode));
      }
      for (const groupBy of ['COMPETENCY', 'AGENCY'] as const) {
        for (const g of (await competencyGaps(loaded.sql, scope, groupBy)).filter((r) => !r.suppressed)) {
          show(g.competencyCode, `competencyGaps(${code}, ${groupBy}) ${g.grouping ?? 'SCOPE'} ${g.agencyCode ?? code}`,
            people(g.grouping ?? 'SCOPE', g.agencyCode ?? code!, g.competencyCode));
        }
      }
    }
    let pairs = 0;
    for (const family of shown.values()) {
      for (const a of family) {
        expect(a.people.size, a.label).toBeGreaterThanOrEqual(SMALL_GROUP_THRESHOLD);
        for (const b of family) {
          const difference = [...a.people].filter((p) => !b.people.has(p)).length;
          pairs += 1;
          if (difference !== 0) expect(difference, `${a.label} − ${b.label}`).toBeGreaterThanOrEqual(SMALL_GROUP_THRESHOLD);
        }
      }
    }
    expect(shown.get('*')!.length).toBeGreaterThan(10);
    expect(pairs).toBeGreaterThan(1000);
  });

  it('refuse lists of individuals and hide raters\' names', async () => {
    const scope = await scopeOf('2025-TAHUNAN', 'KDI', { suppressSmallGroups: true });
    await expect(gapEmployees(loaded.sql, scope, 1)).rejects.toThrow(IndividualDataRefusedError);
    await expect(talentBoxMembers(loaded.sql, scope, 5)).rejects.toThrow(IndividualDataRefusedError);
    const leniency = await raterLeniency(loaded.sql, scope, { first: 100 });
    expect(leniency.nodes.length).toBeGreaterThan(0);
    expect(leniency.nodes.every((r) => r.nip === null && r.name === null)).toBe(true);
    expect(leniency.nodes.every((r) => r.suppressed === (r.ratedEmployees === null))).toBe(true);
  });
});

describe('resolveScope', () => {
  it('names an unknown code', async () => {
    await expect(scopeOf('1999-TAHUNAN', 'KDI')).rejects.toThrow(UnknownScopeError);
    await expect(scopeOf('2025-TAHUNAN', 'NOPE')).rejects.toThrow(/agency/);
  });
});
