import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../config.js';

/** The shared fixtures folder (`../shared/fixtures` beside the repository). */
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
export const SMALL_DATASET = path.join(FIXTURES_DIR, 'small');
export const BAD_DATASET = path.join(FIXTURES_DIR, 'bad');

const DOMAIN_TABLES = [
  'agency', 'agency_closure', 'competency', 'competency_level', 'position', 'position_requirement', 'employee',
  'cycle', 'appraisal', 'performance_target', 'competency_assessment', 'feedback', 'objection', 'training_program',
  'training_record', 'user_account', 'development_plan_item', 'agency_result',
];

/** A digest of every domain table's full contents (audit excluded): equal digests, equal data. */
export async function databaseFingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of DOMAIN_TABLES) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "${table}" t`);
      result[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
    }
    return result;
  } finally {
    await client.end();
  }
}
