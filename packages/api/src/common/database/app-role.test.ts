/*
 * The server connects as an application role that owns nothing, so the audit trail's append-only
 * guarantee does not rest on triggers its own connection could switch off.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { testAppRole } from '../testing/test-database.js';
import { ensureAppRole, grantAppRole, urlAs } from './app-role.js';
import { withClient } from './pg-client.js';

const DESCRIPTORS = ['Mengenal', 'Menerapkan dengan bimbingan', 'Menerapkan mandiri', 'Membimbing orang lain', 'Menjadi rujukan'];

/** The SQLSTATE a statement fails with (undefined when it succeeds). */
async function failure(client: pg.Client, sql: string): Promise<string | undefined> {
  await client.query('savepoint s');
  try {
    await client.query(sql);
    return undefined;
  } catch (error) {
    return `${(error as { code?: string }).code} ${(error as Error).message}`;
  } finally {
    await client.query('rollback to savepoint s');
  }
}

describe('the application database role', () => {
  let app: TestApp;
  let auditRows: number;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    auditRows = await withClient(app.db.url, async (c) => Number((await c.query('select count(*) from audit_event')).rows[0].count));
  });
  afterAll(async () => app?.close());

  it('is what the test app (like the server) connects as, and owns no table', async () => {
    const [row] = await app.orm.em.getConnection().execute<{ user: string; owned: number; superuser: boolean }[]>(
      `select current_user as user, (select rolsuper from pg_roles where rolname = current_user) as superuser,
              (select count(*)::int from pg_class c where pg_has_role(current_user, c.relowner, 'MEMBER')
                 and c.relnamespace = current_schema()::regnamespace) as owned`);
    expect(row).toEqual({ user: testAppRole(inject('pgAdminUrl')).name, owned: 0, superuser: false });
  });

  it('cannot disable, change, empty or drop the audit trail', async () => {
    await withClient(app.db.appUrl, async (client) => {
      await client.query('begin');
      const attempts = {
        disableTriggers: await failure(client, 'alter table audit_event disable trigger all'),
        disableOneTrigger: await failure(client, 'alter table audit_event disable trigger audit_event_no_update_delete'),
        delete: await failure(client, 'delete from audit_event'),
        update: await failure(client, `update audit_event set outcome = 'FAILURE'`),
        truncate: await failure(client, 'truncate audit_event'),
        drop: await failure(client, 'drop table audit_event'),
        changeOwner: await failure(client, 'alter table audit_event owner to current_user'),
        rewindIds: await failure(client, `select setval('audit_event_id_seq', 1)`),
        dropTheTrigger: await failure(client, 'drop trigger audit_event_no_update_delete on audit_event'),
        replaceTheGuard: await failure(client, `create or replace function audit_event_append_only() returns trigger language plpgsql as $$ begin return new; end $$`),
        forgetMigrations: await failure(client, 'delete from mikro_orm_migrations'),
      };
      await client.query('rollback');
      for (const [what, error] of Object.entries(attempts)) {
        // 42501 insufficient_privilege: "permission denied for table …" or "must be owner of …".
        expect(error, what).toMatch(/^42501 (permission denied|must be owner)/);
      }
    });
    const after = await withClient(app.db.url, async (c) => Number((await c.query('select count(*) from audit_event')).rows[0].count));
    expect(after).toBe(auditRows);
  });

  it('still does the application’s work, auditing it: the import and a GraphQL write', async () => {
    const events = await withClient(app.db.url, async (c) => (await c.query<{ action: string; outcome: string }>(
      `select action, outcome from audit_event where action = 'DATASET_IMPORT'`)).rows);
    expect(events).toEqual([{ action: 'DATASET_IMPORT', outcome: 'SUCCESS' }]);

    const { competencyCreate } = await app.execute<{ competencyCreate: { competency: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: CompetencyCreateInput!) { competencyCreate(input: $input) { competency { id } userErrors { code } } }`,
      { input: { code: 'T-ROLE', name: 'Peran basis data', category: 'TECHNICAL', levelDescriptors: DESCRIPTORS } });
    expect(competencyCreate.userErrors).toEqual([]);
    const audited = await withClient(app.db.appUrl, async (c) => (await c.query<{ actor_username: string }>(
      `select actor_username from audit_event where action = 'COMPETENCY_CREATE' and subject_id = $1`, [competencyCreate.competency!.id])).rows);
    expect(audited).toEqual([{ actor_username: 'admin' }]);
  });

  it('rebuilds the analytics (SECURITY DEFINER, owner’s rights) but reaches no other table through it', async () => {
    await withClient(app.db.appUrl, async (client) => {
      await client.query('begin');
      await client.query('select analytics_rebuild()');
      await client.query(`select kinerja_analyze('employee')`);
      expect(await failure(client, `select kinerja_analyze('pg_catalog.pg_class')`)).toMatch(/^42501 .*not a Kinerja table/);
      await client.query('commit');
    });
  });

  it('refuses to run with a role that could change the audit trail', async () => {
    const owner = decodeURIComponent(new URL(app.db.url).username);
    await expect(grantAppRole(app.db.url, owner)).rejects.toThrow(/is the owner/);
  });

  it('is created safely by processes racing on one cluster', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `kinerja_race_${randomBytes(4).toString('hex')}`;
    const role = { name, password: 'race-password', url: urlAs(app.db.url, name, 'race-password') };
    try {
      // A password that cannot connect yet, so that every one of them creates or alters the role.
      await Promise.all(Array.from({ length: 4 }, () => ensureAppRole(adminUrl, role)));
      await grantAppRole(app.db.url, name);
      const [row] = await withClient(role.url, async (c) => (await c.query<{ user: string }>('select current_user as user')).rows);
      expect(row).toEqual({ user: name });
    } finally {
      await withClient(app.db.url, async (c) => {
        await c.query(`drop owned by ${c.escapeIdentifier(name)}`);
        await c.query(`drop role ${c.escapeIdentifier(name)}`);
      });
    }
  });
});
