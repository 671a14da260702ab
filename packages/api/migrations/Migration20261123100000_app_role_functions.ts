import { Migration } from '@mikro-orm/migrations';

/*
 * The server connects as an application role that owns nothing (common/database/app-role.ts): it may
 * read and write rows, but not TRUNCATE, ANALYZE or ALTER tables — only their owner may. Two things
 * the dataset import needs from the owner are therefore offered as SECURITY DEFINER functions, each
 * doing one fixed, harmless thing with the owner's rights:
 *
 * - analytics_rebuild() truncates and refills the derived analytics tables (nothing else) and
 *   analyses the tables it reads. It is idempotent and derives everything from the base tables, so
 *   letting the application run it changes no information.
 * - kinerja_analyze(table) refreshes the planner statistics of one table after a bulk merge; without
 *   it a non-owner's ANALYZE is skipped with a warning and the next statements plan for empty tables.
 *
 * Both pin search_path (the migration's schema, then pg_temp last) so that a caller cannot slip in
 * its own tables or functions; EXECUTE is taken from PUBLIC and granted to the application role
 * only (after every migration run).
 */
export class Migration20261123100000_app_role_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function kinerja_analyze(p_table regclass) returns void language plpgsql security definer as $$
begin
  if (select relnamespace from pg_class where oid = p_table) <> (select oid from pg_namespace where nspname = current_schema()) then
    raise exception '% is not a Kinerja table', p_table using errcode = 'insufficient_privilege';
  end if;
  execute format('analyze %s', p_table);
end $$;`);
    this.addSql(`do $$ begin
  execute format('alter function analytics_rebuild() security definer set search_path = %I, pg_temp', current_schema());
  execute format('alter function kinerja_analyze(regclass) set search_path = %I, pg_temp', current_schema());
end $$;`);
    this.addSql('revoke execute on function analytics_rebuild(), kinerja_analyze(regclass) from public;');
  }

  override async down(): Promise<void> {
    this.addSql('grant execute on function analytics_rebuild() to public;');
    this.addSql('alter function analytics_rebuild() security invoker reset search_path;');
    this.addSql('drop function if exists kinerja_analyze(regclass);');
  }
}
