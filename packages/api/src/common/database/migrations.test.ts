import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { openOrm } from '../../app.js';
import { migrate } from './orm.js';

describe('migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase(inject('pgAdminUrl'));
    orm = await openOrm(db.url);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm.close();
    await db.drop();
  });

  it('build exactly the schema the entities describe (no drift)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('are idempotent: a second run applies nothing', async () => {
    expect(await migrate(orm)).toEqual([]);
  });

  it('refuse what must never be stored', async () => {
    const sql = orm.em.getConnection();
    await sql.execute(`insert into competency (code, name, category) values ('X1', 'X', 'TECHNICAL')`);
    await expect(sql.execute(`insert into competency (code, name, category) values ('X1', 'Y', 'TECHNICAL')`))
      .rejects.toThrow(/competency_code_unique/);
    await expect(sql.execute(`insert into competency (code, name, category) values ('X2', 'Y', 'NOPE')`))
      .rejects.toThrow(/check constraint/);
    await expect(sql.execute(`insert into competency_level (competency_id, level, descriptor) select id, 6, 'd' from competency`))
      .rejects.toThrow(/competency_level_level_check/);
  });

  it('make audit events append-only', async () => {
    const sql = orm.em.getConnection();
    await sql.execute(`insert into audit_event (action, subject_type, outcome) values ('TEST', 'none', 'SUCCESS')`);
    await expect(sql.execute(`update audit_event set outcome = 'FAILURE'`)).rejects.toThrow(/append-only/);
    await expect(sql.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(sql.execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });
});

describe('Migration20261201110000_rating_write', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase(inject('pgAdminUrl'));
    orm = await openOrm(db.url);
  });
  afterAll(async () => {
    await orm.close();
    await db.drop();
  });

  const REPLACED = ['analytics_on_appraisal', 'analytics_on_competency_assessment', 'analytics_effect_on_competency_assessment'];
  const ADDED = ['analytics_refresh_appraisal_keys', 'analytics_refresh_workflow', 'analytics_effect_refresh_keys'];
  const definitions = async () => Object.fromEntries((await orm.em.getConnection().execute<{ proname: string; def: string }[]>(
    `select proname, pg_get_functiondef(oid) as def from pg_proc where proname = any(?::text[]) order by proname`, [`{${[...REPLACED, ...ADDED].join(',')}}`]))
    .map((r) => [r.proname, r.def]));

  it('goes down to the trigger functions it replaced, and up again', async () => {
    await orm.getMigrator().up({ to: 'Migration20261201100000_rater_ranking' });
    const before = await definitions();
    expect(Object.keys(before).sort()).toEqual([...REPLACED].sort());
    await orm.getMigrator().up();
    const after = await definitions();
    expect(Object.keys(after).sort()).toEqual([...REPLACED, ...ADDED].sort());
    for (const name of REPLACED) expect(after[name], name).not.toBe(before[name]);
    // Down through this migration and the later ones (which replace other functions).
    const last = async () => (await orm.getMigrator().getExecutedMigrations()).at(-1)?.name;
    while (await last() !== 'Migration20261201100000_rater_ranking') await orm.getMigrator().down();
    expect(await definitions()).toEqual(before);
    await orm.getMigrator().up();
    expect(await definitions()).toEqual(after);
  });
});
