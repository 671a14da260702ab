// The analytics migration builds its DDL from analytics-layout.ts, which the queries import too.
// Databases have run that migration already: the statements it generates must never change, or new
// databases would differ from existing ones. A hash of the statements pins them; the statements
// themselves are written out to migrations/analytics.sql.md for review (`vitest run -u` rewrites it,
// and a diff of that file shows what a change to the generator does to the DDL).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Migration20261122090000_analytics } from '../../migrations/Migration20261122090000_analytics.js';
import { Migration20261130170000_employment_history } from '../../migrations/Migration20261130170000_employment_history.js';
import { Migration20261201100000_rater_ranking } from '../../migrations/Migration20261201100000_rater_ranking.js';
import { ALL_CATEGORY_MASKS, CATEGORY_COLUMN, CATEGORY_LAYOUT, FIT_POINT_SCALE } from './analytics-layout.js';

async function statements(direction: 'up' | 'down'): Promise<string[]> {
  // addSql only collects statements: no driver or configuration is needed to generate them.
  const migration = new Migration20261122090000_analytics({} as never, {} as never);
  await migration[direction]();
  return migration.getQueries().map(String);
}

const sha256 = (list: string[]) => createHash('sha256').update(list.join('\n;\n')).digest('hex');

describe('analytics layout', () => {
  it('the analytics migration generates the DDL that existing databases ran, byte for byte', async () => {
    const up = await statements('up');
    const down = await statements('down');
    expect(up).toHaveLength(89);
    expect(sha256(up)).toBe('405f831d7a99b1e05099dbe62dd0eece2a66c6df85c176240657c58fce4bde9b');
    expect(down).toHaveLength(75);
    expect(sha256(down)).toBe('331b797bc21ece600c508555d0995a317ade77c06c8d81a0568ebe58c196473d');
  });

  it('migrations/analytics.sql.md holds the statements the migration generates', async () => {
    const sql = (list: string[]) => ['```sql', ...list.map((s) => `${s};\n`), '```'].join('\n');
    const text = ['# Analytics migration: generated DDL', '',
      'The statements `Migration20261122090000_analytics.ts` generates, written out for review. Do not edit:',
      '`npx vitest run --project api packages/api/src/analytics/analytics-layout.test.ts -u` rewrites this file,',
      'and the test fails while it differs from the generator.', '',
      '## up', '', sql(await statements('up')), '', '## down', '', sql(await statements('down')), ''].join('\n');
    await expect(text).toMatchFileSnapshot('../../migrations/analytics.sql.md');
  });

  it('migrations/employment-history.sql.md holds the statements the employment-history migration generates', async () => {
    // The analytics as they are now (Staffing HISTORY), written out for review like the first version's.
    const migration = new Migration20261130170000_employment_history({} as never, {} as never);
    await migration.up();
    const text = ['# Employment-history migration: generated DDL', '',
      'The statements `Migration20261130170000_employment_history.ts` generates (the analytics recreated over the',
      'employment history), written out for review. Do not edit: `npx vitest run --project api',
      'packages/api/src/analytics/analytics-layout.test.ts -u` rewrites this file.', '',
      '```sql', ...migration.getQueries().map((q) => `${String(q)};\n`), '```', ''].join('\n');
    await expect(text).toMatchFileSnapshot('../../migrations/employment-history.sql.md');
  });

  it('migrations/rater-ranking.sql.md holds the statements the rater-ranking migration generates', async () => {
    // Generated from the same code as the analytics it extends: a change there shows here as a diff.
    const sql = async (direction: 'up' | 'down') => {
      const migration = new Migration20261201100000_rater_ranking({} as never, {} as never);
      await migration[direction]();
      return ['```sql', ...migration.getQueries().map((q) => `${String(q)};\n`), '```'];
    };
    const text = ['# Rater-ranking migration: generated DDL', '',
      'The statements `Migration20261201100000_rater_ranking.ts` generates (two rater cubes and the maintenance',
      'functions whose text they change), written out for review. Do not edit: `npx vitest run --project api',
      'packages/api/src/analytics/analytics-layout.test.ts -u` rewrites this file.', '',
      '## up', '', ...(await sql('up')), '', '## down', '', ...(await sql('down')), ''].join('\n');
    await expect(text).toMatchFileSnapshot('../../migrations/rater-ranking.sql.md');
  });

  it('keeps fit points exact for every required level and gives each category its own bit', () => {
    for (const required of [1, 2, 3, 4, 5]) expect(FIT_POINT_SCALE % required).toBe(0);
    expect(new Set(CATEGORY_LAYOUT.map((c) => c.bit)).size).toBe(CATEGORY_LAYOUT.length);
    expect(ALL_CATEGORY_MASKS).toBe(2 ** CATEGORY_LAYOUT.length - 1);
    for (const c of CATEGORY_LAYOUT) expect(CATEGORY_COLUMN[c.category]).toBe(c);
  });
});
