import { Migration } from '@mikro-orm/migrations';

/*
 * Appraisal workflow (SPEC §4).
 *
 * - appraisal.assessed_by_id: the rating official (pejabat penilai). An objection is decided by that
 *   official's own supervisor (PP 30/2019 art. 59), who must stay known if the employee's supervisor
 *   changes afterwards.
 * - appraisal.updated_at: set by every API write, which also makes every write (even one that only
 *   adds a target or a comment) go through the optimistic version check on the appraisal row.
 * - "A finalised appraisal never changes": the API refuses it, and so does the database, so that a
 *   bug, a script or a hand-written UPDATE cannot quietly rewrite a final predicate.
 *   * appraisal: once FINALIZED, no UPDATE that changes anything, and no DELETE.
 *   * its parts (competency levels, targets, feedback, objection): no INSERT, UPDATE or DELETE once
 *     the appraisal was finalised by an EARLIER transaction. The same transaction may still write
 *     them: the dataset import inserts a finalised appraisal and then its levels, and an objection
 *     decision revises levels and finalises in one flush. To tell the two apart, finalized_at is
 *     stamped with the transaction's start time whenever an appraisal becomes FINALIZED.
 */
export class Migration20261122110000_appraisal_workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appraisal" add column "assessed_by_id" int null, add column "updated_at" timestamptz not null default now();`);
    this.addSql(`create index "appraisal_assessed_by_id_index" on "appraisal" ("assessed_by_id");`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_assessed_by_id_foreign" foreign key ("assessed_by_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`create function "appraisal_guard_finalized"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.status = 'FINALIZED' then
    if tg_op = 'DELETE' or new is distinct from old then
      raise exception 'appraisal % is finalised and cannot change', old.id using errcode = 'object_not_in_prerequisite_state';
    end if;
    return new;
  end if;
  if tg_op <> 'DELETE' and new.status = 'FINALIZED' then
    new.finalized_at := transaction_timestamp();
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;`);
    this.addSql(`create trigger "appraisal_guard_finalized" before insert or update or delete on "appraisal" for each row execute function "appraisal_guard_finalized"();`);

    // Statement-level, over the rows a statement touched (transition tables), so that a bulk import
    // of a million levels costs one check per statement, not one per row. AFTER, not BEFORE: an
    // INSERT … ON CONFLICT DO UPDATE … WHERE (the dataset import re-importing unchanged levels)
    // proposes every row, but only the rows really inserted or updated reach the transition tables.
    this.addSql(`create function "appraisal_part_guard_finalized"() returns trigger language plpgsql as $$
declare
  refused boolean;
begin
  if tg_op = 'INSERT' then
    select exists (select 1 from new_rows t join appraisal a on a.id = t.appraisal_id
                   where a.status = 'FINALIZED' and a.finalized_at < transaction_timestamp()) into refused;
  elsif tg_op = 'UPDATE' then
    select exists (select 1 from (select appraisal_id from old_rows union all select appraisal_id from new_rows) t
                   join appraisal a on a.id = t.appraisal_id
                   where a.status = 'FINALIZED' and a.finalized_at < transaction_timestamp()) into refused;
  else
    select exists (select 1 from old_rows t join appraisal a on a.id = t.appraisal_id
                   where a.status = 'FINALIZED' and a.finalized_at < transaction_timestamp()) into refused;
  end if;
  if refused then
    raise exception '% of a finalised appraisal cannot change', tg_table_name using errcode = 'object_not_in_prerequisite_state';
  end if;
  return null;
end $$;`);
    // PostgreSQL allows transition tables on single-event triggers only: one trigger per event.
    for (const table of PARTS) {
      for (const [event, rows] of EVENTS) {
        this.addSql(`create trigger "${table}_guard_finalized_${event}" after ${event} on "${table}" referencing ${rows} for each statement execute function "appraisal_part_guard_finalized"();`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of PARTS) {
      for (const [event] of EVENTS) this.addSql(`drop trigger if exists "${table}_guard_finalized_${event}" on "${table}";`);
    }
    this.addSql(`drop function if exists "appraisal_part_guard_finalized"();`);
    this.addSql(`drop trigger if exists "appraisal_guard_finalized" on "appraisal";`);
    this.addSql(`drop function if exists "appraisal_guard_finalized"();`);
    this.addSql(`alter table "appraisal" drop constraint "appraisal_assessed_by_id_foreign";`);
    this.addSql(`drop index "appraisal_assessed_by_id_index";`);
    this.addSql(`alter table "appraisal" drop column "assessed_by_id", drop column "updated_at";`);
  }
}

const PARTS = ['competency_assessment', 'performance_target', 'feedback', 'objection'] as const;
const EVENTS = [
  ['insert', 'new table as new_rows'],
  ['update', 'old table as old_rows new table as new_rows'],
  ['delete', 'old table as old_rows'],
] as const;
