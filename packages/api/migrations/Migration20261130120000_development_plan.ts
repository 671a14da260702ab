import { Migration } from '@mikro-orm/migrations';

/*
 * Development plans (rencana pengembangan, SPEC §2): a supervisor recommends a programme or a free
 * activity in one competency for a direct report; the training planner plans, drops or closes it,
 * and a training record of its programme closes it. One open item per employee and programme.
 */
export class Migration20261130120000_development_plan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "development_plan_item" ("id" serial primary key, "employee_id" int not null, "competency_id" int not null, "program_id" int null, "title" text null, "reason" text not null, "recommended_by_id" int null, "status" text check ("status" in ('RECOMMENDED', 'PLANNED', 'DONE', 'DROPPED')) not null default 'RECOMMENDED', "cycle_id" int null, "drop_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint development_plan_item_program_or_title_check check ((program_id is null) <> (title is null)));`);
    this.addSql(`create index "development_plan_item_competency_id_index" on "development_plan_item" ("competency_id");`);
    this.addSql(`create index "development_plan_item_program_id_index" on "development_plan_item" ("program_id");`);
    this.addSql(`create index "development_plan_item_recommended_by_id_index" on "development_plan_item" ("recommended_by_id");`);
    this.addSql(`create index "development_plan_item_cycle_id_index" on "development_plan_item" ("cycle_id");`);
    this.addSql(`create index "development_plan_item_status_competency_id_index" on "development_plan_item" ("status", "competency_id");`);
    this.addSql(`create index "development_plan_item_employee_id_status_index" on "development_plan_item" ("employee_id", "status");`);
    this.addSql(`create unique index "development_plan_item_open_program_unique" on "development_plan_item" ("employee_id", "program_id") where status in ('RECOMMENDED', 'PLANNED') and program_id is not null;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_recommended_by_id_foreign" foreign key ("recommended_by_id") references "employee" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "development_plan_item" add constraint "development_plan_item_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "development_plan_item" cascade;`);
  }
}
