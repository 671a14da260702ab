import { Migration } from '@mikro-orm/migrations';
import {
  LATEST, PAIR_COLUMNS, analyticsUpStatements, cubeFillStatement, employeeFactsSelect, pairDerivation, schemaOf, staffJoin,
} from './Migration20261122090000_analytics.js';
import { EFFECT_CUBE, EFFECT_FACT, effectSelect } from './Migration20261130130000_training_effect.js';

/*
 * A faster analytics_rebuild() for bulk loads (issue #13, import throughput). The rebuild is what a
 * large import spends most of its time on after the merges; measured at 50,000 employees (2.7M
 * levels, load ≈ 5) the old one took 92 s, of which inserting into indexed tables most: the pair
 * facts 31 s (their select alone 8 s), the talent cube 19 s (select 4 s), the gap cube 13 s.
 *
 * What changes (the figures it produces do not: analyticsDrift stays zero, every analytics test):
 *  - every derived table's indexes and keys are set aside after the TRUNCATE and built again once
 *    at the end (one sort each) instead of being updated row by row; the rebuild runs inside the
 *    transaction that truncated them, so nobody sees them without their indexes, and the triggers'
 *    ON CONFLICT finds every key again under its own name;
 *  - the staff facts and the pair facts are derived set-based: training hours summed per (employee,
 *    year) once, and the levels pivoted per (appraisal, competency) by one aggregate hash-joined to
 *    the requirements, instead of a correlated lookup per row (the `_source` views, which the
 *    triggers and the base-table checks go on using, are unchanged);
 *  - the training-effect facts (Migration20261130130000_training_effect) are rebuilt here too, from
 *    the pair facts just built rather than from the pair view twice, so refreshAnalytics needs this
 *    one call. analytics_effect_rebuild() stays for a TRUNCATE of a base table outside a bulk load.
 */

// The analytics as they are when this migration runs: over the employment history, with the cubes
// Migration20261201100000_rater_ranking added (LATEST).
const history = schemaOf('HISTORY', LATEST);
const { facts } = history;

const DERIVED = [...history.derivedTables, EFFECT_FACT.table, EFFECT_CUBE.table];

/**
 * analytics_staff_source, set-based: each employee's development hours per calendar year summed
 * once, joined to the cycles of their history by the year of the cycle's start month.
 */
const STAFF_ROWS = `select h.employee_id, h.cycle_id, h.agency_id, h.position_id, e.employment_type,
      coalesce(t.hours_jp, 0) as hours_jp
    from employment_history h
    join employee e on e.id = h.employee_id
    join cycle c on c.id = h.cycle_id
    left join (
      select tr.employee_id, extract(year from tr.completed_on)::int as year, sum(tr.hours_jp) as hours_jp
      from training_record tr
      group by tr.employee_id, extract(year from tr.completed_on)
    ) t on t.employee_id = h.employee_id and t.year = extract(year from c.start_month)::int
    where h.active`;

const s = staffJoin('HISTORY');

/**
 * analytics_rebuild() as this migration writes it; `programs` as in effectSelect (GROUPED since
 * Migration20261201140000_rebuild_effect).
 */
export function bulkRebuildFunction(programs: 'LOOKUP' | 'GROUPED'): string {
  return `create or replace function analytics_rebuild() returns void language plpgsql
    set work_mem = '256MB' set maintenance_work_mem = '256MB' as $$
    declare
      derived regclass[] := array['${DERIVED.join("', '")}']::regclass[];
      restore text[];
      statement text;
    begin
      analyze ${history.baseTables.join(', ')};
      truncate ${DERIVED.join(', ')};
      -- Set aside every index and key of the (now empty) derived tables, to build each once at the end.
      select coalesce(array_agg(x.restore order by x.ord, x.name), '{}') into restore from (
        select 1 as ord, k.conname::text as name,
          format('alter table %s add constraint %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid)) as restore
        from pg_constraint k where k.conrelid = any(derived) and k.contype in ('p', 'u')
        union all
        select 2, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        from pg_index i where i.indrelid = any(derived)
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      ) x;
      for statement in
        select format('drop index %s', i.indexrelid::regclass) from pg_index i where i.indrelid = any(derived)
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
        union all
        select format('alter table %s drop constraint %I', k.conrelid::regclass, k.conname)
        from pg_constraint k where k.conrelid = any(derived) and k.contype in ('p', 'u')
      loop
        execute statement;
      end loop;

      insert into ${facts.staff.table} ${STAFF_ROWS};
      insert into ${facts.pair.table} (${PAIR_COLUMNS}) ${pairDerivation(s, 'GROUPED')};
      insert into ${facts.appraisal.table} ${employeeFactsSelect(facts.pair.table, () => 'true', s)};
      insert into ${facts.rating.table} select * from ${facts.rating.source};
      ${history.cubes.map((cube) => `${cubeFillStatement(cube)};`).join('\n      ')}
      insert into ${EFFECT_FACT.table} ${effectSelect('true', facts.pair.table, programs)};
      ${cubeFillStatement(EFFECT_CUBE)};

      foreach statement in array restore loop
        execute statement;
      end loop;
      update analytics_state set stale = false, rebuilt_at = now();
      ${DERIVED.map((t) => `analyze ${t};`).join('\n      ')}
    end $$`;
}

/** The application role runs the rebuild with the owner's rights (Migration20261123100000_app_role_functions). */
export const REBUILD_SECURITY_DEFINER = `do $$ begin
      execute format('alter function analytics_rebuild() security definer set search_path = %I, pg_temp', current_schema());
    end $$`;

export class Migration20261201120000_bulk_rebuild extends Migration {
  override async up(): Promise<void> {
    this.addSql(bulkRebuildFunction('LOOKUP'));
    this.addSql(REBUILD_SECURITY_DEFINER);
  }

  override async down(): Promise<void> {
    // The rebuild as Migration20261201100000_rater_ranking left it.
    const previous = analyticsUpStatements('HISTORY', LATEST).find((q) => q.startsWith('create function analytics_rebuild()'));
    if (!previous) throw new Error('analytics_rebuild() not found in the analytics generator');
    this.addSql(previous.replace('create function', 'create or replace function'));
    this.addSql(REBUILD_SECURITY_DEFINER);
  }
}
