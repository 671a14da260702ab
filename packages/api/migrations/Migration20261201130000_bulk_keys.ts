import { Migration } from '@mikro-orm/migrations';
import { ownerOnlyFunction, setAsideIndexesFunction } from './Migration20261130180000_bulk_merge.js';

/*
 * A bulk merge may set a table's keys aside too (issue #13, import throughput). Inserting the 2.7M
 * levels of 50,000 employees into competency_assessment took 17.4 s with its primary key and unique
 * key kept and 7.9 s into the same table without them; building both afterwards took 3.3 s (one sort
 * each). The unique key still refuses duplicates when it is added back — the import's duplicate check
 * names their lines first.
 *
 * kinerja_set_aside_indexes(table, keys) with keys = true also drops the table's primary and unique
 * keys, recorded to be added back first. Only a table no foreign key points to, and only for a merge
 * that needs no key while it runs (no ON CONFLICT): competency_assessment's, whose merge updates the
 * rows it found beforehand and inserts the rest.
 */
export class Migration20261201130000_bulk_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop function kinerja_set_aside_indexes(regclass);');
    this.addSql(setAsideIndexesFunction(true));
    this.addSql(ownerOnlyFunction('kinerja_set_aside_indexes(regclass, boolean)'));
  }

  override async down(): Promise<void> {
    this.addSql('drop function kinerja_set_aside_indexes(regclass, boolean);');
    this.addSql(setAsideIndexesFunction(false));
    this.addSql(ownerOnlyFunction('kinerja_set_aside_indexes(regclass)'));
  }
}
