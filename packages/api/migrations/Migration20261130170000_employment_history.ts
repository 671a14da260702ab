import { Migration } from '@mikro-orm/migrations';
import { analyticsDownStatements, analyticsUpStatements } from './Migration20261122090000_analytics.js';
import { effectDownStatements, effectUpStatements } from './Migration20261130130000_training_effect.js';

/*
 * Employment history (SPEC §2; issue #12 "staffing history"): where each employee stood — agency,
 * position, active — in each cycle, so that a past cycle counts the staff it had and a transfer or a
 * retirement no longer rewrites it.
 *
 * Which rows exist:
 *  - existing databases: every cycle × every employee as they are today (so every figure stays as it
 *    was when this migration runs);
 *  - a cycle that opens (CycleService.open): its eligible staff, in the statement before its appraisals;
 *  - a dataset import: the dataset's cycles × the dataset's employees (dataset-history.ts);
 *  - an appraisal inserted for someone without a row in its cycle: that employee as they are now
 *    (trigger employment_history_of_appraisal), so an appraisal's employee is always its cycle's staff.
 *
 * Which rows follow the employee: those of cycles not CLOSED. A change of agency, position or active
 * flag of an employee updates their rows in PLANNING and OPEN cycles (trigger employee_history_follow,
 * which runs during bulk loads too: it is base data, not derived). A CLOSED cycle's rows are frozen:
 * no later transfer, retirement or re-import rewrites them (closing is the cut-off, as for appraisals).
 *
 * The analytics (facts, cubes, triggers of Migration20261122090000_analytics and the training effect
 * of Migration20261130130000_training_effect) are dropped and created again with Staffing 'HISTORY':
 * the staff facts become one row per (employee, cycle) with that cycle's hours (JP), the headcount and
 * JP cubes are keyed by cycle, pair/appraisal/rating facts take agency and position from the history,
 * and a change of history refreshes the employees it touches. Everything is rebuilt once here.
 */
export class Migration20261130170000_employment_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "employment_history" ("cycle_id" int not null, "employee_id" int not null, "agency_id" int not null, "position_id" int not null, "active" boolean not null, constraint "employment_history_pkey" primary key ("cycle_id", "employee_id"));`);
    this.addSql(`create index "employment_history_employee_id_index" on "employment_history" ("employee_id");`);
    this.addSql(`alter table "employment_history" add constraint "employment_history_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "employment_history" add constraint "employment_history_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "employment_history" add constraint "employment_history_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employment_history" add constraint "employment_history_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);

    // Today's staffing for every cycle there is: the figures the analytics gave before this migration.
    this.addSql(`insert into employment_history (cycle_id, employee_id, agency_id, position_id, active)
      select c.id, e.id, e.agency_id, e.position_id, e.active from cycle c cross join employee e`);

    // Cycles not CLOSED follow their employees; CLOSED ones keep what they had.
    this.addSql(`create function employment_history_follow() returns trigger language plpgsql as $$
    begin
      update employment_history h set agency_id = n.agency_id, position_id = n.position_id, active = n.active
      from new_rows n, cycle c
      where h.employee_id = n.id and c.id = h.cycle_id and c.status <> 'CLOSED'
        and (h.agency_id, h.position_id, h.active) is distinct from (n.agency_id, n.position_id, n.active);
      return null;
    end $$`);
    this.addSql(`create trigger employee_history_follow after update on employee
      referencing new table as new_rows for each statement execute function employment_history_follow()`);

    // An appraisal's employee is its cycle's staff (as they are now, when no row says otherwise).
    this.addSql(`create function employment_history_of_appraisal() returns trigger language plpgsql as $$
    begin
      insert into employment_history (cycle_id, employee_id, agency_id, position_id, active)
      select distinct n.cycle_id, n.employee_id, e.agency_id, e.position_id, e.active
      from new_rows n join employee e on e.id = n.employee_id
      on conflict (cycle_id, employee_id) do nothing;
      return null;
    end $$`);
    this.addSql(`create trigger appraisal_history_insert after insert on appraisal
      referencing new table as new_rows for each statement execute function employment_history_of_appraisal()`);

    // Earlier migrations of this run leave the deferred freshness check pending on analytics_state,
    // which then cannot be dropped: run that check now.
    this.addSql('set constraints analytics_state_fresh_at_commit immediate');
    for (const statement of [...effectDownStatements('CURRENT'), ...analyticsDownStatements('CURRENT'),
      ...analyticsUpStatements('HISTORY'), ...appRoleRebuild(), ...effectUpStatements('HISTORY')]) {
      this.addSql(statement);
    }
  }

  override async down(): Promise<void> {
    this.addSql('set constraints analytics_state_fresh_at_commit immediate');
    for (const statement of [...effectDownStatements('HISTORY'), ...analyticsDownStatements('HISTORY'),
      ...analyticsUpStatements('CURRENT'), ...appRoleRebuild(), ...effectUpStatements('CURRENT')]) {
      this.addSql(statement);
    }
    this.addSql('drop trigger if exists appraisal_history_insert on appraisal');
    this.addSql('drop trigger if exists employee_history_follow on employee');
    this.addSql('drop function if exists employment_history_of_appraisal');
    this.addSql('drop function if exists employment_history_follow');
    this.addSql('drop table if exists "employment_history" cascade');
  }
}

/** analytics_rebuild() created again: the application role runs it with the owner's rights (Migration20261123100000_app_role_functions). */
export function appRoleRebuild(): string[] {
  return [
    `do $$ begin
      execute format('alter function analytics_rebuild() security definer set search_path = %I, pg_temp', current_schema());
    end $$`,
    'revoke execute on function analytics_rebuild() from public',
  ];
}
