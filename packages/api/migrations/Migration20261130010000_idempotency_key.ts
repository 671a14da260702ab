import { Migration } from '@mikro-orm/migrations';

/*
 * Idempotency keys: a mutation sent with an `Idempotency-Key` header is recorded per account with a
 * hash of the request and the answer, so that a retry (a flaky connection, a double click) gets the
 * first answer back instead of adding a second row. Rows older than 24 hours are deleted by the API.
 */
export class Migration20261130010000_idempotency_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("id" bigserial primary key, "account_id" int not null, "key" varchar(200) not null, "request_hash" char(64) not null, "response" jsonb null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_account_id_key_unique" unique ("account_id", "key");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_account_id_foreign" foreign key ("account_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
