import { Migration } from '@mikro-orm/migrations';

/*
 * The BKD console (issue #11):
 * - cycle.agency_id: the pemda whose cycle it is (null: national); group_* and cycle_group_position
 *   limit a cycle to position types, positions or an agency subtree; cycle_target_template holds the
 *   targets opening copies into each new plan.
 * - owner_agency_id on competency, position and training_program: the pemda that maintains the
 *   record (null: national, an ADMIN's).
 * - notification: in-app reminders; unique per (rule, day, recipient), so a rule reaches a person at
 *   most once a day however often and wherever the rules run.
 * - user_account.email: where reminders are e-mailed when SMTP_URL is set.
 */
export class Migration20261130110000_console extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "cycle_target_template" ("id" serial primary key, "cycle_id" int not null, "position_id" int not null, "ordinal" smallint not null, "description" text not null, "indicator" text not null, "aspect" text check ("aspect" in ('QUANTITY', 'QUALITY', 'TIME', 'COST')) not null, "target_value" numeric(14,2) not null, "unit" text not null);`);
    this.addSql(`create index "cycle_target_template_position_id_index" on "cycle_target_template" ("position_id");`);
    this.addSql(`alter table "cycle_target_template" add constraint "cycle_target_template_unique" unique ("cycle_id", "position_id", "ordinal");`);
    this.addSql(`create table "cycle_group_position" ("cycle_id" int not null, "position_id" int not null, constraint "cycle_group_position_pkey" primary key ("cycle_id", "position_id"));`);
    this.addSql(`create index "cycle_group_position_position_id_index" on "cycle_group_position" ("position_id");`);
    this.addSql(`create table "notification" ("id" serial primary key, "recipient_employee_id" int null, "recipient_account_id" int null, "recipient_key" text not null, "rule" text check ("rule" in ('DAILY_DIGEST', 'ESCALATION')) not null, "day" date not null, "title" text not null, "body" text not null, "appraisal_count" int not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "emailed_at" timestamptz null);`);
    this.addSql(`create index "notification_recipient_employee_id_index" on "notification" ("recipient_employee_id");`);
    this.addSql(`create index "notification_recipient_account_id_index" on "notification" ("recipient_account_id");`);
    this.addSql(`alter table "notification" add constraint "notification_once_per_rule_and_day" unique ("rule", "day", "recipient_key");`);
    this.addSql(`alter table "cycle_target_template" add constraint "cycle_target_template_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cycle_target_template" add constraint "cycle_target_template_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cycle_group_position" add constraint "cycle_group_position_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cycle_group_position" add constraint "cycle_group_position_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_employee_id_foreign" foreign key ("recipient_employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_account_id_foreign" foreign key ("recipient_account_id") references "user_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency" add column "owner_agency_id" int null;`);
    this.addSql(`alter table "competency" add constraint "competency_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "competency_owner_agency_id_index" on "competency" ("owner_agency_id");`);
    this.addSql(`alter table "cycle" add column "agency_id" int null, add column "group_position_types" text[] null, add column "group_agency_id" int null;`);
    this.addSql(`alter table "cycle" add constraint "cycle_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cycle" add constraint "cycle_group_agency_id_foreign" foreign key ("group_agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "cycle_agency_id_index" on "cycle" ("agency_id");`);
    this.addSql(`alter table "position" add column "owner_agency_id" int null;`);
    this.addSql(`alter table "position" add constraint "position_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "position_owner_agency_id_index" on "position" ("owner_agency_id");`);
    this.addSql(`alter table "training_program" add column "owner_agency_id" int null;`);
    this.addSql(`alter table "training_program" add constraint "training_program_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "training_program_owner_agency_id_index" on "training_program" ("owner_agency_id");`);
    this.addSql(`alter table "user_account" add column "email" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "cycle_group_position" cascade;`);
    this.addSql(`drop table if exists "cycle_target_template" cascade;`);
    this.addSql(`alter table "user_account" drop column "email";`);
    for (const table of ['competency', 'position', 'training_program']) this.addSql(`alter table "${table}" drop column "owner_agency_id";`);
    this.addSql(`alter table "cycle" drop column "agency_id", drop column "group_position_types", drop column "group_agency_id";`);
  }
}
