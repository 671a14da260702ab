import { Migration } from '@mikro-orm/migrations';
import { ALL_CATEGORY_MASKS, CATEGORY_LAYOUT, FIT_POINT_SCALE } from '../src/analytics/analytics-layout.js';

/*
 * Analytics facts and subtree cubes (SPEC §5), kept in step with the base tables.
 *
 * Facts: one row per active employee, per (employee, cycle) appraisal, per required (employee,
 * cycle, competency) pair, per (employee, cycle, rater) and per (employee, year), each derived from
 * that one employee's base rows by an `analytics_*_source` view. Facts carry the employee's own
 * agency.
 *
 * Cubes: sums of facts per agency SUBTREE — a fact placed in unit U is counted under U, its dinas
 * and its pemda (through agency_closure) — by position, employment type and the cube's own keys.
 * A subtree figure then reads a few hundred cube rows at any scope. Cubes hold no rule numbers:
 * thresholds (20 JP, 9-box potential, small groups, leniency) are applied by the queries in
 * src/analytics with the values of @kinerja/shared — e.g. the JP cube is a histogram of yearly
 * hours, so "≥ 20 JP" is a filter at query time.
 *
 * Maintenance:
 *  - statement-level AFTER triggers (transition tables, so one call per statement, set-based)
 *    recompute the facts of the employees a statement touched, and add (new − old) to the cubes;
 *    a change of agency_closure moves the touched subtrees' totals;
 *  - analytics_rebuild() recomputes everything. A bulk load sets `kinerja.bulk_load = on`: the
 *    triggers then only mark the facts stale, and a deferred check refuses to commit until the
 *    loader has called analytics_rebuild().
 * The source views are also the "base-table truth" the tests and the benchmark compare with.
 * No foreign keys or entities: this is derived data (orm.ts skips analytics_* tables).
 *
 * What it creates (the generated statements, to read rather than this generator:
 * migrations/analytics.sql.md, checked against this file by analytics-layout.test.ts):
 *  - analytics_state: one row, the bulk-load `stale` flag and when facts were last rebuilt;
 *  - analytics_recommendation (view): the recommended programme per (competency, level);
 *  - facts, each a table plus its `_source` view: analytics_staff_fact, analytics_pair_fact,
 *    analytics_employee_fact, analytics_rating_fact, analytics_training_year_fact;
 *  - cubes, each a table plus its `_source` view: analytics_headcount_cube, analytics_gap_cube,
 *    analytics_appraisal_cube, analytics_fit_cube, analytics_rater_cube, analytics_talent_cube,
 *    analytics_jp_cube;
 *  - functions: analytics_lock_employees, analytics_refresh_staff, analytics_refresh_appraisals,
 *    analytics_move_programs, analytics_move_subtrees, analytics_rebuild, analytics_bulk_load_skips,
 *    analytics_refuse_stale_commit, analytics_on_truncate and one analytics_on_<table> trigger function
 *    per base table;
 *  - triggers: <table>_analytics_{insert,update,delete,truncate} on employee, appraisal,
 *    competency_assessment, position_requirement, training_program, training_record and agency_closure,
 *    competency_analytics_{update,truncate} on competency; analytics_state_fresh_at_commit (deferred) on
 *    analytics_state.
 * Column suffixes per category, category mask bits and FIT_POINT_SCALE come from
 * src/analytics/analytics-layout.ts, which the queries read too.
 */

// ---- categories and fit ------------------------------------------------------------------------------

/** The per-category columns and mask bits, shared with the queries (see analytics-layout.ts). */
const CATEGORIES = CATEGORY_LAYOUT;
/** Every non-empty subset of the categories, as a bit mask (1..7). */
const ALL_MASKS = ALL_CATEGORY_MASKS;

/**
 * Fit points of one assessed required pair: min(assessed / required, 1) in sixtieths (FIT_POINT_SCALE;
 * required_level is checked to be 1..5, so points are exact integers).
 */
const FIT_POINTS = `least(p.assessed, p.required) * ${FIT_POINT_SCALE} / p.required`;

/** Σ of a per-category column of `alias` over the categories in `mask`. */
function maskedSum(alias: string, prefix: string, mask: string): string {
  return `(${CATEGORIES.map((c) => `case when ${mask} & ${c.bit} <> 0 then ${alias}.${prefix}_${c.suffix} else 0 end`).join(' + ')})`;
}

// ---- facts ---------------------------------------------------------------------------------------------

export const PAIR_COLUMNS = `employee_id, cycle_id, competency_id, agency_id, position_id, employment_type, required,
  self_level, supervisor_level, peer_level, assessor_level, assessed, gap, program_id`;

/**
 * Which staffing the facts count. CURRENT: the employee's own row (agency, position, active) in every
 * cycle — this migration as first written. HISTORY: where the employee stood in each cycle
 * (employment_history, Migration20261130170000_employment_history, which rebuilds the analytics
 * with it). The employment type and the supervisor are always the employee's current ones.
 */
export type Staffing = 'CURRENT' | 'HISTORY';

/** How an appraisal row `a` reaches its employee `e` and the staffing it counts by. */
export interface StaffJoin {
  join: string;
  agency: string;
  position: string;
}

export function staffJoin(staffing: Staffing): StaffJoin {
  return staffing === 'CURRENT'
    ? { join: 'join employee e on e.id = a.employee_id and e.active', agency: 'e.agency_id', position: 'e.position_id' }
    : {
      join: `join employee e on e.id = a.employee_id
    join employment_history h on h.cycle_id = a.cycle_id and h.employee_id = a.employee_id and h.active`,
      agency: 'h.agency_id',
      position: 'h.position_id',
    };
}

/** Appraisal facts from required-pair rows `pairs` (the fact table or its source view); `where` filters employees. */
export function employeeFactsSelect(pairs: string, where: (alias: string) => string, s: StaffJoin): string {
  return `select a.employee_id, a.cycle_id, ${s.agency}, ${s.position}, e.employment_type,
    a.status = 'FINALIZED' as finalized, a.predicate,
    ${CATEGORIES.map((c) => `coalesce(f.fit_points_${c.suffix}, 0) as fit_points_${c.suffix}, coalesce(f.fit_pairs_${c.suffix}, 0) as fit_pairs_${c.suffix}`).join(',\n    ')}
  from appraisal a
  ${s.join}
  left join (
    select p.employee_id, p.cycle_id,
      ${CATEGORIES.map((c) => `sum(${FIT_POINTS}) filter (where c.category = '${c.category}')::int as fit_points_${c.suffix},
      count(*) filter (where c.category = '${c.category}')::int as fit_pairs_${c.suffix}`).join(',\n      ')}
    from ${pairs} p
    join competency c on c.id = p.competency_id
    where p.assessed is not null and ${where('p')}
    group by p.employee_id, p.cycle_id
  ) f on f.employee_id = a.employee_id and f.cycle_id = a.cycle_id
  where ${where('a')}`;
}

/** The levels of each rater role, one column each, from competency_assessment rows `ca`. */
const LEVELS_BY_ROLE = ['SELF', 'SUPERVISOR', 'PEER', 'ASSESSOR']
  .map((role) => `max(ca.level) filter (where ca.rater_role = '${role}') as ${role.toLowerCase()}_level`).join(',\n        ');

/**
 * How a required pair `r` of appraisal `a` finds its levels `l`: LOOKUP per pair (the source view,
 * hence the triggers and the base-table checks), or GROUPED — every level pivoted by one aggregate
 * and hash-joined, for a rebuild of all pairs (Migration20261201120000_bulk_rebuild).
 */
export type PairLevels = 'LOOKUP' | 'GROUPED';

/** The required pairs of SPEC §5 (see the pair fact below) with staffing `s`. */
export function pairDerivation(s: StaffJoin, levels: PairLevels): string {
  const join = levels === 'LOOKUP'
    ? `cross join lateral (
      select ${LEVELS_BY_ROLE}
      from competency_assessment ca
      where ca.appraisal_id = a.id and ca.competency_id = r.competency_id
    ) l`
    : `left join (
      select ca.appraisal_id, ca.competency_id,
        ${LEVELS_BY_ROLE}
      from competency_assessment ca
      group by ca.appraisal_id, ca.competency_id
    ) l on l.appraisal_id = a.id and l.competency_id = r.competency_id`;
  return `select a.employee_id, a.cycle_id, r.competency_id, ${s.agency}, ${s.position}, e.employment_type,
      r.required_level as required,
      l.self_level, l.supervisor_level, l.peer_level, l.assessor_level,
      coalesce(l.assessor_level, l.supervisor_level) as assessed,
      case when coalesce(l.assessor_level, l.supervisor_level) is not null
        then greatest(r.required_level - coalesce(l.assessor_level, l.supervisor_level), 0)::smallint end as gap,
      rc.program_id
    from appraisal a
    ${s.join}
    join position_requirement r on r.position_id = ${s.position}
    ${join}
    left join analytics_recommendation rc on rc.competency_id = r.competency_id
      and rc.level = coalesce(l.assessor_level, l.supervisor_level) and rc.level < r.required_level`;
}

export interface FactSpec {
  table: string;
  source: string;
  columns: string;
  primaryKey: string;
  index: string;
  /** the derivation from the base tables (the source view's body) */
  derivation: string;
}

/** The facts of a staffing (see Staffing). */
export interface Facts {
  staff: FactSpec;
  pair: FactSpec;
  appraisal: FactSpec;
  rating: FactSpec;
  trainingYear: FactSpec | undefined;
}

function factsOf(staffing: Staffing): Facts {
  const s = staffJoin(staffing);
  // Indented as the constant it was: the SQL texts of CURRENT are pinned byte for byte (analytics-layout.test.ts).
  return {
  // Active employees (SPEC §5: only active employees count) with the dimensions they are counted by.
  // HISTORY: one row per (employee, cycle) the employee was active staff of, with the development
  // hours (JP) of the cycle's calendar year (the year of its start month), so that the 20 JP figure
  // of a cycle counts that cycle's staff too.
  staff: staffing === 'CURRENT' ? {
    table: 'analytics_staff_fact',
    source: 'analytics_staff_source',
    columns: 'employee_id int not null, agency_id int not null, position_id int not null, employment_type text not null',
    primaryKey: 'employee_id',
    index: 'agency_id',
    derivation: `select e.id as employee_id, e.agency_id, e.position_id, e.employment_type from employee e where e.active`,
  } : {
    table: 'analytics_staff_fact',
    source: 'analytics_staff_source',
    columns: `employee_id int not null, cycle_id int not null, agency_id int not null, position_id int not null,
      employment_type text not null, hours_jp numeric not null`,
    primaryKey: 'employee_id, cycle_id',
    index: 'agency_id, cycle_id',
    derivation: `select h.employee_id, h.cycle_id, h.agency_id, h.position_id, e.employment_type,
      coalesce((select sum(tr.hours_jp) from training_record tr
        where tr.employee_id = h.employee_id
          and tr.completed_on >= make_date(extract(year from c.start_month)::int, 1, 1)
          and tr.completed_on < make_date(extract(year from c.start_month)::int + 1, 1, 1)), 0) as hours_jp
    from employment_history h
    join employee e on e.id = h.employee_id
    join cycle c on c.id = h.cycle_id
    where h.active`,
  },
  // Required pairs (employee × competency of the position standard) of each appraisal. SPEC §5:
  // assessed = ASSESSOR level, else SUPERVISOR level (SELF and PEER never count); gap = max(0,
  // required − assessed) for assessed pairs; the recommended programme for pairs with a gap.
  pair: {
    table: 'analytics_pair_fact',
    source: 'analytics_pair_source',
    columns: `employee_id int not null, cycle_id int not null, competency_id int not null, agency_id int not null,
      position_id int not null, employment_type text not null, required smallint not null,
      self_level smallint, supervisor_level smallint, peer_level smallint, assessor_level smallint,
      assessed smallint, gap smallint, program_id int`,
    primaryKey: 'employee_id, cycle_id, competency_id',
    index: 'agency_id',
    derivation: pairDerivation(s, 'LOOKUP'),
  },
  // One row per appraisal of an active employee: workflow, predicate, fit points per category.
  appraisal: {
    table: 'analytics_employee_fact',
    source: 'analytics_employee_source',
    columns: `employee_id int not null, cycle_id int not null, agency_id int not null, position_id int not null,
      employment_type text not null, finalized boolean not null, predicate text,
      ${CATEGORIES.map((c) => `fit_points_${c.suffix} int not null, fit_pairs_${c.suffix} int not null`).join(', ')}`,
    primaryKey: 'employee_id, cycle_id',
    index: 'agency_id, cycle_id',
    derivation: employeeFactsSelect('analytics_pair_source', () => 'true', s),
  },
  // SUPERVISOR levels per (rated employee, cycle, rater). The rater of a level is its rater_id, else
  // the rated employee's supervisor (atasan langsung); levels with no known rater are left out.
  rating: {
    table: 'analytics_rating_fact',
    source: 'analytics_rating_source',
    columns: `employee_id int not null, cycle_id int not null, rater_id int not null, agency_id int not null,
      position_id int not null, employment_type text not null,
      ${CATEGORIES.map((c) => `ratings_${c.suffix} int not null, level_sum_${c.suffix} int not null`).join(', ')}`,
    primaryKey: 'employee_id, cycle_id, rater_id',
    index: 'agency_id, cycle_id',
    derivation: `select a.employee_id, a.cycle_id, coalesce(ca.rater_id, e.supervisor_id) as rater_id,
      ${s.agency}, ${s.position}, e.employment_type,
      ${CATEGORIES.map((c) => `count(*) filter (where c.category = '${c.category}')::int as ratings_${c.suffix},
      coalesce(sum(ca.level) filter (where c.category = '${c.category}'), 0)::int as level_sum_${c.suffix}`).join(',\n      ')}
    from appraisal a
    ${s.join}
    join competency_assessment ca on ca.appraisal_id = a.id and ca.rater_role = 'SUPERVISOR'
    join competency c on c.id = ca.competency_id
    where coalesce(ca.rater_id, e.supervisor_id) is not null
    group by a.employee_id, a.cycle_id, coalesce(ca.rater_id, e.supervisor_id), ${s.agency}, ${s.position}, e.employment_type`,
  },
  // Development hours (JP) per active employee and calendar year of completion (SPEC §3, 20 JP).
  // HISTORY: the staff facts carry each cycle's hours instead.
  trainingYear: staffing === 'HISTORY' ? undefined : {
    table: 'analytics_training_year_fact',
    source: 'analytics_training_year_source',
    columns: `employee_id int not null, year int not null, agency_id int not null, position_id int not null,
      employment_type text not null, hours_jp numeric not null`,
    primaryKey: 'employee_id, year',
    index: 'agency_id, year',
    derivation: `select tr.employee_id, extract(year from tr.completed_on)::int as year, e.agency_id, e.position_id,
      e.employment_type, sum(tr.hours_jp) as hours_jp
    from training_record tr
    join employee e on e.id = tr.employee_id and e.active
    group by tr.employee_id, extract(year from tr.completed_on), e.agency_id, e.position_id, e.employment_type`,
  },
};
}

// ---- cubes ---------------------------------------------------------------------------------------------

export interface CubeSpec {
  table: string;
  fact: FactSpec;
  /** more FROM items for each fact row `f` */
  expand?: string;
  /** which fact rows the cube counts (all when absent) */
  where?: string;
  /** [column, type, expression over f]: what the cube is keyed by besides the subtree root agency_id */
  keys: [string, string, string][];
  /** [column, type, aggregate over rows f weighted by f.w = ±1]; the first counts rows (a row at 0 is removed) */
  measures: [string, string, string][];
  /**
   * A finer cube over the same facts whose keys include this one's and whose measures include this
   * one's by name: analytics_rebuild() fills this cube by summing that one's rows (built just
   * before it) rather than aggregating the facts again. Triggers maintain it from the facts as any cube.
   */
  rollupOf?: CubeSpec;
}

export const DIMENSIONS: [string, string, string][] = [['position_id', 'int not null', 'f.position_id'], ['employment_type', 'text not null', 'f.employment_type']];
const FIT_PAIRS = maskedSum('f', 'fit_pairs', 'cm.category_mask');
const FIT_POINTS_MASKED = maskedSum('f', 'fit_points', 'cm.category_mask');

/**
 * Cubes added after the staffing by later migrations, each generated and maintained like the others
 * (analyticsUpStatements of a layout with them; the migration that adds them replaces the functions
 * whose text changes). raterRanking and gapByCompetency: Migration20261201100000_rater_ranking.
 */
export interface Additions {
  raterRanking?: boolean;
  gapByCompetency?: boolean;
}

/** Every addition there is: the analytics as they are now. */
export const LATEST: Required<Additions> = { raterRanking: true, gapByCompetency: true };

/**
 * Mean SUPERVISOR level a rater gave, over every category, of a row of analytics_rater_total_cube
 * (columns unqualified or qualified by `alias`): the ranking key of rater leniency, indexed by
 * (agency, cycle, key) where the rater gave at least one level (raterRanked), so that the raters
 * furthest from a baseline are read from the two ends of the index. The query must spell it the
 * same way for the planner to match the index (rater-leniency.query.ts).
 */
export function raterMeanGiven(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `(${CATEGORIES.map((c) => column(`level_sum_${c.suffix}`)).join(' + ')})::numeric / (${CATEGORIES.map((c) => column(`ratings_${c.suffix}`)).join(' + ')})`;
}
/** The rows raterMeanGiven is indexed over (a rater with at least one level in the row's scope). */
export function raterRanked(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `(${CATEGORIES.map((c) => column(`ratings_${c.suffix}`)).join(' + ')}) > 0`;
}

/** The cubes over the facts of a staffing. HISTORY keys staff counts and hours by cycle. */
function cubeList(facts: Facts, staffing: Staffing, additions: Additions = {}): CubeSpec[] {
  const CYCLE: [string, string, string] = ['cycle_id', 'int not null', 'f.cycle_id'];
  const history = staffing === 'HISTORY';
  const ratingMeasures = CATEGORIES.flatMap((c): [string, string, string][] => [
    [`ratings_${c.suffix}`, 'int', `sum(f.w * f.ratings_${c.suffix})`],
    [`level_sum_${c.suffix}`, 'int', `sum(f.w * f.level_sum_${c.suffix})`],
  ]);
  const raterCube: CubeSpec = {
    // SUPERVISOR levels per rater: the employees they rated in the cycle, and per category how many
    // levels they gave and their sum (rater leniency, SPEC §5).
    table: 'analytics_rater_cube',
    fact: facts.rating,
    keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['rater_id', 'int not null', 'f.rater_id']],
    measures: [['rated_employees', 'int', 'sum(f.w)'], ...ratingMeasures],
  };
  const gapCube: CubeSpec = {
    // Required pairs; program_id: the recommended programme of pairs with a gap, else null.
    table: 'analytics_gap_cube',
    fact: facts.pair,
    keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['competency_id', 'int not null', 'f.competency_id'],
      ['program_id', 'int null', 'f.program_id']],
    measures: [
      ['pairs', 'int', 'sum(f.w)'],
      ['assessed', 'int', 'coalesce(sum(f.w) filter (where f.assessed is not null), 0)'],
      ['with_gap', 'int', 'coalesce(sum(f.w) filter (where f.gap >= 1), 0)'],
      ['burden', 'int', 'coalesce(sum(f.w * f.gap), 0)'],
      ['self_supervisor_sum', 'int', 'coalesce(sum(f.w * (f.self_level - f.supervisor_level)), 0)'],
      ['self_supervisor_pairs', 'int', 'coalesce(sum(f.w) filter (where f.self_level is not null and f.supervisor_level is not null), 0)'],
    ],
  };
  const raterRanking: CubeSpec[] = additions.raterRanking ? [
    {
      // The rater cube without position and employment type: one row per rater of a subtree, its
      // mean given indexed (raterMeanGiven), so that rater leniency without an employee filter
      // reads the page it shows rather than every rater of the scope.
      table: 'analytics_rater_total_cube',
      fact: facts.rating,
      keys: [CYCLE, ['rater_id', 'int not null', 'f.rater_id']],
      measures: [['rated_employees', 'int', 'sum(f.w)'], ...ratingMeasures],
      rollupOf: raterCube,
    },
    {
      // Every SUPERVISOR level given in a subtree, whoever gave it: the baseline of rater leniency
      // (the pemda's mean) from a few rows instead of a sum over all of its raters.
      table: 'analytics_rating_cube',
      fact: facts.rating,
      keys: [CYCLE, ...DIMENSIONS],
      measures: [['rated_employees', 'int', 'sum(f.w)'], ...ratingMeasures],
      rollupOf: raterCube,
    },
  ] : [];
  const gapByCompetency: CubeSpec[] = additions.gapByCompetency ? [{
    // The gap cube without position, employment type and programme: competency gaps by AGENCY (and
    // by COMPETENCY) without an employee filter read one row per competency of each part.
    table: 'analytics_gap_competency_cube',
    fact: facts.pair,
    keys: [CYCLE, ['competency_id', 'int not null', 'f.competency_id']],
    measures: gapCube.measures.slice(0, 4),
    rollupOf: gapCube,
  }] : [];
  // Indented as the constant it was: the SQL texts of CURRENT are pinned byte for byte (analytics-layout.test.ts).
  return [
  {
    table: 'analytics_headcount_cube',
    fact: facts.staff,
    keys: history ? [CYCLE, ...DIMENSIONS] : DIMENSIONS,
    measures: [['employees', 'int', 'sum(f.w)']],
  },
  gapCube,
  {
    table: 'analytics_appraisal_cube',
    fact: facts.appraisal,
    keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['finalized', 'boolean not null', 'f.finalized'],
      ['predicate', 'text null', 'f.predicate']],
    measures: [['appraisals', 'int', 'sum(f.w)']],
  },
  {
    // Per category subset: employees with a fit index over those categories, and Σ of their fit
    // ratios (each exact to numeric precision, so adding and taking out cancel exactly).
    table: 'analytics_fit_cube',
    fact: facts.appraisal,
    expand: `cross join generate_series(1, ${ALL_MASKS}) as cm(category_mask)`,
    keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['category_mask', 'smallint not null', 'cm.category_mask']],
    measures: [
      ['appraisals', 'int', 'sum(f.w)'],
      ['fit_employees', 'int', `coalesce(sum(f.w) filter (where ${FIT_PAIRS} > 0), 0)`],
      ['fit_ratio_sum', 'numeric', `coalesce(sum(f.w * ${FIT_POINTS_MASKED}::numeric / (${FIT_PAIRS} * ${FIT_POINT_SCALE})) filter (where ${FIT_PAIRS} > 0), 0)`],
    ],
  },
  raterCube,
  {
    // The 9-box population (PermenPANRB 3/2020: finalised appraisal and a fit index), per category
    // subset, predicate and fit — the fit ratio as a fraction in lowest terms, so that potential
    // thresholds apply exactly at query time: fit ≥ T ⇔ 100 · numerator ≥ T · denominator.
    table: 'analytics_talent_cube',
    fact: facts.appraisal,
    expand: `cross join generate_series(1, ${ALL_MASKS}) as cm(category_mask)`,
    where: `f.finalized and f.predicate is not null and ${FIT_PAIRS} > 0`,
    keys: [['cycle_id', 'int not null', 'f.cycle_id'], ...DIMENSIONS, ['category_mask', 'smallint not null', 'cm.category_mask'],
      ['predicate', 'text not null', 'f.predicate'],
      ['fit_numerator', 'int not null', `${FIT_POINTS_MASKED} / gcd(${FIT_POINTS_MASKED}, ${FIT_PAIRS} * ${FIT_POINT_SCALE})`],
      ['fit_denominator', 'int not null', `${FIT_PAIRS} * ${FIT_POINT_SCALE} / gcd(${FIT_POINTS_MASKED}, ${FIT_PAIRS} * ${FIT_POINT_SCALE})`]],
    measures: [['employees', 'int', 'sum(f.w)']],
  },
  history ? {
    // A histogram of each cycle's staff by their hours in the cycle's year (staff with none left
    // out): "≥ 20 JP" is counted at query time with the shared threshold.
    table: 'analytics_jp_cube',
    fact: facts.staff,
    where: 'f.hours_jp > 0',
    keys: [CYCLE, ...DIMENSIONS, ['hours_jp', 'numeric not null', 'f.hours_jp']],
    measures: [['employees', 'int', 'sum(f.w)']],
  } : {
    // A histogram of yearly hours: "≥ 20 JP" is counted at query time with the shared threshold.
    table: 'analytics_jp_cube',
    fact: facts.trainingYear!,
    keys: [['year', 'int not null', 'f.year'], ...DIMENSIONS, ['hours_jp', 'numeric not null', 'f.hours_jp']],
    measures: [['employees', 'int', 'sum(f.w)']],
  },
  ...raterRanking,
  ...gapByCompetency,
];
}

/** Everything the migration generates depends on, for one staffing. */
export interface Schema {
  staffing: Staffing;
  facts: Facts;
  cubes: CubeSpec[];
  factList: FactSpec[];
  gapCube: CubeSpec;
  /** the base tables the facts are derived from */
  baseTables: string[];
  derivedTables: string[];
  triggerTables: string[];
}

export function schemaOf(staffing: Staffing, additions: Additions = {}): Schema {
  const facts = factsOf(staffing);
  const cubes = cubeList(facts, staffing, additions);
  const factList = Object.values(facts).filter((f): f is FactSpec => f !== undefined);
  const history = staffing === 'HISTORY';
  return {
    staffing,
    facts,
    cubes,
    factList,
    gapCube: cubes.find((c) => c.table === 'analytics_gap_cube')!,
    baseTables: ['agency_closure', 'competency', 'position', 'position_requirement', 'employee', ...(history ? ['employment_history'] : []),
      'cycle', 'appraisal', 'competency_assessment', 'training_program', 'training_record'],
    derivedTables: [...factList.map((f) => f.table), ...cubes.map((c) => c.table)],
    triggerTables: ['employee', ...(history ? ['employment_history', 'cycle'] : []), 'appraisal', 'competency_assessment',
      'position_requirement', 'training_program', 'training_record', 'competency', 'agency_closure'],
  };
}

/** The cubes of a staffing with some additions (a migration adding cubes creates the new ones). */
export function analyticsCubes(staffing: Staffing, additions: Additions = {}): CubeSpec[] {
  return schemaOf(staffing, additions).cubes;
}

/** The analytics as they are now (HISTORY, LATEST); src/analytics/team-cubes.ts derives a team's cube rows from these. */
export const CUBES: CubeSpec[] = schemaOf('HISTORY', LATEST).cubes;

export function cubesOfFact(schema: Schema, fact: FactSpec): CubeSpec[] {
  return schema.cubes.filter((c) => c.fact === fact);
}

/** How rows placed in an agency (`d.agency_id`) reach subtree roots: every ancestor, or given pairs. */
export interface Ancestry {
  join: string;
  ancestor: string;
}
const CLOSURE: Ancestry = { join: 'join agency_closure ac on ac.descendant_id = d.agency_id', ancestor: 'ac.ancestor_id' };
/**
 * CLOSURE as one index lookup per own agency: for the few rows of a write's delta. A plan cached
 * for any number of rows (a generic plan) otherwise hashes the whole closure for each cube.
 */
export const CLOSURE_LOOKUP: Ancestry = {
  join: 'cross join lateral (select ac.ancestor_id from agency_closure ac where ac.descendant_id = d.agency_id) ac',
  ancestor: 'ac.ancestor_id',
};
export const MOVED: Ancestry = {
  join: 'join unnest(p_ancestors, p_descendants) as mv(ancestor_id, descendant_id) on mv.descendant_id = d.agency_id',
  ancestor: 'mv.ancestor_id',
};

/**
 * Cube rows from weighted fact rows `rows` (aliased f, with f.w): summed per own agency first, then
 * per subtree root — every measure is a sum, and the first step leaves far fewer rows to spread
 * over the ancestors.
 */
export function cubeSelect(cube: CubeSpec, rows: string, ancestry: Ancestry = CLOSURE): string {
  const keys = cube.keys.map(([column]) => column);
  return `select ${ancestry.ancestor} as agency_id, ${keys.map((k) => `d.${k}`).join(', ')},
    ${cube.measures.map(([column, type]) => `sum(d.${column})::${type} as ${column}`).join(', ')}
  from (
    select f.agency_id, ${cube.keys.map(([column, , expression]) => `${expression} as ${column}`).join(', ')},
      ${cube.measures.map(([column, , aggregate]) => `${aggregate} as ${column}`).join(',\n      ')}
    from ${rows} f ${cube.expand ?? ''}
    where ${cube.where ?? 'true'}
    group by f.agency_id, ${cube.keys.map(([, , expression]) => expression).join(', ')}
  ) d
  ${ancestry.join}
  group by ${ancestry.ancestor}, ${keys.map((k) => `d.${k}`).join(', ')}`;
}

/** A cube's table, the index its purge reads, and its `_source` view (derivation from the base tables). */
export function cubeTableStatements(cube: CubeSpec): string[] {
  return [
      `create table ${cube.table} (agency_id int not null,
        ${[...cube.keys.map(([c, type]) => `${c} ${type}`), ...cube.measures.map(([c, type]) => `${c} ${type} not null`)].join(', ')},
        constraint ${cube.table}_key unique nulls not distinct (agency_id, ${cube.keys.map(([c]) => c).join(', ')}))`,
      `create index ${cube.table}_empty_index on ${cube.table} (agency_id) where ${cube.measures[0]![0]} = 0`,
      `create view ${cube.table}_source as ${cubeSelect(cube, `(select 1 as w, * from ${cube.fact.source})`)}`,
  ];
}

/** Fills an empty cube from its fact table, or from the finer cube it rolls up (as analytics_rebuild does). */
export function cubeFillStatement(cube: CubeSpec): string {
  if (!cube.rollupOf) return `insert into ${cube.table} (${cubeColumns(cube)}) ${cubeSelect(cube, `(select 1 as w, * from ${cube.fact.table})`)}`;
  const keys = ['agency_id', ...cube.keys.map(([column]) => column)].join(', ');
  return `insert into ${cube.table} (${cubeColumns(cube)})
  select ${keys}, ${cube.measures.map(([column, type]) => `sum(${column})::${type} as ${column}`).join(', ')}
  from ${cube.rollupOf.table}
  group by ${keys}`;
}

export function cubeColumns(cube: CubeSpec): string {
  return ['agency_id', ...cube.keys.map(([c]) => c), ...cube.measures.map(([c]) => c)].join(', ');
}

/** Adds cube rows (a difference) to the cube. */
export function addToCube(cube: CubeSpec, select: string): string {
  return `insert into ${cube.table} as q (${cubeColumns(cube)})
  ${select}
  on conflict on constraint ${cube.table}_key do update set
    ${cube.measures.map(([c]) => `${c} = q.${c} + excluded.${c}`).join(',\n    ')}`;
}

export function purgeCube(cube: CubeSpec): string {
  return `delete from ${cube.table} where ${cube.measures[0]![0]} = 0`;
}

/**
 * Replaces the facts of employees `ids` with `freshRows` (a query giving the fact's columns) and
 * adds new − old to the fact's cubes. Two statements: the delete and the insert each feed every
 * cube through data-modifying CTEs.
 */
function replaceFacts(schema: Schema, fact: FactSpec, freshRows: string): string {
  const cubes = cubesOfFact(schema, fact);
  // All but the last cube are updated from CTEs; the statement itself updates the last one.
  const delta = (rows: string, sign: number) => {
    const weighted = `(select ${sign} as w, * from ${rows})`;
    const ctes = cubes.slice(0, -1).map((cube, i) => `, cube_${i} as (${addToCube(cube, cubeSelect(cube, weighted))})`);
    return `${ctes.join('\n  ')}
  ${addToCube(cubes[cubes.length - 1]!, cubeSelect(cubes[cubes.length - 1]!, weighted))}`;
  };
  if (cubes.length === 0) {
    return `delete from ${fact.table} where employee_id = any(p_employee_ids);
      insert into ${fact.table} ${freshRows};`;
  }
  return `with old as (delete from ${fact.table} where employee_id = any(p_employee_ids) returning *)
  ${delta('old', -1)};
  with new as (insert into ${fact.table} ${freshRows} returning *)
  ${delta('new', 1)};
  ${cubes.map((cube) => `${purgeCube(cube)};`).join('\n  ')}`;
}

// ---- triggers ------------------------------------------------------------------------------------------

/** A trigger function body that first gives way to a bulk load (see analytics_bulk_load_skips). */
export function triggerFunction(name: string, body: string, declarations = 'ids int[];'): string {
  return `create function ${name}() returns trigger language plpgsql as $$
declare
  ${declarations}
begin
  if analytics_bulk_load_skips() then
    return null;
  end if;
${body}
  return null;
end $$`;
}


/** Statement-level AFTER triggers, one per event: PostgreSQL allows transition tables on single-event triggers only. */
function statementTriggers(table: string, fn: string, events: readonly ('insert' | 'update' | 'delete')[]): string[] {
  const referencing = { insert: 'new table as new_rows', update: 'old table as old_rows new table as new_rows', delete: 'old table as old_rows' };
  return [
    ...events.map((event) => `create trigger ${table}_analytics_${event} after ${event} on ${table}
      referencing ${referencing[event]} for each statement execute function ${fn}()`),
    `create trigger ${table}_analytics_truncate after truncate on ${table} for each statement execute function analytics_on_truncate()`,
  ];
}

/**
 * plpgsql that sets `ids` to the distinct ids `select` yields from the rows a statement touched:
 * `select(rows)` is a query over a transition table, run on new_rows (INSERT), old_rows (DELETE) or
 * both (UPDATE). A transition table exists only for the events that have it, hence the branches.
 */
export function idsFromTouchedRows(select: (rows: string) => string): string {
  return `if tg_op = 'INSERT' then
    select array_agg(distinct x.id) into ids from (${select('new_rows')}) x(id);
  elsif tg_op = 'DELETE' then
    select array_agg(distinct x.id) into ids from (${select('old_rows')}) x(id);
  else
    select array_agg(distinct x.id) into ids from (${select('new_rows')} union ${select('old_rows')}) x(id);
  end if;`;
}

export class Migration20261122090000_analytics extends Migration {
  override async up(): Promise<void> {
    for (const statement of analyticsUpStatements('CURRENT')) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of analyticsDownStatements('CURRENT')) this.addSql(statement);
  }
}

/** The statements that drop what analyticsUpStatements(staffing) creates. */
export function analyticsDownStatements(staffing: Staffing, additions: Additions = {}): string[] {
  const schema = schemaOf(staffing, additions);
  const history = staffing === 'HISTORY';
  return [
    ...schema.triggerTables.flatMap((table) => ['insert', 'update', 'delete', 'truncate']
      .map((event) => `drop trigger if exists ${table}_analytics_${event} on ${table}`)),
    ...schema.cubes.map((cube) => `drop view if exists ${cube.table}_source`),
    ...[...schema.factList].reverse().map((fact) => `drop view if exists ${fact.source}`),
    `drop view if exists analytics_recommendation`,
    ...[
      'analytics_on_truncate', 'analytics_on_competency_assessment', 'analytics_on_appraisal', 'analytics_on_employee',
      ...(history ? ['analytics_on_employment_history', 'analytics_on_cycle'] : []),
      'analytics_on_position_requirement', 'analytics_on_training_program', 'analytics_on_training_record', 'analytics_on_competency',
      'analytics_on_agency_closure', 'analytics_rebuild', 'analytics_refresh_appraisals', 'analytics_refresh_staff',
      'analytics_move_subtrees', 'analytics_move_programs', 'analytics_lock_employees', 'analytics_bulk_load_skips', 'analytics_refuse_stale_commit',
    ].map((fn) => `drop function if exists ${fn} cascade`),
    ...[...schema.derivedTables, 'analytics_state'].map((table) => `drop table if exists ${table}`),
  ];
}

/** The statements that create the analytics state, facts, cubes, functions and triggers of a staffing. */
export function analyticsUpStatements(staffing: Staffing, additions: Additions = {}): string[] {
  const schema = schemaOf(staffing, additions);
  const history = staffing === 'HISTORY';
  const { facts: FACTS, cubes: CUBES, factList: FACT_LIST, gapCube: GAP_CUBE, baseTables: BASE_TABLES, derivedTables: DERIVED_TABLES } = schema;
  return [
    `create table analytics_state (
      id boolean primary key default true check (id),
      stale boolean not null default false,
      rebuilt_at timestamptz
    )`,
    `insert into analytics_state (id) values (true)`,

    // SPEC §5 training need: for someone at `level` in a competency, the programme with levelFrom ≤
    // level < levelTo, highest levelTo, then fewest hours, then lowest code by code units (as
    // recommendProgram in @kinerja/shared). A handful of rows, joined to every pair with a gap.
    `create view analytics_recommendation as
    select distinct on (tp.competency_id, lv.level) tp.competency_id, lv.level, tp.id as program_id
    from training_program tp
    cross join lateral generate_series(tp.level_from, tp.level_to - 1) as lv(level)
    order by tp.competency_id, lv.level, tp.level_to desc, tp.hours_jp, tp.code collate "C"`,

    // ---- facts and their derivations -----------------------------------------------------------------
    ...FACT_LIST.flatMap((fact) => [
      `create table ${fact.table} (${fact.columns}, constraint ${fact.table}_pkey primary key (${fact.primaryKey}))`,
      `create index ${fact.table}_agency_index on ${fact.table} (${fact.index})`,
      `create view ${fact.source} as ${fact.derivation}`,
    ]),
    `create index analytics_pair_fact_gap_index on analytics_pair_fact (competency_id, cycle_id, agency_id) where gap >= 1`,

    // ---- cubes and their derivations ------------------------------------------------------------------
    ...CUBES.flatMap(cubeTableStatements),

    // ---- bulk loads -----------------------------------------------------------------------------------
    `create function analytics_bulk_load_skips() returns boolean language plpgsql as $$
    begin
      if coalesce(current_setting('kinerja.bulk_load', true), '') <> 'on' then
        return false;
      end if;
      update analytics_state set stale = true where not stale;
      return true;
    end $$`,
    `create function analytics_refuse_stale_commit() returns trigger language plpgsql as $$
    begin
      if (select stale from analytics_state) then
        raise exception 'analytics facts are stale after a bulk load: call analytics_rebuild() (refreshAnalytics) before commit'
          using errcode = 'object_not_in_prerequisite_state';
      end if;
      return null;
    end $$`,
    `create constraint trigger analytics_state_fresh_at_commit after update on analytics_state
      deferrable initially deferred for each row execute function analytics_refuse_stale_commit()`,

    // ---- maintenance ----------------------------------------------------------------------------------
    // Serialises maintenance of the same employees: a transaction that waits here recomputes from a
    // snapshot that includes the other's commit (each statement below takes a new snapshot under READ
    // COMMITTED). Taking ROW EXCLUSIVE on the cubes and pair facts first, in its own statement, likewise
    // orders it after a concurrent agency-tree change or programme move (both take SHARE ROW EXCLUSIVE).
    // Beyond a thousand employees one table lock replaces the advisory locks (lock table size).
    `create function analytics_lock_employees(p_employee_ids int[]) returns void language plpgsql as $$
    begin
      lock table ${[FACTS.pair.table, ...CUBES.map((c) => c.table)].join(', ')} in row exclusive mode;
      if cardinality(p_employee_ids) > 1000 then
        lock table ${FACT_LIST.map((f) => f.table).join(', ')} in share row exclusive mode;
      else
        perform pg_advisory_xact_lock(hashtext('kinerja.analytics'), s.id)
        from (select distinct id from unnest(p_employee_ids) as u(id) order by id) s;
      end if;
    end $$`,

    // The refresh functions run with custom plans: the same statement sees one employee from an ORM
    // write and twenty thousand from a changed position standard, and no single cached plan suits both.

    // The facts about a person: being active staff somewhere, and their yearly development hours.
    `create function analytics_refresh_staff(p_employee_ids int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      if p_employee_ids is null or cardinality(p_employee_ids) = 0 then
        return;
      end if;
      perform analytics_lock_employees(p_employee_ids);
      ${replaceFacts(schema, FACTS.staff, `select * from ${FACTS.staff.source} where employee_id = any(p_employee_ids)`)}
      ${FACTS.trainingYear ? replaceFacts(schema, FACTS.trainingYear, `select * from ${FACTS.trainingYear.source} where employee_id = any(p_employee_ids)`) : ''}
    end $$`,

    // The facts of a person's appraisals, in every cycle: pairs first, appraisal facts from them.
    `create function analytics_refresh_appraisals(p_employee_ids int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      if p_employee_ids is null or cardinality(p_employee_ids) = 0 then
        return;
      end if;
      perform analytics_lock_employees(p_employee_ids);
      ${replaceFacts(schema, FACTS.pair, `(${PAIR_COLUMNS}) select ${PAIR_COLUMNS} from ${FACTS.pair.source} where employee_id = any(p_employee_ids)`)}
      ${replaceFacts(schema, FACTS.appraisal, employeeFactsSelect(FACTS.pair.table, (t) => `${t}.employee_id = any(p_employee_ids)`, staffJoin(staffing)))}
      ${replaceFacts(schema, FACTS.rating, `select * from ${FACTS.rating.source} where employee_id = any(p_employee_ids)`)}
    end $$`,

    // The catalogue changed for some competencies: pairs with a gap there whose recommended programme
    // is now another one move to it, and their cube rows with them. Nothing else depends on the
    // catalogue, so a new course costs seconds, not a recomputation of everyone with a gap.
    `create function analytics_move_programs(p_competency_ids int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      if p_competency_ids is null or cardinality(p_competency_ids) = 0 then
        return;
      end if;
      lock table ${FACTS.pair.table} in share row exclusive mode;
      with moved as (
        update ${FACTS.pair.table} f set program_id = rc.program_id
        from ${FACTS.pair.table} o
        left join analytics_recommendation rc on rc.competency_id = o.competency_id and rc.level = o.assessed
        where (f.employee_id, f.cycle_id, f.competency_id) = (o.employee_id, o.cycle_id, o.competency_id)
          and o.competency_id = any(p_competency_ids) and o.gap >= 1 and o.program_id is distinct from rc.program_id
        returning f.*, o.program_id as old_program_id
      )
      ${addToCube(GAP_CUBE, cubeSelect(GAP_CUBE, `(select -1 as w, ${PAIR_COLUMNS.replace(/program_id$/, 'old_program_id as program_id')} from moved
        union all select 1 as w, ${PAIR_COLUMNS} from moved)`))};
      ${purgeCube(GAP_CUBE)};
    end $$`,

    // What a new (+1) or removed (−1) agency_closure row (ancestor, descendant) means for the cubes:
    // everything placed directly in the descendant enters or leaves the ancestor's subtree totals.
    `create function analytics_move_subtrees(p_sign int, p_ancestors int[], p_descendants int[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
    begin
      ${CUBES.map((cube) => `${addToCube(cube, cubeSelect(cube, `(select p_sign as w, * from ${cube.fact.table} where agency_id = any(p_descendants))`, MOVED))};
      ${purgeCube(cube)};`).join('\n      ')}
    end $$`,

    // After a bulk load the planner knows nothing of the new rows (autoanalyze comes later, if it
    // is on at all): analyse what the rebuild and, afterwards, the triggers read.
    // It sorts and hashes millions of rows once: more memory than a request gets, for this call only.
    `create function analytics_rebuild() returns void language plpgsql
    set work_mem = '256MB' as $$
    begin
      analyze ${BASE_TABLES.join(', ')};
      truncate ${DERIVED_TABLES.join(', ')};
      insert into ${FACTS.staff.table} select * from ${FACTS.staff.source};
      insert into ${FACTS.pair.table} (${PAIR_COLUMNS}) select ${PAIR_COLUMNS} from ${FACTS.pair.source};
      insert into ${FACTS.appraisal.table} ${employeeFactsSelect(FACTS.pair.table, () => 'true', staffJoin(staffing))};
      insert into ${FACTS.rating.table} select * from ${FACTS.rating.source};
      ${FACTS.trainingYear ? `insert into ${FACTS.trainingYear.table} select * from ${FACTS.trainingYear.source};
      ` : ''}${CUBES.map((cube) => `${cubeFillStatement(cube)};`).join('\n      ')}
      update analytics_state set stale = false, rebuilt_at = now();
      ${DERIVED_TABLES.map((t) => `analyze ${t};`).join('\n      ')}
    end $$`,

    // ---- triggers -------------------------------------------------------------------------------------
    `create function analytics_on_truncate() returns trigger language plpgsql as $$
    begin
      if not analytics_bulk_load_skips() then
        perform analytics_rebuild();
      end if;
      return null;
    end $$`,

    // An employee joins, leaves, moves, changes position or type, or changes supervisor (the rater of
    // levels without rater_id). HISTORY: where an employee stands in a cycle is employment_history's
    // (which follows the employee in cycles not CLOSED, Migration20261130170000_employment_history);
    // here only the type and the supervisor, which count as they are now in every cycle.
    triggerFunction('analytics_on_employee', `
  if tg_op = 'INSERT' then
    select array_agg(id) into ids from new_rows;
  elsif tg_op = 'DELETE' then
    select array_agg(id) into ids from old_rows;
  else
    select array_agg(n.id) into ids from old_rows o join new_rows n on n.id = o.id
    where ${history ? '(o.employment_type, o.supervisor_id) is distinct from (n.employment_type, n.supervisor_id)'
    : `(o.active, o.agency_id, o.position_id, o.employment_type, o.supervisor_id)
      is distinct from (n.active, n.agency_id, n.position_id, n.employment_type, n.supervisor_id)`};
  end if;
  perform analytics_refresh_staff(ids);
  perform analytics_refresh_appraisals(ids);`),
    ...statementTriggers('employee', 'analytics_on_employee', ['insert', 'update', 'delete']),

    ...(history ? [
      // Where employees stood in some cycles changed (a cycle opened, an import, a transfer or a
      // retirement followed by the cycles not CLOSED): those employees' facts.
      triggerFunction('analytics_on_employment_history', `
  ${idsFromTouchedRows((rows) => `select employee_id from ${rows}`)}
  perform analytics_refresh_staff(ids);
  perform analytics_refresh_appraisals(ids);`),
      ...statementTriggers('employment_history', 'analytics_on_employment_history', ['insert', 'update', 'delete']),

      // A cycle moved to another calendar year: its staff's yearly hours (JP). Its staff and
      // appraisals come and go with their own rows.
      triggerFunction('analytics_on_cycle', `
  select array_agg(distinct h.employee_id) into ids
  from old_rows o join new_rows n on n.id = o.id
  join employment_history h on h.cycle_id = n.id
  where extract(year from o.start_month) <> extract(year from n.start_month);
  perform analytics_refresh_staff(ids);`),
      ...statementTriggers('cycle', 'analytics_on_cycle', ['update']),
    ] : []),

    // Workflow status or predicate changed (other columns, e.g. comments, change no figure).
    triggerFunction('analytics_on_appraisal', `
  if tg_op = 'INSERT' then
    select array_agg(distinct employee_id) into ids from new_rows;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct employee_id) into ids from old_rows;
  else
    select array_agg(distinct x.employee_id) into ids
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values (o.employee_id), (n.employee_id)) x(employee_id)
    where (o.cycle_id, o.employee_id, o.status, o.predicate) is distinct from (n.cycle_id, n.employee_id, n.status, n.predicate);
  end if;
  perform analytics_refresh_appraisals(ids);`),
    ...statementTriggers('appraisal', 'analytics_on_appraisal', ['insert', 'update', 'delete']),

    // A level changed. (Levels deleted with their appraisal are left to the appraisal trigger: the
    // appraisal is gone by the time this one runs.)
    triggerFunction('analytics_on_competency_assessment', `
  if tg_op = 'INSERT' then
    select array_agg(distinct a.employee_id) into ids from new_rows n join appraisal a on a.id = n.appraisal_id;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct a.employee_id) into ids from old_rows o join appraisal a on a.id = o.appraisal_id;
  else
    select array_agg(distinct a.employee_id) into ids
    from old_rows o join new_rows n on n.id = o.id
    join appraisal a on a.id in (o.appraisal_id, n.appraisal_id)
    where (o.appraisal_id, o.competency_id, o.rater_role, o.level, o.rater_id)
      is distinct from (n.appraisal_id, n.competency_id, n.rater_role, n.level, n.rater_id);
  end if;
  perform analytics_refresh_appraisals(ids);`),
    ...statementTriggers('competency_assessment', 'analytics_on_competency_assessment', ['insert', 'update', 'delete']),

    // A position standard changed: every active holder of the position (HISTORY: in any cycle).
    triggerFunction('analytics_on_position_requirement', `
  ${idsFromTouchedRows((rows) => (history
    ? `select h.employee_id from employment_history h where h.active and h.position_id in (select position_id from ${rows})`
    : `select e.id from employee e where e.active and e.position_id in (select position_id from ${rows})`))}
  perform analytics_refresh_appraisals(ids);`),
    ...statementTriggers('position_requirement', 'analytics_on_position_requirement', ['insert', 'update', 'delete']),

    // The catalogue changed: the recommended programme of pairs with a gap in its competencies (ids
    // here are competency ids). Cost, title and mode are read at query time: changing only those
    // needs nothing here.
    triggerFunction('analytics_on_training_program', `
  if tg_op = 'UPDATE' then
    if not exists (
      select 1 from old_rows o join new_rows n on n.id = o.id
      where (o.competency_id, o.level_from, o.level_to, o.hours_jp, o.code) is distinct from (n.competency_id, n.level_from, n.level_to, n.hours_jp, n.code)
    ) then
      return null;
    end if;
  end if;
  ${idsFromTouchedRows((rows) => `select competency_id from ${rows}`)}
  perform analytics_move_programs(ids);`),
    ...statementTriggers('training_program', 'analytics_on_training_program', ['insert', 'update', 'delete']),

    triggerFunction('analytics_on_training_record', `
  ${idsFromTouchedRows((rows) => `select employee_id from ${rows}`)}
  perform analytics_refresh_staff(ids);`),
    ...statementTriggers('training_record', 'analytics_on_training_record', ['insert', 'update', 'delete']),

    // A competency moved to another category: fit and rating facts are split by category.
    triggerFunction('analytics_on_competency', `
  select array_agg(distinct x.employee_id) into ids from (
    select a.employee_id from competency_assessment ca join appraisal a on a.id = ca.appraisal_id
    where ca.competency_id in (select o.id from old_rows o join new_rows n on n.id = o.id where o.category <> n.category)
    union
    select f.employee_id from analytics_pair_fact f
    where f.competency_id in (select o.id from old_rows o join new_rows n on n.id = o.id where o.category <> n.category)
  ) x;
  perform analytics_refresh_appraisals(ids);`),
    ...statementTriggers('competency', 'analytics_on_competency', ['update']),

    // The agency tree changed. Facts keep their own agency; only the subtree totals move. The SHARE
    // ROW EXCLUSIVE lock waits for fact maintenance in flight (which holds ROW EXCLUSIVE, see
    // analytics_lock_employees), so that the move counts facts committed meanwhile.
    triggerFunction('analytics_on_agency_closure', `
  lock table ${CUBES.map((c) => c.table).join(', ')} in share row exclusive mode;
  if tg_op in ('DELETE', 'UPDATE') then
    perform analytics_move_subtrees(-1, array_agg(ancestor_id), array_agg(descendant_id)) from old_rows;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform analytics_move_subtrees(1, array_agg(ancestor_id), array_agg(descendant_id)) from new_rows;
  end if;`),
    ...statementTriggers('agency_closure', 'analytics_on_agency_closure', ['insert', 'update', 'delete']),

    // Facts for whatever is in the database already.
    `select analytics_rebuild()`,
  ];
}
