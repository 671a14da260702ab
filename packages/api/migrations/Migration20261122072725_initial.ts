import { Migration } from '@mikro-orm/migrations';

export class Migration20261122072725_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agency" ("id" serial primary key, "code" text not null, "name" text not null, "kind" text check ("kind" in ('PEMDA', 'SEKRETARIAT', 'BADAN', 'DINAS', 'KECAMATAN', 'KELURAHAN', 'UNIT', 'UPT')) not null, "parent_id" int null, "depth" smallint not null default 0);`);
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_parent_id_index" on "agency" ("parent_id");`);

    this.addSql(`create table "agency_closure" ("ancestor_id" int not null, "descendant_id" int not null, "distance" smallint not null, constraint "agency_closure_pkey" primary key ("ancestor_id", "descendant_id"));`);
    this.addSql(`create index "agency_closure_descendant_id_ancestor_id_index" on "agency_closure" ("descendant_id", "ancestor_id");`);

    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "actor_username" text null, "actor_role" text null, "action" text not null, "subject_type" text not null, "subject_id" text null, "subject_nip" text null, "outcome" text not null, "request_id" text null, "detail" jsonb null);`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_subject_nip_index" on "audit_event" ("subject_nip");`);
    this.addSql(`create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`);

    this.addSql(`create table "competency" ("id" serial primary key, "code" text not null, "name" text not null, "category" text check ("category" in ('MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL')) not null);`);
    this.addSql(`alter table "competency" add constraint "competency_code_unique" unique ("code");`);

    this.addSql(`create table "competency_level" ("competency_id" int not null, "level" smallint not null, "descriptor" text not null, constraint "competency_level_pkey" primary key ("competency_id", "level"), constraint competency_level_level_check check (level >= 1 and level <= 5));`);

    this.addSql(`create table "cycle" ("id" serial primary key, "code" text not null, "name" text not null, "kind" text check ("kind" in ('ANNUAL', 'SEMESTER', 'QUARTER')) not null, "start_month" date not null, "end_month" date not null, "status" text check ("status" in ('PLANNING', 'OPEN', 'CLOSED')) not null default 'PLANNING', constraint cycle_months_check check (end_month >= start_month));`);
    this.addSql(`alter table "cycle" add constraint "cycle_code_unique" unique ("code");`);
    this.addSql(`create index "cycle_start_month_index" on "cycle" ("start_month");`);

    this.addSql(`create table "position" ("id" serial primary key, "code" text not null, "title" text not null, "position_type" text check ("position_type" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')) not null);`);
    this.addSql(`alter table "position" add constraint "position_code_unique" unique ("code");`);

    this.addSql(`create table "employee" ("id" serial primary key, "nip" text not null, "name" text not null, "employment_type" text check ("employment_type" in ('PNS', 'PPPK')) not null, "rank" text not null, "position_id" int not null, "agency_id" int not null, "supervisor_id" int null, "active" boolean not null default true);`);
    this.addSql(`alter table "employee" add constraint "employee_nip_unique" unique ("nip");`);
    this.addSql(`create index "employee_position_id_index" on "employee" ("position_id");`);
    this.addSql(`create index "employee_supervisor_id_index" on "employee" ("supervisor_id");`);
    this.addSql(`create index "employee_agency_id_active_index" on "employee" ("agency_id", "active");`);

    this.addSql(`create table "appraisal" ("id" serial primary key, "cycle_id" int not null, "employee_id" int not null, "status" text check ("status" in ('DRAFT', 'SELF_ASSESSED', 'ASSESSED', 'OBJECTED', 'FINALIZED')) not null default 'DRAFT', "work_result_rating" text check ("work_result_rating" in ('ABOVE', 'MEETS', 'BELOW')) null, "behavior_rating" text check ("behavior_rating" in ('ABOVE', 'MEETS', 'BELOW')) null, "predicate" text check ("predicate" in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')) null, "rule_set" text null, "self_comment" text null, "plan_submitted_at" timestamptz null, "self_assessed_at" timestamptz null, "assessed_at" timestamptz null, "finalized_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`create index "appraisal_employee_id_index" on "appraisal" ("employee_id");`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_cycle_employee_unique" unique ("cycle_id", "employee_id");`);

    this.addSql(`create table "performance_target" ("id" serial primary key, "appraisal_id" int not null, "ordinal" smallint not null, "description" text not null, "indicator" text not null, "aspect" text check ("aspect" in ('QUANTITY', 'QUALITY', 'TIME', 'COST')) not null, "target_value" numeric(14,2) not null, "unit" text not null, "realisation" numeric(14,2) null, "evidence_url" text null);`);
    this.addSql(`create index "performance_target_appraisal_id_index" on "performance_target" ("appraisal_id");`);

    this.addSql(`create table "objection" ("id" serial primary key, "appraisal_id" int not null, "reason" text not null, "filed_at" timestamptz not null, "outcome" text check ("outcome" in ('UPHELD', 'REJECTED')) null, "decision_note" text null, "decided_by_id" int null, "decided_at" timestamptz null);`);
    this.addSql(`alter table "objection" add constraint "objection_appraisal_id_unique" unique ("appraisal_id");`);

    this.addSql(`create table "feedback" ("id" serial primary key, "appraisal_id" int not null, "author_id" int null, "body" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "feedback_appraisal_id_index" on "feedback" ("appraisal_id");`);

    this.addSql(`create table "competency_assessment" ("id" serial primary key, "appraisal_id" int not null, "competency_id" int not null, "rater_role" text check ("rater_role" in ('SELF', 'SUPERVISOR', 'PEER', 'ASSESSOR')) not null, "level" smallint not null, "rater_id" int null, "comment" text null, constraint competency_assessment_level_check check (level >= 1 and level <= 5));`);
    this.addSql(`create index "competency_assessment_competency_id_index" on "competency_assessment" ("competency_id");`);
    this.addSql(`create index "competency_assessment_rater_id_index" on "competency_assessment" ("rater_id");`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_unique" unique ("appraisal_id", "competency_id", "rater_role");`);

    this.addSql(`create table "position_requirement" ("position_id" int not null, "competency_id" int not null, "required_level" smallint not null, constraint "position_requirement_pkey" primary key ("position_id", "competency_id"), constraint position_requirement_required_level_check check (required_level >= 1 and required_level <= 5));`);
    this.addSql(`create index "position_requirement_competency_id_index" on "position_requirement" ("competency_id");`);

    this.addSql(`create table "training_program" ("id" serial primary key, "code" text not null, "title" text not null, "competency_id" int not null, "level_from" smallint not null, "level_to" smallint not null, "hours_jp" int not null, "mode" text check ("mode" in ('CLASSICAL', 'NON_CLASSICAL')) not null, "cost_per_participant" numeric(14,2) not null, constraint training_program_hours_check check (hours_jp > 0 and cost_per_participant >= 0), constraint training_program_levels_check check (level_from >= 1 and level_from <= 5 and level_to >= 1 and level_to <= 5 and level_from < level_to));`);
    this.addSql(`alter table "training_program" add constraint "training_program_code_unique" unique ("code");`);
    this.addSql(`create index "training_program_competency_id_index" on "training_program" ("competency_id");`);

    this.addSql(`create table "training_record" ("id" serial primary key, "employee_id" int not null, "program_id" int null, "title" text null, "completed_on" date not null, "hours_jp" numeric(6,1) not null, constraint training_record_hours_check check (hours_jp > 0));`);
    this.addSql(`create index "training_record_program_id_index" on "training_record" ("program_id");`);
    this.addSql(`create index "training_record_employee_id_completed_on_index" on "training_record" ("employee_id", "completed_on");`);
    this.addSql(`alter table "training_record" add constraint "training_record_natural_key" unique ("employee_id", "program_id", "completed_on");`);

    this.addSql(`create table "user_account" ("id" serial primary key, "username" text not null, "password_hash" text not null, "role" text check ("role" in ('ADMIN', 'HR_ADMIN', 'LEADER', 'TRAINING_PLANNER', 'ANALYST', 'SUPERVISOR', 'EMPLOYEE')) not null, "agency_id" int null, "employee_id" int null, "active" boolean not null default true, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "user_account" add constraint "user_account_username_unique" unique ("username");`);

    this.addSql(`alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "agency_closure" add constraint "agency_closure_ancestor_id_foreign" foreign key ("ancestor_id") references "agency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agency_closure" add constraint "agency_closure_descendant_id_foreign" foreign key ("descendant_id") references "agency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "competency_level" add constraint "competency_level_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "employee" add constraint "employee_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employee" add constraint "employee_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employee" add constraint "employee_supervisor_id_foreign" foreign key ("supervisor_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appraisal" add constraint "appraisal_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "appraisal" add constraint "appraisal_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "performance_target" add constraint "performance_target_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objection" add constraint "objection_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_decided_by_id_foreign" foreign key ("decided_by_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add constraint "feedback_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_author_id_foreign" foreign key ("author_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_appraisal_id_foreign" foreign key ("appraisal_id") references "appraisal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "competency_assessment" add constraint "competency_assessment_rater_id_foreign" foreign key ("rater_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "position_requirement" add constraint "position_requirement_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "position_requirement" add constraint "position_requirement_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_program" add constraint "training_program_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_record" add constraint "training_record_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_record" add constraint "training_record_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "user_account" add constraint "user_account_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "user_account" add constraint "user_account_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete restrict;`);

    // Audit events are append-only (UU 27/2022 accountability): the database itself refuses
    // UPDATE, DELETE and TRUNCATE, whatever the application does.
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`create trigger "audit_event_no_update_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop trigger if exists "audit_event_no_update_delete" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_append_only"();`);
    this.addSql(`alter table "agency" drop constraint "agency_parent_id_foreign";`);

    this.addSql(`alter table "agency_closure" drop constraint "agency_closure_ancestor_id_foreign";`);

    this.addSql(`alter table "agency_closure" drop constraint "agency_closure_descendant_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_agency_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_agency_id_foreign";`);

    this.addSql(`alter table "competency_level" drop constraint "competency_level_competency_id_foreign";`);

    this.addSql(`alter table "competency_assessment" drop constraint "competency_assessment_competency_id_foreign";`);

    this.addSql(`alter table "position_requirement" drop constraint "position_requirement_competency_id_foreign";`);

    this.addSql(`alter table "training_program" drop constraint "training_program_competency_id_foreign";`);

    this.addSql(`alter table "appraisal" drop constraint "appraisal_cycle_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_position_id_foreign";`);

    this.addSql(`alter table "position_requirement" drop constraint "position_requirement_position_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_supervisor_id_foreign";`);

    this.addSql(`alter table "appraisal" drop constraint "appraisal_employee_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_decided_by_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_author_id_foreign";`);

    this.addSql(`alter table "competency_assessment" drop constraint "competency_assessment_rater_id_foreign";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_employee_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_employee_id_foreign";`);

    this.addSql(`alter table "performance_target" drop constraint "performance_target_appraisal_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_appraisal_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_appraisal_id_foreign";`);

    this.addSql(`alter table "competency_assessment" drop constraint "competency_assessment_appraisal_id_foreign";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_program_id_foreign";`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "agency_closure" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "competency" cascade;`);

    this.addSql(`drop table if exists "competency_level" cascade;`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "appraisal" cascade;`);

    this.addSql(`drop table if exists "performance_target" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop table if exists "competency_assessment" cascade;`);

    this.addSql(`drop table if exists "position_requirement" cascade;`);

    this.addSql(`drop table if exists "training_program" cascade;`);

    this.addSql(`drop table if exists "training_record" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);
  }

}
