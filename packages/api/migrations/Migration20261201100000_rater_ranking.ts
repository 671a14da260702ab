import { Migration } from '@mikro-orm/migrations';
import {
  analyticsCubes, analyticsUpStatements, cubeFillStatement, cubeTableStatements, raterMeanGiven, raterRanked, type Additions,
} from './Migration20261122090000_analytics.js';
import { appRoleRebuild } from './Migration20261130170000_employment_history.js';

/*
 * Rater leniency that stays flat as the data grows (issue #13). It ranked every rater of the scope to
 * return the first 50, and summed every rater of the pemda for the baseline: both grow with the
 * number of raters. Two cubes over the rating facts, generated and kept in step like the others
 * (the analytics generator with the RATER_RANKING addition):
 *
 * - analytics_rater_total_cube: per subtree × cycle × rater (no position or employment type), with
 *   an index on the rater's mean given (raterMeanGiven), so that the raters furthest from the
 *   baseline are read from the two ends of the index;
 * - analytics_rating_cube: per subtree × cycle × position × employment type, every level given: the
 *   baseline (the pemda's mean) from a few rows.
 *
 * The maintenance functions whose generated text changes with the new cubes (the rating facts'
 * refresh, the locks, the subtree moves, the rebuild and the agency-tree trigger) are replaced, and
 * the new cubes are filled from the rating facts. down() puts the previous definitions back.
 */

const BEFORE: Additions = {};
const AFTER: Additions = { raterRanking: true, gapByCompetency: true };

/** The functions of `to` whose generated text differs from `from`'s, as `create or replace`. */
function replacedFunctions(from: Additions, to: Additions): string[] {
  const old = new Set(analyticsUpStatements('HISTORY', from));
  return analyticsUpStatements('HISTORY', to)
    .filter((statement) => statement.startsWith('create function ') && !old.has(statement))
    .map((statement) => statement.replace(/^create function /, 'create or replace function '));
}

function addedCubes() {
  const before = new Set(analyticsCubes('HISTORY', BEFORE).map((c) => c.table));
  return analyticsCubes('HISTORY', AFTER).filter((c) => !before.has(c.table));
}

export class Migration20261201100000_rater_ranking extends Migration {
  override async up(): Promise<void> {
    const cubes = addedCubes();
    for (const cube of cubes) for (const statement of cubeTableStatements(cube)) this.addSql(statement);
    this.addSql(`create index analytics_rater_total_cube_rank_index on analytics_rater_total_cube
      (agency_id, cycle_id, (${raterMeanGiven()})) where ${raterRanked()}`);
    for (const statement of replacedFunctions(BEFORE, AFTER)) this.addSql(statement);
    for (const statement of appRoleRebuild()) this.addSql(statement);
    for (const cube of cubes) this.addSql(cubeFillStatement(cube));
    for (const cube of cubes) this.addSql(`analyze ${cube.table}`);
  }

  override async down(): Promise<void> {
    for (const statement of replacedFunctions(AFTER, BEFORE)) this.addSql(statement);
    for (const statement of appRoleRebuild()) this.addSql(statement);
    for (const cube of addedCubes().reverse()) {
      this.addSql(`drop view if exists ${cube.table}_source`);
      this.addSql(`drop table if exists ${cube.table}`);
    }
  }
}
