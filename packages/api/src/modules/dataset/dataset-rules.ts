import {
  AGENCY_KINDS, APPRAISAL_STATUSES, AppraisalStatus, COMPETENCY_CATEGORIES, CYCLE_KINDS, EMPLOYMENT_TYPES,
  EmploymentType, POSITION_TYPES, PREDICATE_MATRIX, RATER_ROLES, RATINGS, RULE_SET, TRAINING_MODES,
  NATIONAL_COMPETENCIES, isValidRank, parseMonth, validateIdentityNumber, type DatasetColumn, type DatasetFileName,
} from '@kinerja/shared';

import { ORGANIZATION_PREDICATES } from '@kinerja/shared';
import { all, code, NAME_LENGTH, optional, required, text, type CellCheck, type Row } from '../../common/input/cell-checks.js';

export type { CellCheck, Row };

export interface ReferenceCheck {
  column: string;
  reason: string;
  /** SQL over the staging table aliased `s` selecting the `line` of every bad row. */
  badLines: string;
}

/** Everything the importer needs to know about one dataset file (SPEC §8). */
export interface FileRules<F extends DatasetFileName> {
  file: F;
  /** Cell checks by column; every column of the file appears here. Run in the file's column order. */
  cells: Record<DatasetColumn<F>, CellCheck>;
  /** Checks that need several cells of the row; return [column, reason] pairs. */
  row?: (row: Row) => [DatasetColumn<F>, string][];
  /** Natural key: two rows with the same key are a duplicate. */
  key: DatasetColumn<F>[];
  /** Checks against the database (which already holds the earlier files of this import). */
  references: ReferenceCheck[];
  /**
   * Statements run before the merge, which write no table of the database (e.g. a temp table of what
   * the merge will do, read in full before the merge writes the table it was read from).
   */
  prepare?: string[];
  /** Statements that merge the staging table `s` into the tables; a changed row only when a value differs. */
  merge: string[];
  /**
   * Tables the merge writes. They are ANALYZEd right after it: rows inserted in this transaction are
   * invisible to autovacuum, and later joins over a table the planner believes empty go quadratic.
   */
  writes: string[];
  /** Checks that need the merged rows (cycles in a tree, finalised appraisals). */
  afterMerge?: ReferenceCheck[];
  /** Checks of an import limited to an agency subtree (an HR_ADMIN's, table `import_scope`): rows outside it. */
  scope?: ReferenceCheck[];
  /**
   * Tables whose secondary indexes and foreign keys a bulk load sets aside while this file merges,
   * when the file brings more rows than the first of them holds (a first import) (kinerja_set_aside_indexes,
   * Migration20261130180000_bulk_merge): rebuilt once and checked by one join afterwards, they cost
   * a fraction of maintaining them row by row (a GIN index on names, a foreign-key query per row).
   */
  setAside?: string[];
  /**
   * Those of them whose primary and unique keys are set aside too (Migration20261201130000_bulk_keys):
   * only for a merge that needs no key while it runs (no ON CONFLICT) into a table no foreign key points to.
   */
  setAsideKeys?: string[];
}

/** The rules of any one file. */
export type AnyFileRules = { [F in DatasetFileName]: FileRules<F> }[DatasetFileName];

/** Looks up a column's check without the caller knowing which file it has. */
export function cellCheckOf(rules: AnyFileRules, column: string): CellCheck {
  return (rules.cells as Record<string, CellCheck>)[column]!;
}

// ---- cell checks ---------------------------------------------------------------------------------

const oneOf = (values: readonly string[]): CellCheck =>
  all(required, (v) => (values.includes(v) ? null : `not ${values.join('/')}`));
const integer = (min: number, max: number, reason: string): CellCheck =>
  all(required, (v) => (/^-?\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? null : reason));
const level = integer(1, 5, 'level must be 1..5');
const month: CellCheck = all(required, (v) => {
  const parsed = parseMonth(v);
  return parsed.ok ? null : parsed.reason;
});
const positiveHours: CellCheck = all(required, (v) =>
  /^-?\d+(\.\d+)?$/.test(v) ? (Number(v) > 0 && Number(v) <= 1000 ? null : 'hours must be positive') : 'not a number');
const amount: CellCheck = all(required, (v) =>
  /^\d{1,12}(\.\d{1,2})?$/.test(v) ? null : 'cost must be a non-negative amount in rupiah');
const date: CellCheck = all(required, (v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return 'not a YYYY-MM-DD date';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? null : 'not a YYYY-MM-DD date';
});
const identityNumber: CellCheck = all(required, (v, row) => {
  const type = row.employment_type === EmploymentType.PPPK ? EmploymentType.PPPK : EmploymentType.PNS;
  const result = validateIdentityNumber(type, v);
  return result.ok ? null : result.reason;
});
const anyNip: CellCheck = all(required, (v) => (/^\d{18}$/.test(v) ? null : 'must be 18 digits'));

// ---- SQL helpers --------------------------------------------------------------------------------

/** Lines of `s` whose non-empty `column` matches no `table.code`. */
const unknownCode = (column: string, table: string, reason: string, alsoInStage = false): ReferenceCheck => ({
  column,
  reason,
  badLines: `select s.line from s where s.${column} is not null
    and not exists (select 1 from "${table}" t where t.code = s.${column})
    ${alsoInStage ? `and not exists (select 1 from s s2 where s2.code = s.${column})` : ''}`,
});
const unknownEmployee = (column: string, reason: string): ReferenceCheck => ({
  column,
  reason,
  badLines: `select s.line from s where s.${column} is not null
    and not exists (select 1 from employee e where e.nip = s.${column})`,
});

/** PREDICATE_MATRIX as a SQL VALUES list, so the rule lives only in packages/shared. */
const predicateValues = Object.entries(PREDICATE_MATRIX)
  .flatMap(([hk, byPk]) => Object.entries(byPk).map(([pk, p]) => `('${hk}','${pk}','${p}')`))
  .join(',');

/**
 * The head of an audit insert for the per-employee events of an import: actor and request come from
 * the `import_context` temp table the importer fills, so the rule tables stay free of parameters.
 * The caller goes on with subject_type, subject_id, subject_nip and detail, and joins `import_context x`.
 */
const importAuditInsert = (action: string) => `insert into audit_event
  (actor_username, actor_role, request_id, action, outcome, subject_type, subject_id, subject_nip, detail)
  select x.actor_username, x.actor_role, x.request_id, '${action}', 'SUCCESS',`;

/** `{ name: { from, to } }` for the columns that differ between `b` (before; null if new) and `m` (merged). */
const changesJson = (...columns: [string, string][]): string => columns
  .map(([name, column]) => `case when b.${column} is distinct from m.${column}
      then jsonb_build_object('${name}', jsonb_build_object('from', b.${column}, 'to', m.${column})) else '{}'::jsonb end`)
  .join(' || ');

/**
 * The rating time an `assessed_on` date stands for: the end of that day in WIB (UTC+7). A date says
 * nothing of the hour, and the end of the day never shortens the employee's 14 days.
 */
const ASSESSED_ON = `case when s.assessed_on <> '' then ((s.assessed_on::date + 1)::timestamp - interval '1 second') at time zone 'Asia/Jakarta' end`;

const RATED_STATUSES: readonly string[] = [AppraisalStatus.ASSESSED, AppraisalStatus.OBJECTED, AppraisalStatus.FINALIZED];

// ---- scope of an HR_ADMIN's import (SPEC §6: imports in its subtree) ----------------------------

/**
 * The agencies of the import's scope: the root in `import_scope` and everything below it, read
 * through the parent links (agency_closure is refreshed only after the import), so agencies this
 * import added below the root count too.
 */
const SCOPED_AGENCIES = `(with recursive scoped(id) as (select agency_id from import_scope
    union all select a.id from agency a join scoped on a.parent_id = scoped.id) select id from scoped)`;
const OUTSIDE_SCOPE = 'outside your agency: you may import only your own agency and the agencies below it';

/** Lines of `s` whose existing employee `column` works in an agency outside the scope. */
const employeeOutsideScope = (column: string): ReferenceCheck => ({
  column,
  reason: `the employee works in an agency ${OUTSIDE_SCOPE.replace('outside your agency: ', 'outside yours: ')}`,
  badLines: `select s.line from s join employee e on e.nip = s.${column} where e.agency_id not in ${SCOPED_AGENCIES}`,
});

// ---- the files, in import order -----------------------------------------------------------------

export const DATASET_RULES: AnyFileRules[] = [
  {
    file: 'agencies.csv',
    cells: { code, name: text(NAME_LENGTH), parent_code: optional(code), kind: oneOf(AGENCY_KINDS) },
    row: (r) => (r.parent_code !== '' && r.parent_code === r.code ? [['parent_code', 'an agency cannot be its own parent']] : []),
    key: ['code'],
    references: [unknownCode('parent_code', 'agency', 'unknown parent agency', true)],
    writes: ['agency'],
    merge: [
      `insert into agency (code, name, kind) select s.code, s.name, s.kind from s
       on conflict (code) do update set name = excluded.name, kind = excluded.kind
       where (agency.name, agency.kind) is distinct from (excluded.name, excluded.kind)`,
      `update agency a set parent_id = p.id from s left join agency p on p.code = s.parent_code
       where a.code = s.code and a.parent_id is distinct from p.id`,
    ],
    scope: [{
      column: 'code',
      reason: OUTSIDE_SCOPE,
      // Allowed: an agency in the scope (its root keeping its parent), a new one below the scope (or
      // below another new one of the file), and the root's ancestors unchanged (a scoped export has them).
      badLines: `select s.line from s left join agency a on a.code = s.code left join agency p on p.id = a.parent_id
        where not coalesce(
          (a.id in ${SCOPED_AGENCIES} and (a.id not in (select agency_id from import_scope) or p.code is not distinct from s.parent_code))
          or (a.id is null and (s.parent_code in (select code from agency where id in ${SCOPED_AGENCIES})
            or s.parent_code in (select s2.code from s s2 where not exists (select 1 from agency x where x.code = s2.code))))
          or (a.id in (select c.ancestor_id from agency_closure c join import_scope i on c.descendant_id = i.agency_id)
            and (a.name, a.kind, p.code) is not distinct from (s.name, s.kind, s.parent_code)), false)`,
    }],
    afterMerge: [{
      column: 'parent_code',
      reason: 'the agency tree has a cycle through this agency',
      // Agencies not reachable from a root lie on a cycle.
      badLines: `with recursive reach as (select id from agency where parent_id is null
                   union all select a.id from agency a join reach r on a.parent_id = r.id)
                 select s.line from s join agency a on a.code = s.code where a.id not in (select id from reach)`,
    }],
  } satisfies FileRules<'agencies.csv'>,
  {
    file: 'competencies.csv',
    cells: { code, name: text(300), category: oneOf(COMPETENCY_CATEGORIES) },
    key: ['code'],
    references: [],
    writes: ['competency'],
    merge: [
      `insert into competency (code, name, category) select s.code, s.name, s.category from s
       on conflict (code) do update set name = excluded.name, category = excluded.category
       where (competency.name, competency.category) is distinct from (excluded.name, excluded.category)`,
    ],
  } satisfies FileRules<'competencies.csv'>,
  {
    file: 'positions.csv',
    cells: { code, title: text(300), position_type: oneOf(POSITION_TYPES) },
    key: ['code'],
    references: [],
    writes: ['position'],
    merge: [
      `insert into position (code, title, position_type) select s.code, s.title, s.position_type from s
       on conflict (code) do update set title = excluded.title, position_type = excluded.position_type
       where (position.title, position.position_type) is distinct from (excluded.title, excluded.position_type)`,
    ],
  } satisfies FileRules<'positions.csv'>,
  {
    file: 'position_requirements.csv',
    cells: { position_code: code, competency_code: code, required_level: level },
    key: ['position_code', 'competency_code'],
    references: [
      unknownCode('position_code', 'position', 'unknown position'),
      unknownCode('competency_code', 'competency', 'unknown competency'),
    ],
    writes: ['position_requirement'],
    merge: [
      `insert into position_requirement (position_id, competency_id, required_level)
       select p.id, c.id, s.required_level::smallint from s
       join position p on p.code = s.position_code join competency c on c.code = s.competency_code
       on conflict (position_id, competency_id) do update set required_level = excluded.required_level
       where position_requirement.required_level is distinct from excluded.required_level`,
    ],
  } satisfies FileRules<'position_requirements.csv'>,
  {
    file: 'employees.csv',
    cells: {
      nip: identityNumber,
      name: text(300),
      employment_type: oneOf(EMPLOYMENT_TYPES),
      rank: all(required, (v, r) => {
        const type = r.employment_type as EmploymentType;
        if (!EMPLOYMENT_TYPES.includes(type) || isValidRank(type, v)) return null;
        return type === EmploymentType.PNS ? 'not a PNS rank (I/a … IV/e)' : 'not a PPPK grade (I … XVII)';
      }),
      position_code: code,
      agency_code: code,
      supervisor_nip: optional(anyNip),
    },
    row: (r) => (r.supervisor_nip !== '' && r.supervisor_nip === r.nip ? [['supervisor_nip', 'an employee cannot supervise themselves']] : []),
    key: ['nip'],
    scope: [
      {
        column: 'agency_code',
        reason: OUTSIDE_SCOPE,
        badLines: `select s.line from s join agency a on a.code = s.agency_code where a.id not in ${SCOPED_AGENCIES}`,
      },
      employeeOutsideScope('nip'),
    ],
    references: [
      unknownCode('position_code', 'position', 'unknown position'),
      unknownCode('agency_code', 'agency', 'unknown agency'),
      {
        column: 'supervisor_nip',
        reason: 'unknown supervisor',
        badLines: `select s.line from s where s.supervisor_nip is not null
          and not exists (select 1 from employee e where e.nip = s.supervisor_nip)
          and not exists (select 1 from s s2 where s2.nip = s.supervisor_nip)`,
      },
    ],
    writes: ['employee'],
    setAside: ['employee'],
    merge: [
      `insert into employee (nip, name, employment_type, rank, position_id, agency_id)
       select s.nip, s.name, s.employment_type, s.rank, p.id, a.id from s
       join position p on p.code = s.position_code join agency a on a.code = s.agency_code
       on conflict (nip) do update set name = excluded.name, employment_type = excluded.employment_type,
         rank = excluded.rank, position_id = excluded.position_id, agency_id = excluded.agency_id
       where (employee.name, employee.employment_type, employee.rank, employee.position_id, employee.agency_id)
         is distinct from (excluded.name, excluded.employment_type, excluded.rank, excluded.position_id, excluded.agency_id)`,
      `update employee e set supervisor_id = sup.id from s left join employee sup on sup.nip = s.supervisor_nip
       where e.nip = s.nip and e.supervisor_id is distinct from sup.id`,
    ],
  } satisfies FileRules<'employees.csv'>,
  {
    file: 'cycles.csv',
    cells: { code, name: text(300), kind: oneOf(CYCLE_KINDS), start_month: month, end_month: month },
    row: (r) => (parseMonth(r.start_month ?? '').ok && parseMonth(r.end_month ?? '').ok && (r.end_month ?? '') < (r.start_month ?? '')
      ? [['end_month', 'end month precedes start month']] : []),
    key: ['code'],
    references: [],
    writes: ['cycle'],
    merge: [
      `insert into cycle (code, name, kind, start_month, end_month)
       select s.code, s.name, s.kind, (s.start_month || '-01')::date, (s.end_month || '-01')::date from s
       on conflict (code) do update set name = excluded.name, kind = excluded.kind,
         start_month = excluded.start_month, end_month = excluded.end_month
       where (cycle.name, cycle.kind, cycle.start_month, cycle.end_month)
         is distinct from (excluded.name, excluded.kind, excluded.start_month, excluded.end_month)`,
    ],
  } satisfies FileRules<'cycles.csv'>,
  {
    file: 'appraisals.csv',
    cells: {
      cycle_code: code,
      nip: anyNip,
      status: oneOf(APPRAISAL_STATUSES),
      work_result_rating: optional(oneOf(RATINGS)),
      behavior_rating: optional(oneOf(RATINGS)),
      assessed_on: optional(date),
    },
    row: (r) => {
      const rated = RATED_STATUSES.includes(r.status ?? '');
      const problems: ['work_result_rating' | 'behavior_rating' | 'assessed_on', string][] = [];
      if (r.assessed_on) {
        if (!rated && APPRAISAL_STATUSES.includes(r.status as AppraisalStatus)) problems.push(['assessed_on', `must be empty while status is ${r.status}`]);
        // Today where it is latest in Indonesia (WIT, UTC+9): a rating cannot come from the future.
        else if (r.assessed_on > new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10)) problems.push(['assessed_on', 'is in the future']);
      }
      for (const column of ['work_result_rating', 'behavior_rating'] as const) {
        if (rated && r[column] === '') problems.push([column, `required when status is ${r.status}`]);
        if (!rated && APPRAISAL_STATUSES.includes(r.status as AppraisalStatus) && r[column] !== '') {
          problems.push([column, `must be empty while status is ${r.status}`]);
        }
      }
      return problems;
    },
    key: ['cycle_code', 'nip'],
    references: [
      unknownCode('cycle_code', 'cycle', 'unknown cycle'),
      unknownEmployee('nip', 'unknown employee'),
      // Each cell that differs from a finalised appraisal is named (SPEC §4: it never changes).
      ...(['status', 'work_result_rating', 'behavior_rating'] as const).map((column): ReferenceCheck => ({
        column,
        reason: 'appraisal is finalised and cannot change',
        badLines: `select s.line from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
          join appraisal a on a.cycle_id = c.id and a.employee_id = e.id
          where a.status = 'FINALIZED' and a.${column} is distinct from s.${column}`,
      })),
    ],
    writes: ['appraisal'],
    // employment_history: the appraisals' insert trigger writes a row per new (cycle, employee).
    // audit_event: an event per appraisal (its three secondary indexes cost 1.8 s of the 3.7 s of
    // inserting 130,000 events); a table that large is set aside only by a first import, with nobody at work.
    setAside: ['appraisal', 'employment_history', 'audit_event'],
    merge: [
      // PermenPANRB 6/2022: the predicate follows from the two ratings (rule table in packages/shared).
      // Each appraisal the merge inserts or changes gets its own audit event, so that the employee's
      // trail shows an imported rating like one given in the app. `before` reads the statement's
      // snapshot, i.e. the values the merge replaces.
      `with before as (
         select a.id, a.status, a.work_result_rating, a.behavior_rating, a.predicate
         from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
         join appraisal a on a.cycle_id = c.id and a.employee_id = e.id),
       merged as (
         insert into appraisal (cycle_id, employee_id, status, work_result_rating, behavior_rating, predicate, rule_set,
           assessed_at, finalized_at)
         select c.id, e.id, s.status, s.work_result_rating, s.behavior_rating, m.predicate,
           case when m.predicate is null then null else '${RULE_SET}' end,
           case when s.status in ('ASSESSED','OBJECTED','FINALIZED') then coalesce(${ASSESSED_ON}, now()) end,
           case when s.status = 'FINALIZED' then now() end
         from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
         left join (values ${predicateValues}) m(hk, pk, predicate)
           on m.hk = s.work_result_rating and m.pk = s.behavior_rating
         on conflict (cycle_id, employee_id) do update set status = excluded.status,
           work_result_rating = excluded.work_result_rating, behavior_rating = excluded.behavior_rating,
           predicate = excluded.predicate, rule_set = excluded.rule_set,
           assessed_at = coalesce(appraisal.assessed_at, excluded.assessed_at),
           finalized_at = coalesce(appraisal.finalized_at, excluded.finalized_at),
           version = appraisal.version + 1
         where (appraisal.status, appraisal.work_result_rating, appraisal.behavior_rating)
           is distinct from (excluded.status, excluded.work_result_rating, excluded.behavior_rating)
         returning id, cycle_id, employee_id, status, work_result_rating, behavior_rating, predicate),
       audited as (
         ${importAuditInsert('APPRAISAL_IMPORT')} 'appraisal', m.id::text, e.nip, jsonb_build_object('dataset', x.dataset, 'cycle', c.code,
           'created', b.id is null, 'changes', (${changesJson(['status', 'status'], ['workResultRating', 'work_result_rating'],
             ['behaviorRating', 'behavior_rating'], ['predicate', 'predicate'])}))
         from merged m join employee e on e.id = m.employee_id join cycle c on c.id = m.cycle_id
         left join before b on b.id = m.id cross join import_context x
         returning 1)
       select (select count(*) from merged) as changed, (select count(*) from audited) as audited`,
      // An assessed_on given for an appraisal already rated (and not final) moves the start of its
      // objection window; audited like the merge above.
      `with moved as (
         update appraisal a set assessed_at = x.at, version = a.version + 1
         from (select c.id as cycle_id, e.id as employee_id, ${ASSESSED_ON} as at, s.assessed_on::date as day
               from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip where s.assessed_on <> '') x
         where a.cycle_id = x.cycle_id and a.employee_id = x.employee_id and a.status in ('ASSESSED','OBJECTED')
           -- Only a different day moves it: an exported date (the day of the rating) imports back unchanged.
           and (a.assessed_at at time zone 'Asia/Jakarta')::date is distinct from x.day
         returning a.id, a.cycle_id, a.employee_id, a.assessed_at),
       audited as (
         ${importAuditInsert('APPRAISAL_IMPORT')} 'appraisal', m.id::text, e.nip, jsonb_build_object('dataset', x.dataset, 'cycle', c.code,
           'created', false, 'changes', jsonb_build_object('assessedAt', jsonb_build_object('to', m.assessed_at)))
         from moved m join employee e on e.id = m.employee_id join cycle c on c.id = m.cycle_id cross join import_context x
         returning 1)
       select (select count(*) from moved) as changed, (select count(*) from audited) as audited`,
    ],
    scope: [employeeOutsideScope('nip')],
  } satisfies FileRules<'appraisals.csv'>,
  {
    file: 'competency_assessments.csv',
    cells: { cycle_code: code, nip: anyNip, competency_code: code, rater_role: oneOf(RATER_ROLES), level },
    key: ['cycle_code', 'nip', 'competency_code', 'rater_role'],
    references: [
      unknownCode('cycle_code', 'cycle', 'unknown cycle'),
      unknownEmployee('nip', 'unknown employee'),
      unknownCode('competency_code', 'competency', 'unknown competency'),
      {
        column: 'nip',
        reason: 'no appraisal for this employee in this cycle',
        badLines: `select s.line from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
          where not exists (select 1 from appraisal a where a.cycle_id = c.id and a.employee_id = e.id)`,
      },
      {
        column: 'level',
        reason: 'appraisal is finalised and cannot change',
        // finalized_before: appraisals already final when this import began (a temp table).
        badLines: `select s.line from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
          join appraisal a on a.cycle_id = c.id and a.employee_id = e.id join finalized_before f on f.id = a.id
          join competency k on k.code = s.competency_code
          where not exists (select 1 from competency_assessment ca where ca.appraisal_id = a.id
            and ca.competency_id = k.id and ca.rater_role = s.rater_role and ca.level = s.level::smallint)`,
      },
    ],
    writes: ['competency_assessment'],
    setAside: ['competency_assessment', 'audit_event'],
    setAsideKeys: ['competency_assessment'],
    // Each staged level with the row it would change, read before the merge writes: a statement that
    // looked up competency_assessment while inserting into it could, planned for a nearly empty
    // table, rescan the rows it has inserted so far for every row (quadratic).
    prepare: [
      `create temp table merge_levels on commit drop as
       select a.id as appraisal_id, k.id as competency_id, s.rater_role, s.level::smallint as level,
         ca.id as existing_id, ca.level as before_level
       from s join cycle c on c.code = s.cycle_code join employee e on e.nip = s.nip
       join appraisal a on a.cycle_id = c.id and a.employee_id = e.id
       join competency k on k.code = s.competency_code
       left join competency_assessment ca on ca.appraisal_id = a.id and ca.competency_id = k.id and ca.rater_role = s.rater_role`,
      // Planned as 8,652 rows of 2.7M unanalyzed, the audit below looked up each appraisal and employee by index.
      'analyze merge_levels',
    ],
    merge: [
      // New levels are inserted, existing ones updated where the level differs (an INSERT … ON
      // CONFLICT would probe the key of every row twice, and most rows of a large import are new).
      // Plain statements: with RETURNING into a CTE the insert kept all 2.7M rows of 50,000 employees
      // in a tuplestore for the audit, which merge_levels already holds. The update goes first, while
      // the table holds only the levels it may change (none in a first import).
      `update competency_assessment ca set level = m.level from merge_levels m
       where ca.id = m.existing_id and ca.level is distinct from m.level`,
      `insert into competency_assessment (appraisal_id, competency_id, rater_role, level)
       select appraisal_id, competency_id, rater_role, level from merge_levels where existing_id is null`,
      // One audit event per appraisal whose levels the merge inserted or changed (not one per level),
      // listing each with the value it replaces (`from`, null for a new level) as read before the merge:
      // four arrays, element i of each describing one level, in competency code order. Built from
      // native arrays: the list as an array of objects, written as text and parsed as jsonb, took 17 s
      // for the 2.7M levels of 50,000 employees against 6 s.
      `with audited as (
         ${importAuditInsert('COMPETENCY_ASSESSMENT_IMPORT')} 'appraisal', a.id::text, e.nip,
           jsonb_build_object('dataset', x.dataset, 'cycle', c.code, 'levels', m.levels)
         -- Sorted once, aggregated in that order (an ordered aggregate would sort each appraisal's levels again).
         from (select l.appraisal_id, jsonb_build_object('competency', array_agg(l.code), 'raterRole', array_agg(l.rater_role),
                 'from', array_agg(l.before_level), 'to', array_agg(l.level)) as levels
               from (select m.*, k.code from merge_levels m join competency k on k.id = m.competency_id
                     where m.existing_id is null or m.level is distinct from m.before_level
                     order by m.appraisal_id, k.code, m.rater_role) l
               group by l.appraisal_id) m
         join appraisal a on a.id = m.appraisal_id join employee e on e.id = a.employee_id
         join cycle c on c.id = a.cycle_id cross join import_context x
         returning 1)
       -- The rows written are counted by the two statements above.
       select 0 as changed, (select count(*) from audited) as audited`,
    ],
    scope: [employeeOutsideScope('nip')],
  } satisfies FileRules<'competency_assessments.csv'>,
  {
    file: 'training_programs.csv',
    cells: {
      code,
      title: text(300),
      competency_code: code,
      level_from: level,
      level_to: level,
      hours_jp: integer(1, 1000, 'hours must be positive'),
      mode: oneOf(TRAINING_MODES),
      cost_per_participant: amount,
    },
    row: (r) => (Number(r.level_to) <= Number(r.level_from) ? [['level_to', 'level_to must exceed level_from']] : []),
    key: ['code'],
    references: [unknownCode('competency_code', 'competency', 'unknown competency')],
    writes: ['training_program'],
    merge: [
      `insert into training_program (code, title, competency_id, level_from, level_to, hours_jp, mode, cost_per_participant)
       select s.code, s.title, c.id, s.level_from::smallint, s.level_to::smallint, s.hours_jp::int, s.mode,
         s.cost_per_participant::numeric
       from s join competency c on c.code = s.competency_code
       on conflict (code) do update set title = excluded.title, competency_id = excluded.competency_id,
         level_from = excluded.level_from, level_to = excluded.level_to, hours_jp = excluded.hours_jp,
         mode = excluded.mode, cost_per_participant = excluded.cost_per_participant
       where (training_program.title, training_program.competency_id, training_program.level_from,
              training_program.level_to, training_program.hours_jp, training_program.mode,
              training_program.cost_per_participant)
         is distinct from (excluded.title, excluded.competency_id, excluded.level_from, excluded.level_to,
              excluded.hours_jp, excluded.mode, excluded.cost_per_participant)`,
    ],
  } satisfies FileRules<'training_programs.csv'>,
  {
    file: 'training_records.csv',
    cells: { nip: anyNip, program_code: code, completed_on: date, hours_jp: positiveHours },
    key: ['nip', 'program_code', 'completed_on'],
    references: [
      unknownEmployee('nip', 'unknown employee'),
      unknownCode('program_code', 'training_program', 'unknown training programme'),
    ],
    writes: ['training_record', 'development_plan_item'],
    setAside: ['training_record'],
    merge: [
      // SPEC §2: a new record of a development plan item's programme closes the item (DONE), with one
      // audit event per item, as the training record write path does. A re-import inserts nothing,
      // so it closes nothing.
      `with merged as (
         insert into training_record (employee_id, program_id, completed_on, hours_jp)
         select e.id, p.id, s.completed_on::date, s.hours_jp::numeric from s
         join employee e on e.nip = s.nip join training_program p on p.code = s.program_code
         on conflict (employee_id, program_id, completed_on) do update set hours_jp = excluded.hours_jp
         where training_record.hours_jp is distinct from excluded.hours_jp
         returning employee_id, program_id, completed_on, (xmax = 0) as inserted),
       closed as (
         update development_plan_item d set status = 'DONE', updated_at = now()
         from (select distinct employee_id, program_id from merged where inserted) m
         where d.employee_id = m.employee_id and d.program_id = m.program_id and d.status in ('RECOMMENDED', 'PLANNED')
         returning d.id, d.employee_id, d.status, d.program_id),
       audited as (
         ${importAuditInsert('DEVELOPMENT_CLOSE')} 'development_plan_item', c.id::text, e.nip,
           jsonb_build_object('dataset', x.dataset, 'to', c.status, 'programCode', p.code, 'byTrainingRecord', true)
         from closed c join employee e on e.id = c.employee_id join training_program p on p.id = c.program_id
         cross join import_context x
         returning 1)
       select (select count(*) from merged) as changed, (select count(*) from audited) as audited`,
    ],
    scope: [employeeOutsideScope('nip')],
  } satisfies FileRules<'training_records.csv'>,
  {
    // Optional: each unit's own predicate per cycle, for the distribution pattern (PermenPANRB 6/2022).
    file: 'agency_results.csv',
    cells: { cycle_code: code, agency_code: code, organisation_predicate: oneOf(ORGANIZATION_PREDICATES) },
    key: ['cycle_code', 'agency_code'],
    references: [
      unknownCode('cycle_code', 'cycle', 'unknown cycle'),
      unknownCode('agency_code', 'agency', 'unknown agency'),
    ],
    writes: ['agency_result'],
    merge: [
      // distinct on: a duplicate row is reported, and must not make the upsert touch a row twice meanwhile.
      `insert into agency_result (cycle_id, agency_id, organisation_predicate)
       select distinct on (c.id, a.id) c.id, a.id, s.organisation_predicate from s
       join cycle c on c.code = s.cycle_code join agency a on a.code = s.agency_code
       order by c.id, a.id, s.line
       on conflict (cycle_id, agency_id) do update set organisation_predicate = excluded.organisation_predicate, updated_at = now()
       where agency_result.organisation_predicate is distinct from excluded.organisation_predicate`,
    ],
  } satisfies FileRules<'agency_results.csv'>,
];

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
const nationalDescriptors = NATIONAL_COMPETENCIES
  .flatMap((c) => c.descriptors.map((d, i) => `(${quote(c.code)}, ${i + 1}, ${quote(d)})`))
  .join(',\n');

/** Statements run once after every file merged: derived structures kept in step with the data. */
export const AFTER_IMPORT_SQL = [
  // Datasets carry no level descriptors; the national catalogue's (PermenPANRB 38/2017) are filled in
  // for the competencies that use its codes, without overwriting an agency's own wording.
  `insert into competency_level (competency_id, level, descriptor)
   select c.id, v.level, v.descriptor from (values ${nationalDescriptors}) v(code, level, descriptor)
   join competency c on c.code = v.code
   on conflict (competency_id, level) do nothing`,
  // agency_closure and depth mirror the parent links (see Agency / AgencyClosure).
  `create temp table closure_now on commit drop as
   with recursive walk(ancestor_id, descendant_id, distance) as (
     select id, id, 0 from agency
     union all select w.ancestor_id, a.id, w.distance + 1 from walk w join agency a on a.parent_id = w.descendant_id)
   select ancestor_id, descendant_id, distance::smallint as distance from walk`,
  `delete from agency_closure c where not exists (select 1 from closure_now n
     where n.ancestor_id = c.ancestor_id and n.descendant_id = c.descendant_id and n.distance = c.distance)`,
  `insert into agency_closure (ancestor_id, descendant_id, distance) select * from closure_now
   on conflict (ancestor_id, descendant_id) do nothing`,
  `update agency a set depth = d.depth from (select descendant_id, max(distance) as depth from closure_now group by descendant_id) d
   where d.descendant_id = a.id and a.depth is distinct from d.depth`,
];
