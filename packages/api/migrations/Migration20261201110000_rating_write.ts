import { Migration } from '@mikro-orm/migrations';
import {
  CLOSURE_LOOKUP, LATEST, PAIR_COLUMNS, addToCube, analyticsUpStatements, cubeSelect, cubesOfFact, employeeFactsSelect, purgeCube, schemaOf, staffJoin, triggerFunction,
  type CubeSpec, type FactSpec,
} from './Migration20261122090000_analytics.js';
import { EFFECT_CUBE, EFFECT_FACT, effectSelect, effectUpStatements } from './Migration20261130130000_training_effect.js';

/*
 * A supervisor rating updates only what it changes (issue #13: one rating ≤ 20 ms at any size).
 *
 * A rating is two statements (appraisalAssess): an INSERT of the supervisor's levels and an UPDATE
 * of the appraisal (status, ratings, predicate). Until now each recomputed every fact of the employee
 * in every cycle — pairs, appraisal, rating and training-effect facts and their cubes — though a
 * level only changes its own appraisal's (employee, cycle) and a workflow change only the appraisal
 * fact. The facts are still derived by the same views and generators
 * (Migration20261122090000_analytics, Migration20261130130000_training_effect); what changes is
 * which rows a trigger replaces:
 *
 *  - levels (competency_assessment): the pair, appraisal and rating facts of the touched appraisals'
 *    (employee, cycle) only (analytics_refresh_appraisal_keys); the training-effect facts of the
 *    touched (employee, cycle, competency) and of the cycles whose previous cycle C′ is the touched
 *    one (the level is their "before"), analytics_effect_refresh_keys;
 *  - an appraisal UPDATE that keeps its employee and cycle and changes status or predicate: the
 *    appraisal facts of those (employee, cycle), derived from the pair facts as they stand, and only
 *    the cubes that read finalized or predicate (analytics_refresh_workflow) — the pairs, the fit
 *    points and the rating facts cannot change;
 *  - an appraisal inserted or deleted: its (employee, cycle) facts (keyed refresh as for levels);
 *  - an appraisal UPDATE that moves it to another employee or cycle: every fact of the employees
 *    involved, as before (analytics_refresh_appraisals).
 * Locking (analytics_lock_employees, per employee, a table lock beyond 1,000) and the bulk-load skip
 * are those of the analytics migration. down() restores the trigger functions as the analytics and
 * training-effect migrations generate them (Staffing HISTORY) and drops the new functions.
 */

// The analytics as Migration20261201100000_rater_ranking left them (LATEST: its cubes are refreshed too).
const SCHEMA = schemaOf('HISTORY', LATEST);
const FACTS = SCHEMA.facts;

/** The columns of the appraisal fact that come from the appraisal's workflow (the rest come from pair facts and staffing). */
const WORKFLOW_FACT_COLUMNS = ['finalized', 'predicate'];

/** The appraisal-fact cubes whose keys, measures or filter read a workflow column: only those move when the workflow does. */
export function workflowCubes(): CubeSpec[] {
  const reads = new RegExp(`\\bf\\.(${WORKFLOW_FACT_COLUMNS.join('|')})\\b`);
  return cubesOfFact(SCHEMA, FACTS.appraisal).filter((cube) => reads.test([
    ...cube.keys.map(([, , expression]) => expression), ...cube.measures.map(([, , aggregate]) => aggregate), cube.where ?? '',
  ].join(' ')));
}

/** Rows of alias `t` (or unqualified, t = '') whose (employee, cycle) is one of the keys p_employee_ids × p_cycle_ids (paired). */
function inKeys(t: string): string {
  const p = t === '' ? '' : `${t}.`;
  return `${p}employee_id = any(p_employee_ids) and (${p}employee_id, ${p}cycle_id) in (select * from unnest(p_employee_ids, p_cycle_ids))`;
}

/** As inKeys, with the competency: (employee, cycle, competency) keys. */
function inEffectKeys(t: string): string {
  return `${t}.employee_id = any(p_employee_ids) and ${t}.cycle_id = any(p_cycle_ids) and ${t}.competency_id = any(p_competency_ids)
        and (${t}.employee_id, ${t}.cycle_id, ${t}.competency_id) in (select * from unnest(p_employee_ids, p_cycle_ids, p_competency_ids))`;
}

/** The employees of the keys, once each (analytics_lock_employees counts them for its table-lock threshold). */
const KEY_EMPLOYEES = 'array(select distinct u.id from unnest(p_employee_ids) as u(id))';

/** (employee, cycle) of the appraisals of level rows `rows` (aliased t), as plpgsql filling employee_ids and cycle_ids. */
function appraisalKeysOf(rows: string): string {
  return `select array_agg(k.employee_id), array_agg(k.cycle_id) into employee_ids, cycle_ids
    from (select distinct a.employee_id, a.cycle_id from ${rows} t join appraisal a on a.id = t.appraisal_id) k;`;
}

/**
 * (employee, cycle, competency) effect keys of level rows `rows` (aliased t): the level's own cycle
 * (its "after") and every cycle whose previous cycle it is (its "before").
 */
function effectKeysOf(rows: string): string {
  return `select array_agg(k.employee_id), array_agg(k.cycle_id), array_agg(k.competency_id) into employee_ids, cycle_ids, competency_ids
    from (
      select distinct a.employee_id, x.cycle_id, t.competency_id
      from ${rows} t join appraisal a on a.id = t.appraisal_id
      cross join lateral (select a.cycle_id union select pc.cycle_id from analytics_previous_cycle pc where pc.previous_cycle_id = a.cycle_id) x(cycle_id)
    ) k;`;
}

/** Level rows of an UPDATE whose `columns` changed, old and new side (a level moved to another appraisal counts for both). */
function changedLevels(columns: string): string {
  const changed = `from old_rows o join new_rows n on n.id = o.id where (${columns.replace(/(\w+)/g, 'o.$1')}) is distinct from (${columns.replace(/(\w+)/g, 'n.$1')})`;
  return `(select o.appraisal_id, o.competency_id ${changed} union select n.appraisal_id, n.competency_id ${changed})`;
}

/** plpgsql filling the keys `keysOf` names from the level rows a statement touched: inserted, deleted, or changed in `columns`. */
function levelKeysByEvent(keysOf: (rows: string) => string, columns: string): string {
  return `if tg_op = 'INSERT' then
    ${keysOf('new_rows')}
  elsif tg_op = 'DELETE' then
    ${keysOf('old_rows')}
  else
    ${keysOf(changedLevels(columns))}
  end if;`;
}

/**
 * Which plans the statements of a keyed refresh run with. Planning the derivations (views over
 * views, laterals) costs far more than running them for one appraisal — ~90 % of a rating's trigger
 * time was planning under force_custom_plan — so a few keys (a rating, an ORM flush) use the plan
 * this session cached for each statement, made for a handful of keys (index lookups); many keys (a
 * script, a cycle opening) get plans of their own, as in the analytics migration. The function's
 * own `set plan_cache_mode` clause restores the setting when it returns (set_config is local to it).
 */
export const FEW_KEYS = 100;
const PLAN_FOR_KEYS = `perform set_config('plan_cache_mode',
        case when cardinality(p_employee_ids) <= ${FEW_KEYS} then 'force_generic_plan' else 'force_custom_plan' end, true);`;

/**
 * Replaces the facts matching `condition` (over fact rows `f`) with `freshRows` and adds new − old
 * to `cubes` in ONE upsert per cube: the deleted rows are kept in the plpgsql array `variable` (of
 * the fact's row type) and summed with the inserted ones, so a cube row that both lose and gain
 * (most of them: a rating changes levels, not where the employee stands) is written once, and one
 * whose sums do not move is not written at all. (The analytics migration's replaceFacts writes each
 * cube twice, once per statement: harmless for the bulk paths it serves.)
 */
function replaceFactsNet(fact: FactSpec, cubes: CubeSpec[], condition: string, freshRows: string, variable: string): string {
  // The delta's few own agencies reach their ancestors by index (CLOSURE_LOOKUP): the cached generic
  // plan hashed the whole agency_closure for every cube (~0.6 ms each at 100,000 employees, growing
  // with the number of agencies).
  const moved = (cube: CubeSpec) => `select * from (${cubeSelect(cube, 'delta', CLOSURE_LOOKUP)}) m
    where not (${cube.measures.map(([column]) => `m.${column} = 0`).join(' and ')})`;
  const last = cubes[cubes.length - 1]!;
  return `with gone as (delete from ${fact.table} f where ${condition} returning f)
      select array_agg(gone.f) into ${variable} from gone;
      with new as (insert into ${fact.table} ${freshRows} returning *),
      delta as (select -1 as w, * from unnest(${variable}) union all select 1 as w, * from new)
      ${cubes.slice(0, -1).map((cube, i) => `, cube_${i} as (${addToCube(cube, moved(cube))})`).join('\n      ')}
      ${addToCube(last, moved(last))};
      ${cubes.map((cube) => `${purgeCube(cube)};`).join('\n      ')}`;
}

/**
 * A keyed refresh function: nothing to do without keys, the plans for the number of keys
 * (PLAN_FOR_KEYS), the employees' locks, then `body` with `declarations` (the old facts' arrays).
 */
function keyedRefresh(name: string, parameters: string, declarations: string[], body: string): string {
  return `create function ${name}(${parameters}) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    declare
      ${declarations.join('\n      ')}
    begin
      if p_employee_ids is null or cardinality(p_employee_ids) = 0 then
        return;
      end if;
      ${PLAN_FOR_KEYS}
      perform analytics_lock_employees(${KEY_EMPLOYEES});
      ${body}
    end $$`;
}

const KEY_DECLARATIONS = 'ids int[];\n  employee_ids int[];\n  cycle_ids int[];';

function orReplace(statement: string): string {
  if (!statement.startsWith('create function ')) throw new Error(`not a function definition: ${statement.slice(0, 60)}`);
  return statement.replace(/^create function /, 'create or replace function ');
}

export function ratingWriteUpStatements(): string[] {
  return [
    // The facts of some appraisals, keyed by (employee, cycle): pairs first, the appraisal facts from
    // them, and the rating facts. The same derivations as analytics_refresh_appraisals, narrowed.
    keyedRefresh('analytics_refresh_appraisal_keys', 'p_employee_ids int[], p_cycle_ids int[]', [`old_pairs ${FACTS.pair.table}[];`, `old_appraisals ${FACTS.appraisal.table}[];`, `old_ratings ${FACTS.rating.table}[];`], `${replaceFactsNet(FACTS.pair, cubesOfFact(SCHEMA, FACTS.pair), inKeys('f'),
        `(${PAIR_COLUMNS}) select ${PAIR_COLUMNS} from ${FACTS.pair.source} where ${inKeys('')}`, 'old_pairs')}
      ${replaceFactsNet(FACTS.appraisal, cubesOfFact(SCHEMA, FACTS.appraisal), inKeys('f'),
        employeeFactsSelect(FACTS.pair.table, inKeys, staffJoin('HISTORY')), 'old_appraisals')}
      ${replaceFactsNet(FACTS.rating, cubesOfFact(SCHEMA, FACTS.rating), inKeys('f'),
        `select * from ${FACTS.rating.source} where ${inKeys('')}`, 'old_ratings')}`),

    // The workflow (status, predicate) of some appraisals changed, nothing else: their appraisal
    // facts from the pair facts as they stand, and the cubes that read the workflow.
    keyedRefresh('analytics_refresh_workflow', 'p_employee_ids int[], p_cycle_ids int[]', [`old_appraisals ${FACTS.appraisal.table}[];`], `${replaceFactsNet(FACTS.appraisal, workflowCubes(), inKeys('f'),
        employeeFactsSelect(FACTS.pair.table, inKeys, staffJoin('HISTORY')), 'old_appraisals')}`),

    // Training-effect facts of some (employee, cycle, competency): as analytics_effect_refresh, narrowed.
    keyedRefresh('analytics_effect_refresh_keys', 'p_employee_ids int[], p_cycle_ids int[], p_competency_ids int[]', [`old_effects ${EFFECT_FACT.table}[];`], `lock table ${EFFECT_CUBE.table} in row exclusive mode;
      if (select count(distinct u.id) from unnest(p_employee_ids) as u(id)) > 1000 then
        lock table ${EFFECT_FACT.table} in share row exclusive mode;
      end if;
      ${replaceFactsNet(EFFECT_FACT, [EFFECT_CUBE], inEffectKeys('f'),
        effectSelect(`${inEffectKeys('a')} and b.employee_id = any(p_employee_ids)`), 'old_effects')}`),

    orReplace(triggerFunction('analytics_on_appraisal', `
  if tg_op = 'INSERT' then
    select array_agg(employee_id), array_agg(cycle_id) into employee_ids, cycle_ids from new_rows;
    perform analytics_refresh_appraisal_keys(employee_ids, cycle_ids);
  elsif tg_op = 'DELETE' then
    select array_agg(employee_id), array_agg(cycle_id) into employee_ids, cycle_ids from old_rows;
    perform analytics_refresh_appraisal_keys(employee_ids, cycle_ids);
  else
    -- Moved to another employee or cycle: everything of both employees.
    select array_agg(distinct x.employee_id) into ids
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values (o.employee_id), (n.employee_id)) x(employee_id)
    where (o.cycle_id, o.employee_id) is distinct from (n.cycle_id, n.employee_id);
    perform analytics_refresh_appraisals(ids);
    -- Same employee and cycle, another status or predicate: the appraisal facts alone.
    select array_agg(n.employee_id), array_agg(n.cycle_id) into employee_ids, cycle_ids
    from old_rows o join new_rows n on n.id = o.id
    where (o.cycle_id, o.employee_id) = (n.cycle_id, n.employee_id)
      and (o.status, o.predicate) is distinct from (n.status, n.predicate);
    perform analytics_refresh_workflow(employee_ids, cycle_ids);
  end if;`, KEY_DECLARATIONS)),

    // A level changed: its appraisal's (employee, cycle). (Levels deleted with their appraisal are
    // left to the appraisal trigger: the appraisal is gone by the time this one runs.)
    orReplace(triggerFunction('analytics_on_competency_assessment', `
  ${levelKeysByEvent(appraisalKeysOf, 'appraisal_id, competency_id, rater_role, level, rater_id')}
  perform analytics_refresh_appraisal_keys(employee_ids, cycle_ids);`, KEY_DECLARATIONS)),

    orReplace(triggerFunction('analytics_effect_on_competency_assessment', `
  ${levelKeysByEvent(effectKeysOf, 'appraisal_id, competency_id, rater_role, level')}
  perform analytics_effect_refresh_keys(employee_ids, cycle_ids, competency_ids);`, `${KEY_DECLARATIONS}\n  competency_ids int[];`)),
  ];
}

/** The definitions ratingWriteUpStatements replaces, as the earlier migrations generate them (Staffing HISTORY). */
export function ratingWriteDownStatements(): string[] {
  const previous = (name: string) => {
    const found = [...analyticsUpStatements('HISTORY', LATEST), ...effectUpStatements('HISTORY')]
      .filter((s) => s.startsWith(`create function ${name}()`));
    if (found.length !== 1) throw new Error(`expected one definition of ${name}, found ${found.length}`);
    return orReplace(found[0]!);
  };
  return [
    previous('analytics_on_appraisal'),
    previous('analytics_on_competency_assessment'),
    previous('analytics_effect_on_competency_assessment'),
    'drop function if exists analytics_effect_refresh_keys(int[], int[], int[])',
    'drop function if exists analytics_refresh_workflow(int[], int[])',
    'drop function if exists analytics_refresh_appraisal_keys(int[], int[])',
  ];
}

export class Migration20261201110000_rating_write extends Migration {
  override async up(): Promise<void> {
    for (const statement of ratingWriteUpStatements()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of ratingWriteDownStatements()) this.addSql(statement);
  }
}
