import type pg from 'pg';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';

/**
 * Rebuilds every analytics fact and cube from the base tables (the `analytics_rebuild()` function of
 * the analytics migration). Triggers keep the facts in step with ordinary writes; call this after a
 * bulk load made with `withBulkLoad`, inside the same transaction, before commit. It truncates the
 * facts, so analytics readers wait until that transaction ends.
 */
export async function refreshAnalytics(sql: SqlClient): Promise<void> {
  // Training effectiveness's fact and cube included (Migration20261201120000_bulk_rebuild).
  await sql.query('select analytics_rebuild()');
}

/** For `importDataset(..., { beforeCommit: refreshAnalyticsBeforeCommit })`. */
export async function refreshAnalyticsBeforeCommit(client: pg.ClientBase): Promise<void> {
  await refreshAnalytics(sqlFromPg(client));
}

/** The session setting that makes the analytics triggers stand aside during a bulk load. */
export const BULK_LOAD_SETTING = 'kinerja.bulk_load';

/**
 * The same database URL with `kinerja.bulk_load = on` for every session it opens: the analytics
 * triggers then skip their per-statement work and only mark the facts stale, and a commit with stale
 * facts is refused — so a bulk load must call `refreshAnalytics` before it commits, e.g.
 * `importDataset(withBulkLoad(url), folder, { beforeCommit: refreshAnalyticsBeforeCommit })`.
 */
export function withBulkLoad(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const options = [url.searchParams.get('options'), `-c ${BULK_LOAD_SETTING}=on`].filter(Boolean).join(' ');
  url.searchParams.set('options', options);
  return url.toString();
}

/** Each fact or cube table with the view that derives it from the base tables. */
export const ANALYTICS_RELATIONS = [
  ['analytics_staff_fact', 'analytics_staff_source'],
  ['analytics_pair_fact', 'analytics_pair_source'],
  ['analytics_employee_fact', 'analytics_employee_source'],
  ['analytics_rating_fact', 'analytics_rating_source'],
  ['analytics_headcount_cube', 'analytics_headcount_cube_source'],
  ['analytics_gap_cube', 'analytics_gap_cube_source'],
  ['analytics_appraisal_cube', 'analytics_appraisal_cube_source'],
  ['analytics_fit_cube', 'analytics_fit_cube_source'],
  ['analytics_jp_cube', 'analytics_jp_cube_source'],
  ['analytics_talent_cube', 'analytics_talent_cube_source'],
  ['analytics_rater_cube', 'analytics_rater_cube_source'],
  ['analytics_rater_total_cube', 'analytics_rater_total_cube_source'],
  ['analytics_rating_cube', 'analytics_rating_cube_source'],
  ['analytics_gap_competency_cube', 'analytics_gap_competency_cube_source'],
  ['analytics_effect_fact', 'analytics_effect_source'],
  ['analytics_effect_cube', 'analytics_effect_cube_source'],
] as const;

export type AnalyticsTable = (typeof ANALYTICS_RELATIONS)[number][0];

/**
 * Rows by which each fact table differs from a fresh derivation from the base tables (both ways,
 * as multisets): all zero when the facts are in step. One statement; slow on a large database.
 */
export async function analyticsDrift(sql: SqlClient): Promise<Record<AnalyticsTable, number>> {
  const text = `select ${ANALYTICS_RELATIONS.map(([table, source]) => `(select count(*)::int from (
      (select * from ${table} except all select * from ${source})
      union all
      (select * from ${source} except all select * from ${table})) d) as ${table}`).join(',\n    ')}`;
  const [row] = await sql.query<Record<AnalyticsTable, number>>(text);
  if (!row) throw new Error('analyticsDrift returned no row');
  return row;
}
