import { Migration } from '@mikro-orm/migrations';

/*
 * Bulk merges without the unique keys the merge does not arbitrate on (issue #13, import throughput).
 * kinerja_set_aside_indexes(table) (Migration20261130180000_bulk_merge) keeps a table's unique keys:
 * most merges are INSERT … ON CONFLICT on them. The levels' merge is not (a plain INSERT of the levels
 * merge_levels found missing, an UPDATE by id of the others), and their key (appraisal, competency,
 * rater role) is the largest index a first import fills: maintained row by row it cost about a third
 * of inserting 1.08M levels (20,000 employees: 2.9 s without it and 0.9 s to build it, against 5.0 s).
 *
 * kinerja_set_aside_indexes(table, unique_keys) sets aside what the one-argument form does and, when
 * unique_keys, the table's unique constraints too (not the primary key, nor a key a foreign key
 * references); kinerja_restore_indexes adds them back like the rest, which checks every row again.
 * The one-argument form stays as it was (it is this one with unique_keys false).
 */
export class Migration20261201130000_bulk_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function kinerja_set_aside_indexes(p_table regclass, p_unique_keys boolean) returns void
    language plpgsql security definer as $$
declare
  statements text[];
  r record;
begin
  if (select relnamespace from pg_class where oid = p_table) <> (select oid from pg_namespace where nspname = current_schema()) then
    raise exception '% is not a Kinerja table', p_table using errcode = 'insufficient_privilege';
  end if;
  if exists (select 1 from kinerja_set_aside where table_name = p_table) then
    return;
  end if;
  -- Indexes first (they may serve the foreign keys' validation), unique keys, foreign keys last.
  select coalesce(array_agg(pg_get_indexdef(i.indexrelid) order by i.indexrelid), '{}') into statements
  from pg_index i where i.indrelid = p_table and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
  select statements || coalesce(array_agg(format('alter table %s add constraint %I %s', p_table, c.conname, pg_get_constraintdef(c.oid)) order by c.conname), '{}')
  into statements from pg_constraint c where c.conrelid = p_table and c.contype = 'u' and p_unique_keys
    and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = p_table and f.conindid = c.conindid);
  select statements || coalesce(array_agg(format('alter table %s add constraint %I %s', p_table, c.conname, pg_get_constraintdef(c.oid)) order by c.conname), '{}')
  into statements from pg_constraint c where c.conrelid = p_table and c.contype = 'f';
  insert into kinerja_set_aside (table_name, restore) values (p_table, statements);
  for r in select c.conname from pg_constraint c where c.conrelid = p_table and (c.contype = 'f' or (c.contype = 'u' and p_unique_keys
             and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = p_table and f.conindid = c.conindid)))
           order by c.contype = 'u' loop
    execute format('alter table %s drop constraint %I', p_table, r.conname);
  end loop;
  for r in select i.indexrelid::regclass as name from pg_index i
           where i.indrelid = p_table and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) loop
    execute format('drop index %s', r.name);
  end loop;
end $$;`);
    this.addSql(`do $$ begin
  execute format('alter function kinerja_set_aside_indexes(regclass, boolean) set search_path = %I, pg_temp', current_schema());
end $$;`);
    this.addSql('revoke execute on function kinerja_set_aside_indexes(regclass, boolean) from public;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists kinerja_set_aside_indexes(regclass, boolean);');
  }
}
