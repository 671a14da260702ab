import { Migration } from '@mikro-orm/migrations';

/*
 * Predikat kinerja organisasi: each agency's own predicate per cycle, which decides the distribution
 * pattern of its employees' predicates (PermenPANRB 6/2022). Set by agencyResultSet or imported from
 * the optional agency_results.csv (SPEC §8).
 */
export class Migration20261130120100_agency_result extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "agency_result" ("id" serial primary key, "cycle_id" int not null, "agency_id" int not null, "organisation_predicate" text check ("organisation_predicate" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')) not null, "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "agency_result_agency_id_index" on "agency_result" ("agency_id");`);
    this.addSql(`alter table "agency_result" add constraint "agency_result_natural_key" unique ("cycle_id", "agency_id");`);
    this.addSql(`alter table "agency_result" add constraint "agency_result_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agency_result" add constraint "agency_result_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agency_result" cascade;`);
  }
}
