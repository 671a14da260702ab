import { Migration } from '@mikro-orm/migrations';

/*
 * The appraisal workspace (SPEC §2, §4): plan agreement, cascading targets, check-ins, BerAKHLAK.
 *
 * - Two new statuses between DRAFT and SELF_ASSESSED: PLAN_SUBMITTED and PLAN_AGREED. Until now a
 *   submitted plan stayed DRAFT with plan_submitted_at set; those rows become PLAN_SUBMITTED, so
 *   their supervisor now agrees them (nothing else changes: imported appraisals never had a plan).
 * - performance_target: kind (UTAMA/TAMBAHAN), supports_target_id (the supervisor's target it
 *   supports, cascading; checked by the API) and the supervisor's feedback.
 * - check_in (+ check_in_entry per target), appraisal_behavior (expectation and rating per BerAKHLAK
 *   value) and plan_return (a returned plan's reason, kept as history).
 * - The new parts carry an appraisal_id and get the same "finalised never changes" guard as the
 *   others (see the appraisal_workflow migration); check_in_entry is reached through its check-in.
 */
export class Migration20261130100000_appraisal_workspace extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appraisal" drop constraint if exists "appraisal_status_check";`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_status_check" check ("status" in ('DRAFT', 'PLAN_SUBMITTED', 'PLAN_AGREED', 'SELF_ASSESSED', 'ASSESSED', 'OBJECTED', 'FINALIZED'));`);
    this.addSql(`update "appraisal" set "status" = 'PLAN_SUBMITTED' where "status" = 'DRAFT' and "plan_submitted_at" is not null;`);
    this.addSql(`alter table "appraisal" add column "plan_agreed_at" timestamptz null, add column "plan_agreed_by_id" int null;`);
    this.addSql(`create index "appraisal_plan_agreed_by_id_index" on "appraisal" ("plan_agreed_by_id");`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_plan_agreed_by_id_foreign" foreign key ("plan_agreed_by_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "performance_target" add column "kind" text check ("kind" in ('UTAMA', 'TAMBAHAN')) not null default 'UTAMA', add column "supports_target_id" int null, add column "supervisor_feedback" text null;`);
    this.addSql(`create index "performance_target_supports_target_id_index" on "performance_target" ("supports_target_id");`);
    this.addSql(`alter table "performance_target" add constraint "performance_target_supports_target_id_foreign" foreign key ("supports_target_id") references "performance_target" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "check_in" ("id" serial primary key, "appraisal_id" int not null, "period" text not null, "note" text null, "created_at" timestamptz not null default now(), "answer" text null, "answered_by_id" int null, "answered_at" timestamptz null);`);
    this.addSql(`alter table "check_in" add constraint "check_in_appraisal_period_unique" unique ("appraisal_id", "period");`);
    this.addSql(`alter table "check_in" add constraint "check_in_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "check_in" add constraint "check_in_answered_by_id_foreign" foreign key ("answered_by_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "check_in_entry" ("id" serial primary key, "check_in_id" int not null, "target_id" int not null, "realisation" numeric(14,2) not null, "evidence_url" text null);`);
    this.addSql(`create index "check_in_entry_target_id_index" on "check_in_entry" ("target_id");`);
    this.addSql(`alter table "check_in_entry" add constraint "check_in_entry_target_unique" unique ("check_in_id", "target_id");`);
    this.addSql(`alter table "check_in_entry" add constraint "check_in_entry_check_in_id_foreign" foreign key ("check_in_id") references "check_in" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "check_in_entry" add constraint "check_in_entry_target_id_foreign" foreign key ("target_id") references "performance_target" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "appraisal_behavior" ("id" serial primary key, "appraisal_id" int not null, "value" text check ("value" in ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')) not null, "expectation" text null, "rating" text check ("rating" in ('ABOVE', 'MEETS', 'BELOW')) null);`);
    this.addSql(`alter table "appraisal_behavior" add constraint "appraisal_behavior_value_unique" unique ("appraisal_id", "value");`);
    this.addSql(`alter table "appraisal_behavior" add constraint "appraisal_behavior_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "plan_return" ("id" serial primary key, "appraisal_id" int not null, "returned_by_id" int null, "comment" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "plan_return_appraisal_id_index" on "plan_return" ("appraisal_id");`);
    this.addSql(`alter table "plan_return" add constraint "plan_return_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_return" add constraint "plan_return_returned_by_id_foreign" foreign key ("returned_by_id") references "employee" ("id") on update cascade on delete set null;`);

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
    this.addSql(`drop table if exists "plan_return" cascade;`);
    this.addSql(`drop table if exists "appraisal_behavior" cascade;`);
    this.addSql(`drop table if exists "check_in_entry" cascade;`);
    this.addSql(`drop table if exists "check_in" cascade;`);
    this.addSql(`alter table "performance_target" drop constraint "performance_target_supports_target_id_foreign";`);
    this.addSql(`alter table "performance_target" drop column "kind", drop column "supports_target_id", drop column "supervisor_feedback";`);
    this.addSql(`alter table "appraisal" drop constraint "appraisal_plan_agreed_by_id_foreign";`);
    this.addSql(`alter table "appraisal" drop column "plan_agreed_at", drop column "plan_agreed_by_id";`);
    this.addSql(`update "appraisal" set "status" = 'DRAFT' where "status" in ('PLAN_SUBMITTED', 'PLAN_AGREED');`);
    this.addSql(`alter table "appraisal" drop constraint if exists "appraisal_status_check";`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_status_check" check ("status" in ('DRAFT', 'SELF_ASSESSED', 'ASSESSED', 'OBJECTED', 'FINALIZED'));`);
  }
}

const PARTS = ['check_in', 'appraisal_behavior', 'plan_return'] as const;
const EVENTS = [
  ['insert', 'new table as new_rows'],
  ['update', 'old table as old_rows new table as new_rows'],
  ['delete', 'old table as old_rows'],
] as const;
