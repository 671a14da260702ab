import { Migration } from '@mikro-orm/migrations';
import {
  DIMENSIONS, MOVED, addToCube, cubeColumns, cubeSelect, idsFromTouchedRows, purgeCube, triggerFunction,
  type CubeSpec, type FactSpec, type Staffing,
} from './Migration20261122090000_analytics.js';

/*
 * Training effectiveness (SPEC §5): a fact per cohort member and a subtree cube, kept in step like
 * the other analytics (Migration20261122090000_analytics, whose generators this reuses).
 *
 * - analytics_previous_cycle (view): C′ of every cycle C — the latest cycle of the same kind that
 *   ends before C starts (previousCycleOf in @kinerja/shared, same tie-breaks).
 * - analytics_effect_fact: one row per cohort member (employee, cycle C, competency k) and programme
 *   of k they completed inside C's months; a member with no record of any programme of k has one
 *   row with program_id null (the comparison group). Levels and required level as in the pair
 *   facts: assessed = ASSESSOR else SUPERVISOR, required = the current position standard.
 *   `analytics_effect_source` derives it from the base tables (through analytics_pair_source).
 * - analytics_effect_cube: the facts summed per agency subtree × cycle × position × employment type
 *   × competency × programme (null = comparison): members, Σ gap before/after, closed, Σ level before/after.
 *
 * Maintenance, by statement-level triggers named <table>_analytics_effect_<event> (independent of
 * the other analytics triggers: the facts are derived from the base tables, not from other facts):
 * employee, appraisal, competency_assessment, position_requirement and training_record refresh the
 * touched employees; a programme moving to another competency refreshes the employees with records
 * of it; a cycle added, removed or moved in time refreshes every cycle of its kind (C′ may change);
 * agency_closure moves subtree totals. A bulk load (kinerja.bulk_load) skips them and marks the
 * analytics stale; refreshAnalytics then calls analytics_effect_rebuild() after analytics_rebuild().
 */

export const EFFECT_FACT: FactSpec = {
  table: 'analytics_effect_fact',
  source: 'analytics_effect_source',
  columns: `employee_id int not null, cycle_id int not null, competency_id int not null, program_id int,
    agency_id int not null, position_id int not null, employment_type text not null,
    required smallint not null, level_before smallint not null, level_after smallint not null`,
  primaryKey: 'employee_id, cycle_id, competency_id, program_id',
  index: 'agency_id, cycle_id',
  derivation: effectSelect('true'),
};

export const EFFECT_CUBE: CubeSpec = {
  table: 'analytics_effect_cube',
  fact: EFFECT_FACT,
  keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['competency_id', 'int not null', 'f.competency_id'],
    ['program_id', 'int null', 'f.program_id']],
  measures: [
    ['employees', 'int', 'sum(f.w)'],
    ['gap_before', 'int', 'sum(f.w * (f.required - f.level_before))'],
    ['gap_after', 'int', 'sum(f.w * greatest(f.required - f.level_after, 0))'],
    ['closed', 'int', 'coalesce(sum(f.w) filter (where f.level_after >= f.required), 0)'],
    ['level_before', 'int', 'sum(f.w * f.level_before)'],
    ['level_after', 'int', 'sum(f.w * f.level_after)'],
  ],
};

/**
 * The cohort rows of SPEC §5 from the base tables: pair `a` in C with an assessed level, pair `b`
 * of the same employee and competency in C′ with a gap, and each programme of the competency with
 * a record completed inside C's months (or none: null). `where` may narrow `a` and `b`.
 */
export function effectSelect(where: string, pairs = 'analytics_pair_source', programs: 'LOOKUP' | 'GROUPED' = 'LOOKUP'): string {
  // LOOKUP: each row's programmes looked up by index (the view, the triggers' few rows); GROUPED:
  // every (employee, competency, cycle, programme) with a record derived once and hash-joined, for
  // a rebuild of all rows (Migration20261201140000_rebuild_effect).
  const lookup = programs === 'LOOKUP';
  return `select a.employee_id, a.cycle_id, a.competency_id, t.program_id, a.agency_id, a.position_id, a.employment_type,
    a.required, b.assessed as level_before, a.assessed as level_after
  from ${pairs} a
  join analytics_previous_cycle pc on pc.cycle_id = a.cycle_id${lookup ? `
  join cycle c on c.id = a.cycle_id` : ''}
  join ${pairs} b on b.employee_id = a.employee_id and b.cycle_id = pc.previous_cycle_id
    and b.competency_id = a.competency_id
  ${lookup ? `left join lateral (
    select distinct tr.program_id
    from training_record tr
    join training_program tp on tp.id = tr.program_id
    where tr.employee_id = a.employee_id and tp.competency_id = a.competency_id
      and tr.completed_on >= c.start_month and tr.completed_on < c.end_month + interval '1 month'
  ) t on true` : `left join (
    select distinct tr.employee_id, tp.competency_id, c.id as cycle_id, tr.program_id
    from training_record tr
    join training_program tp on tp.id = tr.program_id
    join cycle c on tr.completed_on >= c.start_month and tr.completed_on < c.end_month + interval '1 month'
  ) t on t.employee_id = a.employee_id and t.competency_id = a.competency_id and t.cycle_id = a.cycle_id`}
  where a.assessed is not null and b.gap >= 1 and ${where}`;
}

/** Replaces the facts matching `condition` (over fact row `f`) with `freshRows`, and moves the cube with them. */
function replaceFacts(condition: string, freshRows: string): string {
  const weighted = (rows: string, sign: number) => cubeSelect(EFFECT_CUBE, `(select ${sign} as w, * from ${rows})`);
  return `with old as (delete from ${EFFECT_FACT.table} f where ${condition} returning *)
    ${addToCube(EFFECT_CUBE, weighted('old', -1))};
    with new as (insert into ${EFFECT_FACT.table} ${freshRows} returning *)
    ${addToCube(EFFECT_CUBE, weighted('new', 1))};
    ${purgeCube(EFFECT_CUBE)};`;
}

/** The tables with triggers; HISTORY (Migration20261130170000_employment_history) adds employment_history. */
function tablesOf(staffing: Staffing): string[] {
  return ['employee', ...(staffing === 'HISTORY' ? ['employment_history'] : []), 'appraisal', 'competency_assessment',
    'position_requirement', 'training_program', 'training_record', 'cycle', 'agency_closure'];
}

function triggers(table: string, fn: string, events: readonly ('insert' | 'update' | 'delete')[]): string[] {
  const referencing = { insert: 'new table as new_rows', update: 'old table as old_rows new table as new_rows', delete: 'old table as old_rows' };
  return events.map((event) => `create trigger ${table}_analytics_effect_${event} after ${event} on ${table}
      referencing ${referencing[event]} for each statement execute function ${fn}()`);
}

const ALL_EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * The statements of this migration for a staffing (see Staffing in the analytics migration): with
 * HISTORY the cohort's agency and position in a cycle are employment_history's, through the pair
 * source view, and a change there refreshes the employees it touched.
 */
export function effectUpStatements(staffing: Staffing): string[] {
  const history = staffing === 'HISTORY';
  return [
    `create view analytics_previous_cycle as
    select c.id as cycle_id, p.id as previous_cycle_id
    from cycle c
    cross join lateral (
      select p.id from cycle p
      where p.kind = c.kind and p.end_month < c.start_month
      order by p.end_month desc, p.start_month desc, p.code collate "C"
      limit 1
    ) p`,

    `create table ${EFFECT_FACT.table} (${EFFECT_FACT.columns},
      constraint ${EFFECT_FACT.table}_key unique nulls not distinct (${EFFECT_FACT.primaryKey}))`,
    `create index ${EFFECT_FACT.table}_agency_index on ${EFFECT_FACT.table} (${EFFECT_FACT.index})`,
    `create index ${EFFECT_FACT.table}_program_index on ${EFFECT_FACT.table} (cycle_id, program_id)`,
    `create view ${EFFECT_FACT.source} as ${EFFECT_FACT.derivation}`,
    `create table ${EFFECT_CUBE.table} (agency_id int not null,
      ${[...EFFECT_CUBE.keys.map(([c, type]) => `${c} ${type}`), ...EFFECT_CUBE.measures.map(([c, type]) => `${c} ${type} not null`)].join(', ')},
      constraint ${EFFECT_CUBE.table}_key unique nulls not distinct (agency_id, ${EFFECT_CUBE.keys.map(([c]) => c).join(', ')}))`,
    `create index ${EFFECT_CUBE.table}_empty_index on ${EFFECT_CUBE.table} (agency_id) where employees = 0`,
    `create view ${EFFECT_CUBE.table}_source as ${cubeSelect(EFFECT_CUBE, `(select 1 as w, * from ${EFFECT_FACT.source})`)}`,

    // Same serialisation as the other facts (analytics_lock_employees), plus this fact and cube.
    `create function analytics_effect_refresh(p_employee_ids int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      if p_employee_ids is null or cardinality(p_employee_ids) = 0 then
        return;
      end if;
      perform analytics_lock_employees(p_employee_ids);
      lock table ${EFFECT_CUBE.table} in row exclusive mode;
      if cardinality(p_employee_ids) > 1000 then
        lock table ${EFFECT_FACT.table} in share row exclusive mode;
      end if;
      ${replaceFacts('f.employee_id = any(p_employee_ids)',
        effectSelect('a.employee_id = any(p_employee_ids) and b.employee_id = any(p_employee_ids)'))}
    end $$`,

    // Whole cycles: C′ of a cycle changes when a cycle of its kind is added, removed or moved.
    `create function analytics_effect_refresh_cycles(p_cycle_ids int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      if p_cycle_ids is null or cardinality(p_cycle_ids) = 0 then
        return;
      end if;
      lock table ${EFFECT_FACT.table}, ${EFFECT_CUBE.table} in share row exclusive mode;
      ${replaceFacts('f.cycle_id = any(p_cycle_ids)', effectSelect('a.cycle_id = any(p_cycle_ids)'))}
    end $$`,

    `create function analytics_effect_rebuild() returns void language plpgsql
    set work_mem = '256MB' as $$
    begin
      truncate ${EFFECT_FACT.table}, ${EFFECT_CUBE.table};
      insert into ${EFFECT_FACT.table} select * from ${EFFECT_FACT.source};
      insert into ${EFFECT_CUBE.table} (${cubeColumns(EFFECT_CUBE)}) ${cubeSelect(EFFECT_CUBE, `(select 1 as w, * from ${EFFECT_FACT.table})`)};
      analyze ${EFFECT_FACT.table};
      analyze ${EFFECT_CUBE.table};
    end $$`,

    `create function analytics_effect_on_truncate() returns trigger language plpgsql as $$
    begin
      if not analytics_bulk_load_skips() then
        perform analytics_effect_rebuild();
      end if;
      return null;
    end $$`,

    triggerFunction('analytics_effect_on_employee', `
  if tg_op = 'INSERT' then
    select array_agg(id) into ids from new_rows;
  elsif tg_op = 'DELETE' then
    select array_agg(id) into ids from old_rows;
  else
    select array_agg(n.id) into ids from old_rows o join new_rows n on n.id = o.id
    where ${history ? 'o.employment_type is distinct from n.employment_type'
    : '(o.active, o.agency_id, o.position_id, o.employment_type) is distinct from (n.active, n.agency_id, n.position_id, n.employment_type)'};
  end if;
  perform analytics_effect_refresh(ids);`),
    ...triggers('employee', 'analytics_effect_on_employee', ALL_EVENTS),

    ...(history ? [
      triggerFunction('analytics_effect_on_employment_history', `
  ${idsFromTouchedRows((rows) => `select employee_id from ${rows}`)}
  perform analytics_effect_refresh(ids);`),
      ...triggers('employment_history', 'analytics_effect_on_employment_history', ALL_EVENTS),
    ] : []),

    triggerFunction('analytics_effect_on_appraisal', `
  if tg_op = 'INSERT' then
    select array_agg(distinct employee_id) into ids from new_rows;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct employee_id) into ids from old_rows;
  else
    select array_agg(distinct x.employee_id) into ids
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values (o.employee_id), (n.employee_id)) x(employee_id)
    where (o.cycle_id, o.employee_id) is distinct from (n.cycle_id, n.employee_id);
  end if;
  perform analytics_effect_refresh(ids);`),
    ...triggers('appraisal', 'analytics_effect_on_appraisal', ALL_EVENTS),

    triggerFunction('analytics_effect_on_competency_assessment', `
  if tg_op = 'INSERT' then
    select array_agg(distinct a.employee_id) into ids from new_rows n join appraisal a on a.id = n.appraisal_id;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct a.employee_id) into ids from old_rows o join appraisal a on a.id = o.appraisal_id;
  else
    select array_agg(distinct a.employee_id) into ids
    from old_rows o join new_rows n on n.id = o.id
    join appraisal a on a.id in (o.appraisal_id, n.appraisal_id)
    where (o.appraisal_id, o.competency_id, o.rater_role, o.level) is distinct from (n.appraisal_id, n.competency_id, n.rater_role, n.level);
  end if;
  perform analytics_effect_refresh(ids);`),
    ...triggers('competency_assessment', 'analytics_effect_on_competency_assessment', ALL_EVENTS),

    triggerFunction('analytics_effect_on_position_requirement', `
  ${idsFromTouchedRows((rows) => (history
    ? `select h.employee_id from employment_history h where h.active and h.position_id in (select position_id from ${rows})`
    : `select e.id from employee e where e.active and e.position_id in (select position_id from ${rows})`))}
  perform analytics_effect_refresh(ids);`),
    ...triggers('position_requirement', 'analytics_effect_on_position_requirement', ALL_EVENTS),

    triggerFunction('analytics_effect_on_training_record', `
  ${idsFromTouchedRows((rows) => `select employee_id from ${rows}`)}
  perform analytics_effect_refresh(ids);`),
    ...triggers('training_record', 'analytics_effect_on_training_record', ALL_EVENTS),

    // Only the competency of a programme places its records; code, title, cost are read at query time.
    triggerFunction('analytics_effect_on_training_program', `
  if tg_op = 'UPDATE' then
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id where o.competency_id <> n.competency_id) then
      return null;
    end if;
  end if;
  ${idsFromTouchedRows((rows) => `select tr.employee_id from training_record tr where tr.program_id in (select id from ${rows})`)}
  perform analytics_effect_refresh(ids);`),
    ...triggers('training_program', 'analytics_effect_on_training_program', ['update', 'delete']),

    triggerFunction('analytics_effect_on_cycle', `
  if tg_op = 'UPDATE' then
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where (o.kind, o.start_month, o.end_month) is distinct from (n.kind, n.start_month, n.end_month)) then
      return null;
    end if;
  end if;
  ${idsFromTouchedRows((rows) => `select c.id from cycle c where c.kind in (select kind from ${rows}) union select id from ${rows}`)}
  perform analytics_effect_refresh_cycles(ids);`),
    ...triggers('cycle', 'analytics_effect_on_cycle', ALL_EVENTS),

    triggerFunction('analytics_effect_on_agency_closure', `
  lock table ${EFFECT_CUBE.table} in share row exclusive mode;
  if tg_op in ('DELETE', 'UPDATE') then
    perform analytics_effect_move_subtrees(-1, array_agg(ancestor_id), array_agg(descendant_id)) from old_rows;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform analytics_effect_move_subtrees(1, array_agg(ancestor_id), array_agg(descendant_id)) from new_rows;
  end if;`),
    `create function analytics_effect_move_subtrees(p_sign int, p_ancestors int[], p_descendants int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      ${addToCube(EFFECT_CUBE, cubeSelect(EFFECT_CUBE, `(select p_sign as w, * from ${EFFECT_FACT.table} where agency_id = any(p_descendants))`, MOVED))};
      ${purgeCube(EFFECT_CUBE)};
    end $$`,
    ...triggers('agency_closure', 'analytics_effect_on_agency_closure', ALL_EVENTS),

    ...tablesOf(staffing).map((table) => `create trigger ${table}_analytics_effect_truncate after truncate on ${table}
      for each statement execute function analytics_effect_on_truncate()`),

    // Like analytics_rebuild (Migration20261123100000_app_role_functions): the application role may
    // run the rebuild, which truncates only these derived tables, with the owner's rights.
    `do $$ begin
      execute format('alter function analytics_effect_rebuild() security definer set search_path = %I, pg_temp', current_schema());
    end $$`,
    'revoke execute on function analytics_effect_rebuild() from public',

    `select analytics_effect_rebuild()`,
  ];
}

export class Migration20261130130000_training_effect extends Migration {
  override async up(): Promise<void> {
    for (const statement of effectUpStatements('CURRENT')) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of effectDownStatements('CURRENT')) this.addSql(statement);
  }
}

/** The statements that drop what effectUpStatements(staffing) creates. */
export function effectDownStatements(staffing: Staffing): string[] {
  return [
    ...tablesOf(staffing).flatMap((table) => ['insert', 'update', 'delete', 'truncate']
      .map((event) => `drop trigger if exists ${table}_analytics_effect_${event} on ${table}`)),
    `drop view if exists ${EFFECT_CUBE.table}_source`,
    `drop view if exists ${EFFECT_FACT.source}`,
    ...['analytics_effect_on_employee', ...(staffing === 'HISTORY' ? ['analytics_effect_on_employment_history'] : []),
      'analytics_effect_on_appraisal', 'analytics_effect_on_competency_assessment',
      'analytics_effect_on_position_requirement', 'analytics_effect_on_training_record', 'analytics_effect_on_training_program',
      'analytics_effect_on_cycle', 'analytics_effect_on_agency_closure', 'analytics_effect_on_truncate', 'analytics_effect_move_subtrees',
      'analytics_effect_rebuild', 'analytics_effect_refresh_cycles', 'analytics_effect_refresh'].map((fn) => `drop function if exists ${fn} cascade`),
    `drop table if exists ${EFFECT_CUBE.table}`,
    `drop table if exists ${EFFECT_FACT.table}`,
    `drop view if exists analytics_previous_cycle`,
  ];
}
