// Supervisor analytics scoped to the team (SPEC §6, issue #10): `team: true` reads the figures of
// the caller's direct and indirect subordinates, computed from their own facts; equal to the agency
// path when the team is exactly an agency subtree, and to the base-table truth.
import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseTableTruth, summary, talentBoxes, competencyGaps, type AnalyticsScope } from '../../analytics/index.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/** Kepala BKD Kendari: everyone in KDI-BKD and its units reports to them, directly or not. */
const KEPALA_BKD = '197410281995051001';

const FIGURES = `query Figures($filter: AnalyticsFilter!) {
  analyticsSummary(filter: $filter) {
    headcount appraisals finalized completionRate fitIndex gapRate selfSupervisorDiff jp20Compliance suppressed
    predicateDistribution { predicate count share }
  }
  trend(filter: $filter) { cycle { code } headcount finalized fitIndex gapRate jp20Compliance }
  competencyGaps(filter: $filter) { competency { code } assessed unassessed withGap gapRate meanGap burden employees suppressed }
  talentBoxes(filter: $filter) { placed suppressed boxes { box count followUp } }
}`;

describe('team analytics (SUPERVISOR)', () => {
  let app: TestApp;
  const sql = () => sqlFromEm(app.orm.em.fork());

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('kepala.bkd', Role.SUPERVISOR, { employeeNip: KEPALA_BKD });
    await app.addUser('leader.kdi', Role.LEADER, { agencyCode: 'KDI' });
    // The kepala moves out of the BKD (to the health office): KDI-BKD is then exactly their team.
    const [team] = await sql().query<{ outside: number; unreached: number }>(
      `with recursive t(id) as (select id from employee where nip = $1
         union select e.id from employee e join t on e.supervisor_id = t.id)
       select (select count(*)::int from t join employee e using (id) where e.nip <> $1 and e.agency_id not in
                 (select descendant_id from agency_closure c join agency a on a.id = c.ancestor_id where a.code = 'KDI-BKD')) as outside,
              (select count(*)::int from employee e join agency_closure c on c.descendant_id = e.agency_id
                 join agency a on a.id = c.ancestor_id and a.code = 'KDI-BKD' where e.id not in (select id from t)) as unreached`,
      [KEPALA_BKD]);
    expect(team).toEqual({ outside: 0, unreached: 0 });
    await sql().query(`update employee set agency_id = (select id from agency where code = 'KDI-DINKES') where nip = $1`, [KEPALA_BKD]);
  }, 180_000);
  afterAll(async () => app?.close());

  it.each(['2024-TAHUNAN', '2025-TAHUNAN'])('%s: the team figures equal the agency figures of the same people', async (cycle) => {
    const asTeam = await app.execute(FIGURES, { filter: { cycleCode: cycle, team: true } }, { as: 'kepala.bkd' });
    const asAgency = await app.execute(FIGURES, { filter: { cycleCode: cycle, agencyCode: 'KDI-BKD' } }, { as: 'leader.kdi' });
    expect((asTeam as { analyticsSummary: { headcount: number } }).analyticsSummary.headcount).toBeGreaterThan(5);
    expect(asTeam).toEqual(asAgency);
  });

  it('computes the same from the base tables (source views) as from the facts', async () => {
    const [row] = await sql().query<{ cycle_id: number; agency_id: number; ids: number[] }>(
      `select (select id from cycle where code = '2025-TAHUNAN') as cycle_id, e.agency_id,
         array(select id from employee where supervisor_id is not null and id <> e.id order by id) as ids
       from employee e where e.nip = $1`, [KEPALA_BKD]);
    // Any set of people will do: here everyone with a supervisor.
    const scope: AnalyticsScope = { cycleId: row!.cycle_id, agencyId: row!.agency_id, employeeIds: row!.ids };
    expect(await summary(sql(), scope)).toEqual(await baseTableTruth.summary(sql(), scope));
    expect(await talentBoxes(sql(), scope)).toEqual(await baseTableTruth.talentBoxes(sql(), scope));
    expect(await competencyGaps(sql(), scope, 'COMPETENCY')).toEqual(await baseTableTruth.competencyGaps(sql(), scope, 'COMPETENCY'));
  });

  it('gives a supervisor no agency aggregates without team, and team figures only where they are defined', async () => {
    const agency = await app.run(`{ analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI-BKD" }) { headcount } }`, undefined, { as: 'kepala.bkd' });
    expect(agency.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const parts = await app.run(`{ agencyComparison(filter: { cycleCode: "2025-TAHUNAN", team: true }) { headcount } }`, undefined, { as: 'kepala.bkd' });
    expect(parts.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAgency = await app.run(`{ competencyGaps(filter: { cycleCode: "2025-TAHUNAN", team: true }, groupBy: AGENCY) { burden } }`, undefined, { as: 'kepala.bkd' });
    expect(byAgency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.team' });
    const members = await app.run(`{ talentBoxes(filter: { cycleCode: "2025-TAHUNAN", team: true }) { members(box: 5) { totalCount } } }`, undefined, { as: 'kepala.bkd' });
    expect(members.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.team' });
    // A leader without a linked employee has no team.
    const noTeam = await app.run(`{ analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", team: true }) { headcount } }`, undefined, { as: 'leader.kdi' });
    expect(noTeam.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
