import type { AppConfig } from '../config.js';
import { readOrCreateSecret } from '../secret-file.js';
import { canConnect, withClient } from './pg-client.js';

/*
 * Two database roles. The OWNER (DATABASE_URL, or the embedded cluster's superuser) runs migrations
 * and owns every table. The APPLICATION role is what the server, the import and every other command
 * connect as once migrations are done: it reads and writes rows, may only SELECT and INSERT the audit
 * trail, and owns nothing — so neither a bug nor an injected statement on the request path can
 * UPDATE, DELETE, TRUNCATE, DROP or ALTER … DISABLE TRIGGER its way around the append-only audit
 * table (the triggers alone could be switched off by their table's owner).
 */

/** The application role and the URL that connects as it. */
export interface AppRole {
  name: string;
  /** Null when the URL carries none (trust or peer authentication). */
  password: string | null;
  url: string;
}

/** The tables whose rows the application may read and add to, but never change or remove. */
const APPEND_ONLY_TABLES = ['audit_event'];
/**
 * Read only: MikroORM's record of applied migrations, and the index definitions a bulk merge set
 * aside (Migration20261130180000_bulk_merge), are written by the owner alone.
 */
const READ_ONLY_TABLES = ['mikro_orm_migrations', 'kinerja_set_aside'];

/** `url` with another user and password. */
export function urlAs(url: string, user: string, password: string | null): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password === null ? '' : encodeURIComponent(password);
  return u.toString();
}

/**
 * The application role for the owner connection `ownerUrl`: DATABASE_APP_URL when set, otherwise
 * `config.databaseAppRole` on the same server and database, with a password generated on first use
 * and kept (mode 0600) in the data folder, like the token secret.
 */
export async function appRoleFor(ownerUrl: string, config: AppConfig): Promise<AppRole> {
  if (config.databaseAppUrl) {
    const u = new URL(config.databaseAppUrl);
    if (!u.username) throw new Error('DATABASE_APP_URL must name a user (postgresql://USER:PASSWORD@host/db).');
    return { name: decodeURIComponent(u.username), password: u.password ? decodeURIComponent(u.password) : null, url: config.databaseAppUrl };
  }
  const name = config.databaseAppRole;
  const password = await readOrCreateSecret(config.dataDir, 'db-app-password', 24);
  return { name, password, url: urlAs(ownerUrl, name, password) };
}

function pgCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Makes `role` a login role that `role.url` can connect as: created when missing (without any
 * special attribute), otherwise given LOGIN and the password. Roles belong to the whole cluster and
 * several processes (parallel test files, two starts) may get here at once, so a role someone else
 * just created, or a concurrent update of the same role, is not an error. Nothing is changed when the
 * URL already connects, so an owner without CREATEROLE works with a role a DBA made.
 */
export async function ensureAppRole(ownerUrl: string, role: AppRole): Promise<void> {
  if (await canConnect(role.url)) return;
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role.name);
    const password = role.password === null ? 'null' : client.escapeLiteral(role.password);
    for (let attempt = 1; ; attempt += 1) {
      try {
        try {
          await client.query(`create role ${name} login password ${password} nosuperuser nocreatedb nocreaterole noreplication nobypassrls`);
        } catch (error) {
          // It exists (perhaps NOLOGIN): duplicate_object, or unique_violation when another
          // process created it while this CREATE ran.
          if (pgCode(error) !== '42710' && pgCode(error) !== '23505') throw error;
          await client.query(`alter role ${name} login password ${password}`);
        }
        return;
      } catch (error) {
        // XX000 "tuple concurrently updated": another process altered the same role just now.
        if (attempt >= 5 || pgCode(error) !== 'XX000') throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
}

/**
 * Gives the application role exactly what Kinerja needs in the owner's current database and schema,
 * from scratch (so no privilege granted earlier survives): CONNECT and TEMPORARY (the import stages
 * CSV files in temp tables), USAGE on the schema, SELECT/INSERT/UPDATE/DELETE on every table except
 * the append-only ones (SELECT/INSERT) and the migrations record (SELECT), sequences, functions.
 * Run after every migration run, so tables a migration adds are covered. Then refuses to go on when
 * the role could still change the audit trail (a superuser, the owner or a member of it).
 */
export async function grantAppRole(ownerUrl: string, roleName: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(roleName);
    const [{ db, schema, owner }] = (await client.query<{ db: string; schema: string; owner: string }>(
      'select current_database() as db, current_schema() as schema, current_user as owner')).rows as [{ db: string; schema: string; owner: string }];
    if (roleName === owner) {
      throw new Error(`The application role "${roleName}" is the owner of the database objects; Kinerja needs a separate role (DATABASE_APP_URL or KINERJA_DB_APP_ROLE).`);
    }
    const database = client.escapeIdentifier(db);
    const nsp = client.escapeIdentifier(schema);
    const [has] = (await client.query<{ database: boolean; schema: boolean }>(
      `select has_database_privilege($1, current_database(), 'CONNECT, TEMPORARY') as database,
              has_schema_privilege($1, current_schema(), 'USAGE') as schema`, [roleName])).rows;
    await client.query('begin');
    try {
      // Usually PUBLIC has both already; granting needs the database's or schema's owner, which a
      // table owner on someone else's server may not be.
      if (!has?.database) await client.query(`grant connect, temporary on database ${database} to ${role}`);
      if (!has?.schema) await client.query(`grant usage on schema ${nsp} to ${role}`);
      await client.query(`revoke all on all tables in schema ${nsp} from ${role}`);
      await client.query(`revoke all on all sequences in schema ${nsp} from ${role}`);
      await client.query(`grant select, insert, update, delete on all tables in schema ${nsp} to ${role}`);
      for (const table of APPEND_ONLY_TABLES) {
        const t = `${nsp}.${client.escapeIdentifier(table)}`;
        await client.query(`revoke update, delete on ${t} from ${role}`);
        await client.query(`revoke update, delete, truncate, references, trigger on ${t} from public`);
      }
      for (const table of READ_ONLY_TABLES) {
        await client.query(`revoke insert, update, delete on ${nsp}.${client.escapeIdentifier(table)} from ${role}`);
      }
      // USAGE lets inserts draw ids; SELECT reads currval. No UPDATE: setval stays with the owner.
      await client.query(`grant usage, select on all sequences in schema ${nsp} to ${role}`);
      // Includes the SECURITY DEFINER helpers, whose EXECUTE their migration took from PUBLIC.
      await client.query(`grant execute on all functions in schema ${nsp} to ${role}`);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    const problems = (await client.query<{ problem: string }>(
      `select 'is a superuser or bypasses row security' as problem from pg_roles where rolname = $1 and (rolsuper or rolbypassrls)
       union all
       select format('owns (or is a member of the owner of) %s', c.oid::regclass) from pg_class c
         where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
           and pg_has_role($1, c.relowner, 'MEMBER')
       union all
       select format('owns (or is a member of the owner of) schema %s', n.nspname) from pg_namespace n
         where n.oid = current_schema()::regnamespace and pg_has_role($1, n.nspowner, 'MEMBER')
       union all
       select format('may %s %s', p, t) from unnest($2::text[]) t, unnest(array['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) p
         where to_regclass(t) is not null and has_table_privilege($1, t, p)`,
      [roleName, APPEND_ONLY_TABLES])).rows.map((r) => r.problem);
    if (problems.length) {
      throw new Error(`The application role "${roleName}" could change the audit trail: it ${problems.slice(0, 5).join('; ')}. `
        + 'Use a role that is not a superuser and neither owns nor inherits the owner of Kinerja\'s tables.');
    }
  });
}

/**
 * After migrating as the owner: the application role, created if needed and granted its
 * privileges in the owner's database — the connection everything else uses.
 */
export async function setUpAppRole(ownerUrl: string, config: AppConfig): Promise<AppRole> {
  const role = await appRoleFor(ownerUrl, config);
  await ensureAppRole(ownerUrl, role);
  await grantAppRole(ownerUrl, role.name);
  return role;
}
