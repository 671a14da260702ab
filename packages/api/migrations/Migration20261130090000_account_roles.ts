import { Migration } from '@mikro-orm/migrations';

/*
 * Multi-role accounts (SPEC §6: an account holds one or more roles, e.g. a kepala dinas is SUPERVISOR
 * of their reports and LEADER of their agency with one sign-in). `user_account.role` becomes the
 * `roles` array; every existing account keeps its one role.
 */
export class Migration20261130090000_account_roles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_account" add column "roles" text[] null;`);
    this.addSql(`update "user_account" set "roles" = array["role"];`);
    this.addSql(`alter table "user_account" alter column "roles" set not null;`);
    this.addSql(`alter table "user_account" drop column "role";`);
    this.addSql(`alter table "user_account" add constraint "user_account_roles_check" check (cardinality(roles) >= 1 and roles <@ array['ADMIN', 'HR_ADMIN', 'LEADER', 'TRAINING_PLANNER', 'ANALYST', 'SUPERVISOR', 'EMPLOYEE']::text[]);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_account" add column "role" text null;`);
    this.addSql(`update "user_account" set "role" = "roles"[1];`);
    this.addSql(`alter table "user_account" alter column "role" set not null;`);
    this.addSql(`alter table "user_account" add constraint "user_account_role_check" check ("role" in ('ADMIN', 'HR_ADMIN', 'LEADER', 'TRAINING_PLANNER', 'ANALYST', 'SUPERVISOR', 'EMPLOYEE'));`);
    this.addSql(`alter table "user_account" drop constraint "user_account_roles_check";`);
    this.addSql(`alter table "user_account" drop column "roles";`);
  }
}
