import { Migration } from '@mikro-orm/migrations';

/*
 * Bulk merges of the dataset import (issue #13, import throughput). A large file merged into a table
 * it outgrows — the first import of a region, above all competency_assessment's millions of levels —
 * is cheaper without the table's secondary indexes and foreign keys: inserting a row then costs no
 * index descent and no per-row foreign-key query, and afterwards each index is built by one sort and
 * each foreign key is checked by one join (ALTER TABLE … ADD CONSTRAINT validates every row).
 *
 * The application role owns no table, so this is offered as two SECURITY DEFINER functions doing one
 * fixed thing with the owner's rights (as kinerja_analyze, Migration20261123100000_app_role_functions):
 *
 * - kinerja_set_aside_indexes(table) drops the table's foreign keys and its indexes that back no
 *   constraint (the primary key and unique keys stay: they are the merge's conflict arbiters), and
 *   records how to recreate them in kinerja_set_aside (read-only for the application role);
 * - kinerja_restore_indexes(table) recreates them — validating every foreign key — and forgets them.
 *
 * A deferred constraint trigger refuses to commit while a table's indexes are set aside, so the
 * database never keeps a table without them; a rollback restores them by itself. Dropping takes
 * the table's ACCESS EXCLUSIVE lock until the transaction ends: readers of that table wait for the
 * import, as analytics readers already do during a bulk load's rebuild.
 */
/** The owner's search path for a SECURITY DEFINER function of the bulk merge, and no EXECUTE for the public. */
export const ownerOnlyFunction = (signature: string) => `do $$ begin
  execute format('alter function ${signature} set search_path = %I, pg_temp', current_schema());
  execute 'revoke execute on function ${signature} from public';
end $$;`;

/**
 * kinerja_set_aside_indexes: as first written (`keys` false), the table's foreign keys and the
 * indexes backing no constraint; with `keys` (Migration20261201130000_bulk_keys) a second argument
 * that also sets aside its primary and unique keys.
 */
export function setAsideIndexesFunction(keys: boolean): string {
  const signature = keys ? 'p_table regclass, p_keys boolean default false' : 'p_table regclass';
  return `create function kinerja_set_aside_indexes(${signature}) returns void language plpgsql security definer as $$
declare
  statements text[];
  r record;
begin
  if (select relnamespace from pg_class where oid = p_table) <> (select oid from pg_namespace where nspname = current_schema()) then
    raise exception '% is not a Kinerja table', p_table using errcode = 'insufficient_privilege';
  end if;
  if exists (select 1 from kinerja_set_aside where table_name = p_table) then
    return;
  end if;${keys ? `
  if p_keys and exists (select 1 from pg_constraint c where c.confrelid = p_table and c.contype = 'f') then
    raise exception 'the keys of % cannot be set aside: foreign keys point to it', p_table using errcode = 'object_not_in_prerequisite_state';
  end if;
  -- Keys first (an index or a foreign key restored after them may use them), then indexes, then foreign keys.
  select coalesce(array_agg(format('alter table %s add constraint %I %s', p_table, c.conname, pg_get_constraintdef(c.oid))
    order by c.contype, c.conname), '{}') into statements
  from pg_constraint c where p_keys and c.conrelid = p_table and c.contype in ('p', 'u');
  select statements || coalesce(array_agg(pg_get_indexdef(i.indexrelid) order by i.indexrelid), '{}') into statements` : `
  -- Indexes first (they may serve the foreign keys' validation), foreign keys after.
  select coalesce(array_agg(pg_get_indexdef(i.indexrelid) order by i.indexrelid), '{}') into statements`}
  from pg_index i where i.indrelid = p_table and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
  select statements || coalesce(array_agg(format('alter table %s add constraint %I %s', p_table, c.conname, pg_get_constraintdef(c.oid)) order by c.conname), '{}')
  into statements from pg_constraint c where c.conrelid = p_table and c.contype = 'f';
  insert into kinerja_set_aside (table_name, restore) values (p_table, statements);
  for r in select c.conname from pg_constraint c where c.conrelid = p_table and c.contype = 'f' loop
    execute format('alter table %s drop constraint %I', p_table, r.conname);
  end loop;
  for r in select i.indexrelid::regclass as name from pg_index i
           where i.indrelid = p_table and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) loop
    execute format('drop index %s', r.name);
  end loop;${keys ? `
  for r in select c.conname from pg_constraint c where p_keys and c.conrelid = p_table and c.contype in ('p', 'u') loop
    execute format('alter table %s drop constraint %I', p_table, r.conname);
  end loop;` : ''}
end $$;`;
}

export class Migration20261130180000_bulk_merge extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table kinerja_set_aside (
      table_name regclass primary key,
      restore text[] not null
    );`);
    this.addSql('revoke all on kinerja_set_aside from public;');
    this.addSql(`create function kinerja_refuse_set_aside_commit() returns trigger language plpgsql as $$
begin
  if exists (select 1 from kinerja_set_aside where table_name = new.table_name) then
    raise exception 'the indexes of % were set aside for a bulk merge and not restored: call kinerja_restore_indexes() before commit', new.table_name
      using errcode = 'object_not_in_prerequisite_state';
  end if;
  return null;
end $$;`);
    this.addSql(`create constraint trigger kinerja_set_aside_restored_at_commit after insert on kinerja_set_aside
      deferrable initially deferred for each row execute function kinerja_refuse_set_aside_commit();`);

    this.addSql(setAsideIndexesFunction(false));

    this.addSql(`create function kinerja_restore_indexes(p_table regclass) returns void language plpgsql security definer
    set maintenance_work_mem = '256MB' set work_mem = '256MB' as $$
declare
  statement text;
begin
  for statement in select unnest(restore) from kinerja_set_aside where table_name = p_table loop
    execute statement;
  end loop;
  delete from kinerja_set_aside where table_name = p_table;
end $$;`);

    this.addSql(ownerOnlyFunction('kinerja_set_aside_indexes(regclass)'));
    this.addSql(ownerOnlyFunction('kinerja_restore_indexes(regclass)'));
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists kinerja_restore_indexes(regclass);');
    this.addSql('drop function if exists kinerja_set_aside_indexes(regclass);');
    this.addSql('drop table if exists kinerja_set_aside;');
    this.addSql('drop function if exists kinerja_refuse_set_aside_commit();');
  }
}
