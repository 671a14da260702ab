import { awaitingParty, daysOverdue, stepDueAt, type AppraisalStatus, type AwaitingParty, type SeasonAppraisal } from '@kinerja/shared';
import type { SqlClient } from '../../common/database/sql.js';

/** One appraisal as monitoring and the reminder rules see it: its step, who is awaited, and the people around it. */
export interface SeasonRow extends SeasonAppraisal {
  id: number;
  version: number;
  cycleId: number;
  cycleCode: string;
  cycleStatus: string;
  employeeId: number;
  employeeName: string;
  nip: string;
  agencyId: number;
  agencyName: string;
  /** The employee's pemda (HR admins of it finalise and decide where no decider is named). */
  pemdaId: number;
  /** The agency the row is counted under in a monitoring view (set by the caller's grouping). */
  groupAgencyId: number;
  supervisorId: number | null;
  supervisorName: string | null;
  /** The supervisor's own superior: where an overdue supervisor's step is escalated. */
  superiorId: number | null;
  superiorName: string | null;
  deciderId: number | null;
  deciderName: string | null;
}

export interface AwaitedRow extends SeasonRow {
  party: AwaitingParty | null;
  dueAt: Date | null;
  daysOverdue: number;
  /** The person awaited (null for the BKD, or when the data names nobody). */
  awaitedId: number | null;
  awaitedName: string | null;
}

interface RawRow {
  id: number; version: number; status: AppraisalStatus; assessed_at: Date | string | null; objection_filed_at: Date | string | null;
  cycle_id: number; cycle_code: string; cycle_status: string; start_month: string; end_month: string;
  employee_id: number; employee_name: string; nip: string; agency_id: number; agency_name: string; pemda_id: number; group_agency_id: number;
  supervisor_id: number | null; supervisor_name: string | null; superior_id: number | null; superior_name: string | null;
  decider_id: number | null; decider_name: string | null;
}

export interface SeasonFilter {
  cycleId?: number | null;
  /** Only employees of this agency's subtree; rows are grouped under its children (and itself). */
  rootAgencyId?: number | null;
  /** Only employees of these agencies (the caller's scope); 'ALL' for no limit. */
  agencyIds: ReadonlySet<number> | 'ALL';
  /** Leave out final appraisals (reminders); monitoring keeps them to count. */
  pendingOnly: boolean;
  /** Only cycles whose appraisals still move: OPEN ones, and CLOSED ones for objections and finalisation. */
  movingOnly: boolean;
}

/**
 * The appraisals of a season in one query: the decider is the rater's own supervisor (the rater is
 * whoever rated, else the direct supervisor), as the appraisal policy has it (PP 30/2019 art. 59).
 */
export async function seasonRows(sql: SqlClient, filter: SeasonFilter): Promise<SeasonRow[]> {
  const rows = await sql.query<RawRow>(
    `select a.id, a.version, a.status, a.assessed_at, o.filed_at as objection_filed_at,
            c.id as cycle_id, c.code as cycle_code, c.status as cycle_status,
            to_char(c.start_month, 'YYYY-MM') as start_month, to_char(c.end_month, 'YYYY-MM') as end_month,
            e.id as employee_id, e.name as employee_name, e.nip, e.agency_id, ag.name as agency_name,
            (select pc.ancestor_id from agency_closure pc join agency p on p.id = pc.ancestor_id
              where pc.descendant_id = e.agency_id and p.depth = 0) as pemda_id,
            coalesce((select gc.ancestor_id from agency_closure gc join agency g on g.id = gc.ancestor_id
              where gc.descendant_id = e.agency_id and g.parent_id = $2::int), e.agency_id) as group_agency_id,
            s.id as supervisor_id, s.name as supervisor_name, sup.id as superior_id, sup.name as superior_name,
            d.id as decider_id, d.name as decider_name
     from appraisal a
     join cycle c on c.id = a.cycle_id
     join employee e on e.id = a.employee_id
     join agency ag on ag.id = e.agency_id
     left join employee s on s.id = e.supervisor_id
     left join employee sup on sup.id = s.supervisor_id
     left join employee r on r.id = coalesce(a.assessed_by_id, e.supervisor_id)
     left join employee d on d.id = r.supervisor_id
     left join objection o on o.appraisal_id = a.id
     where ($1::int is null or a.cycle_id = $1::int)
       and ($2::int is null or e.agency_id in (select descendant_id from agency_closure where ancestor_id = $2::int))
       and ($3::boolean or e.agency_id = any ($4::int[]))
       and (not $5::boolean or a.status <> 'FINALIZED')
       and (not $6::boolean or c.status = 'OPEN' or (c.status = 'CLOSED' and a.status in ('ASSESSED', 'OBJECTED')))
     order by a.id`,
    [filter.cycleId ?? null, filter.rootAgencyId ?? null, filter.agencyIds === 'ALL', filter.agencyIds === 'ALL' ? [] : [...filter.agencyIds],
      filter.pendingOnly, filter.movingOnly]);
  return rows.map((r) => ({
    id: r.id, version: r.version, status: r.status, assessedAt: asDate(r.assessed_at), objectionFiledAt: asDate(r.objection_filed_at),
    cycleId: r.cycle_id, cycleCode: r.cycle_code, cycleStatus: r.cycle_status, startMonth: r.start_month, endMonth: r.end_month,
    employeeId: r.employee_id, employeeName: r.employee_name, nip: r.nip, agencyId: r.agency_id, agencyName: r.agency_name,
    pemdaId: r.pemda_id, groupAgencyId: r.group_agency_id,
    supervisorId: r.supervisor_id, supervisorName: r.supervisor_name, superiorId: r.superior_id, superiorName: r.superior_name,
    deciderId: r.decider_id, deciderName: r.decider_name,
  }));
}

/** Timestamps arrive as Date from node-pg and as text through the ORM's connection. */
const asDate = (v: Date | string | null): Date | null => (v == null ? null : new Date(v));

/** Who is awaited on a row, since when it is due and by how many days it is late (shared season rules). */
export function withAwaited(row: SeasonRow, now: Date): AwaitedRow {
  const party = awaitingParty(row.status, row.assessedAt, now);
  const person = party === 'EMPLOYEE' ? [row.employeeId, row.employeeName]
    : party === 'SUPERVISOR' ? [row.supervisorId, row.supervisorName]
      : party === 'DECIDER' ? [row.deciderId, row.deciderName]
        : [null, null];
  return {
    ...row,
    party,
    dueAt: party ? stepDueAt(row) : null,
    daysOverdue: party ? daysOverdue(row, now) : 0,
    awaitedId: person[0] as number | null,
    awaitedName: person[1] as string | null,
  };
}
