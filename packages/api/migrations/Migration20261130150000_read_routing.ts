import { Migration } from '@mikro-orm/migrations';

/*
 * Read replicas: each session remembers where the primary's WAL stood after its last mutation, so
 * its reads stay on the primary until a replica has replayed that far (read-your-writes).
 */
export class Migration20261130150000_read_routing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_session" add column "last_write_lsn" pg_lsn null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop column "last_write_lsn";`);
  }
}
