/*
 * Test support for the analytics queries: a migrated database loaded with a dataset, and the
 * expected figures of the small fixture (fixtures/small.expected.json, SPEC §8).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { FIXTURES_DIR, SMALL_DATASET } from '../common/testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';
import { importDataset, type ImportOptions } from '../modules/dataset/dataset-import.service.js';
import { referenceFigures } from '../analytics/analytics-reference.js';
import type { AnalyticsScope } from '../analytics/analytics-scope.js';
import { competencyGaps } from '../analytics/competency-gaps.query.js';
import { raterLeniency } from '../analytics/rater-leniency.query.js';
import { summary } from '../analytics/summary.query.js';
import { trainingNeeds } from '../analytics/training-needs.query.js';

export interface ExpectedGap {
  assessed: number;
  unassessed: number;
  withGap: number;
  gapRate: number | null;
  meanGap: number | null;
  burden: number;
}

export interface ExpectedNeed {
  employeesWithGap: number;
  burden: number;
  /** programme code → participants */
  programs: Record<string, number>;
  estimatedHoursJp: number;
  estimatedCost: number;
  uncoveredEmployees: number;
}

/** SPEC §5 training effectiveness of one programme. */
export interface ExpectedEffect {
  trained: number;
  comparison: number;
  meanGapBefore: number | null;
  meanGapAfter: number | null;
  closedRate: number | null;
  meanLevelChange: number | null;
  comparisonMeanLevelChange: number | null;
  effect: number | null;
}

export interface ExpectedFigures {
  headcount: number;
  appraisals: number;
  finalized: number;
  completionRate: number | null;
  fitIndex: number | null;
  jp20Compliance: number | null;
  selfSupervisorDiff: number | null;
  predicateDistribution: Record<string, number>;
  nineBox: Record<string, number>;
  competencies: Record<string, ExpectedGap>;
  trainingNeeds: Record<string, ExpectedNeed>;
  /** programme code → figures, programmes with at least one trained cohort member */
  trainingEffect: Record<string, ExpectedEffect>;
}

/** The figures of ExpectedEffect, in the order tests check them. */
export const EFFECT_FIGURES = ['meanGapBefore', 'meanGapAfter', 'closedRate', 'meanLevelChange', 'comparisonMeanLevelChange', 'effect'] as const;

/** cycle code → agency code (subtree) → figures */
export type ExpectedAnalytics = Record<string, Record<string, ExpectedFigures>>;

export function smallExpected(): ExpectedAnalytics {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'small.expected.json'), 'utf8')) as ExpectedAnalytics;
}

/** The fixture's figures are rounded to 6 decimals. */
export const TOLERANCE = 1e-6;

/** `actual` equals `expected` within TOLERANCE (null only for null), with `label` in the message. */
export function expectClose(actual: number | null | undefined, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(actual, label).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

export interface LoadedDatabase {
  db: TestDatabase;
  pool: pg.Pool;
  sql: SqlClient;
  close(): Promise<void>;
}

/** A fresh migrated database with `folder` imported (the small fixture by default). */
export async function loadedDatabase(adminUrl: string, options: { folder?: string; url?: (url: string) => string; import?: ImportOptions } = {}): Promise<LoadedDatabase> {
  const db = await createTestDatabase(adminUrl);
  await db.migrate();
  // Import and queries as the application role, as the server and `kinerja import` do.
  const report = await importDataset(options.url?.(db.appUrl) ?? db.appUrl, options.folder ?? SMALL_DATASET, options.import);
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
  const pool = new pg.Pool({ connectionString: db.appUrl, max: 4 });
  return {
    db,
    pool,
    sql: sqlFromPg(pool),
    async close() {
      await pool.end();
      await db.drop();
    },
  };
}

/**
 * Copies a cycle's appraisals — as ASSESSED, still open — and their levels into a new cycle starting
 * at `startMonth` (`YYYY-MM-01`), so that a test may change levels: a finalised appraisal never
 * changes (SPEC §4, enforced by the database). Returns the new cycle's id.
 */
export async function openCopyOfCycle(sql: SqlClient, fromCode: string, code: string, startMonth: string): Promise<number> {
  const [cycle] = await sql.query<{ id: number; from_id: number }>(
    `insert into cycle (code, name, kind, start_month, end_month, status)
     select $2, name || ' (copy)', kind, $3::date, ($3::date + (end_month - start_month))::date, 'OPEN' from cycle where code = $1
     returning id, (select id from cycle where code = $1) as from_id`, [fromCode, code, startMonth]);
  await sql.query(
    `insert into appraisal (cycle_id, employee_id, status, work_result_rating, behavior_rating, predicate, rule_set)
     select $1, employee_id, 'ASSESSED', work_result_rating, behavior_rating, predicate, rule_set from appraisal where cycle_id = $2`,
    [cycle!.id, cycle!.from_id]);
  await sql.query(
    `insert into competency_assessment (appraisal_id, competency_id, rater_role, level, rater_id)
     select n.id, ca.competency_id, ca.rater_role, ca.level, ca.rater_id
     from competency_assessment ca
     join appraisal o on o.id = ca.appraisal_id and o.cycle_id = $2
     join appraisal n on n.employee_id = o.employee_id and n.cycle_id = $1`,
    [cycle!.id, cycle!.from_id]);
  return cycle!.id;
}

/** Query results equal the TypeScript reference for the scope. */
export async function expectMatchesReference(sql: SqlClient, scope: AnalyticsScope, label: string): Promise<void> {
  const ref = await referenceFigures(sql, scope);
  const s = await summary(sql, scope);
  expect(s.headcount, `${label} headcount`).toBe(ref.headcount);
  expect(s.appraisals, `${label} appraisals`).toBe(ref.appraisals);
  expect(s.finalized, `${label} finalized`).toBe(ref.finalized);
  expectClose(s.fitIndex, ref.fitIndex, `${label} fitIndex`);
  expectClose(s.gapRate, ref.gapRate, `${label} gapRate`);
  expectClose(s.selfSupervisorDiff, ref.selfSupervisorDiff, `${label} selfSupervisorDiff`);
  expectClose(s.jp20Compliance, ref.jp20Compliance, `${label} jp20Compliance`);
  const gaps = await competencyGaps(sql, scope, 'COMPETENCY');
  expect(Object.fromEntries(gaps.map((g) => [g.competencyCode, {
    assessed: g.assessed, unassessed: g.unassessed, withGap: g.withGap, gapRate: g.gapRate, meanGap: g.meanGap, burden: g.burden,
  }])), `${label} gaps`).toEqual(ref.competencies);
  const needs = await trainingNeeds(sql, scope);
  expect(Object.fromEntries(needs.needs.map((n) => [n.competencyCode, {
    ...Object.fromEntries((n.programs ?? []).map((p) => [p.programCode, p.participants])),
    ...(n.uncoveredEmployees ? { '': n.uncoveredEmployees } : {}),
  }])), `${label} programmes`).toEqual(ref.programs);
  const leniency = await raterLeniency(sql, scope, { first: 100 });
  expect(leniency.totalCount, `${label} raters`).toBe(ref.leniency.size);
  for (const row of leniency.nodes) {
    const want = ref.leniency.get(row.raterId)!;
    expect(row.ratings, `${label} rater ${row.raterId}`).toBe(want.ratings);
    expectClose(row.difference, want.difference, `${label} rater ${row.raterId} difference`);
  }
}
