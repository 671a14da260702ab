import { Migration } from '@mikro-orm/migrations';

/*
 * Server-side sessions: a token is honoured only while the row named by its `jti` is live, so
 * sign-out, a password change or reset and disabling an account end sessions at once.
 */
export class Migration20261123090000_user_session extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "user_session" ("id" uuid not null, "user_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_session" cascade;`);
  }
}
