// The analytics rules exist twice: as SQL in the analytics migration (the source views and the facts
// the triggers keep, analytics_recommendation) and as TypeScript in @kinerja/shared (assessedLevel,
// gapOf, fitRatio, recommendProgram), which the reference figures, the dashboard and the fixtures use.
// Here the SQL is checked against the TypeScript on a real migrated database: exhaustively over
// every required level × assessed level, and with random programme catalogues for the tie-break.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import {
  assessedLevel, fitRatio, gapOf, recommendProgram, type ProgramLevels, type RaterRole,
} from '@kinerja/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openOrm } from '../app.js';
import { migrate } from '../common/database/orm.js';
import { CATEGORY_COLUMN, FIT_POINT_SCALE } from './analytics-layout.js';

const REQUIRED = [1, 2, 3, 4, 5] as const;
const ASSESSED = [null, 1, 2, 3, 4, 5] as const;
/**
 * How an assessed level reaches the database: given by the supervisor, or by an assessment centre
 * that overrides a different supervisor level. SELF and PEER levels are always there too, as far
 * from the assessed level as possible, so that counting them would show.
 */
const SOURCES = ['SUPERVISOR', 'ASSESSOR'] as const;
/** Two competencies in different categories, so that fit is checked per category column. */
const COMPETENCIES = [
  { code: 'RULE-M', category: 'MANAGERIAL' },
  { code: 'RULE-T', category: 'TECHNICAL' },
] as const;

interface Case {
  employeeId: number;
  required: number;
  levels: Partial<Record<RaterRole, number>>;
}

let adminUrl: string;
let databaseName: string;
let client: pg.Client;
let competencyIds: number[];
const cases: Case[] = [];

/** Levels of one appraisal: `assessed` as `source` says, plus misleading SELF/PEER (and SUPERVISOR) levels. */
function levelsOf(assessed: number | null, source: (typeof SOURCES)[number]): Partial<Record<RaterRole, number>> {
  const far = (level: number | null) => (level === null || level <= 3 ? 5 : 1);
  const levels: Partial<Record<RaterRole, number>> = { SELF: far(assessed), PEER: far(assessed) };
  if (assessed !== null && source === 'SUPERVISOR') levels.SUPERVISOR = assessed;
  if (assessed !== null && source === 'ASSESSOR') {
    levels.ASSESSOR = assessed;
    levels.SUPERVISOR = far(assessed);
  }
  return levels;
}

/**
 * A migrated database whose default collation is ICU's root locale, not the test cluster's C: there
 * 'a' < 'B' and '_' < '0', so the recommendation's tie-break on the code must say `collate "C"` to
 * order by code units like recommendProgram. (createTestDatabase takes the cluster's default.)
 */
async function createIcuDatabase(): Promise<string> {
  databaseName = `kinerja_rules_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${databaseName}" template template0 locale_provider icu icu_locale 'und' locale 'C.UTF-8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const orm = await openOrm(url.toString(), { debug: false });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  return url.toString();
}

beforeAll(async () => {
  adminUrl = inject('pgAdminUrl');
  // The owner's connection: these are fixtures, written without going through the application.
  client = new pg.Client({ connectionString: await createIcuDatabase() });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: number }>(sql, params)).rows[0]!.id;

  const agencyId = await one(`insert into agency (code, name, kind) values ('RULES', 'Rules', 'PEMDA') returning id`);
  await client.query(`insert into agency_closure (ancestor_id, descendant_id, distance) values ($1, $1, 0)`, [agencyId]);
  const cycleId = await one(`insert into cycle (code, name, kind, start_month, end_month, status)
    values ('RULES', 'Rules', 'ANNUAL', '2025-01-01', '2025-12-01', 'OPEN') returning id`);
  competencyIds = [];
  for (const c of COMPETENCIES) {
    competencyIds.push(await one(`insert into competency (code, name, category) values ($1, $1, $2) returning id`, [c.code, c.category]));
  }
  let nip = 0;
  for (const required of REQUIRED) {
    const positionId = await one(`insert into position (code, title, position_type) values ($1, $1, 'PELAKSANA') returning id`, [`RULES-${required}`]);
    for (const competencyId of competencyIds) {
      await client.query(`insert into position_requirement (position_id, competency_id, required_level) values ($1, $2, $3)`,
        [positionId, competencyId, required]);
    }
    for (const assessed of ASSESSED) {
      for (const source of SOURCES) {
        nip += 1;
        const employeeId = await one(`insert into employee (nip, name, employment_type, rank, position_id, agency_id)
          values ($1, $1, 'PNS', 'III/a', $2, $3) returning id`, [String(nip).padStart(18, '0'), positionId, agencyId]);
        const appraisalId = await one(`insert into appraisal (cycle_id, employee_id, status) values ($1, $2, 'ASSESSED') returning id`,
          [cycleId, employeeId]);
        const levels = levelsOf(assessed, source);
        for (const competencyId of competencyIds) {
          for (const [role, level] of Object.entries(levels)) {
            await client.query(`insert into competency_assessment (appraisal_id, competency_id, rater_role, level) values ($1, $2, $3, $4)`,
              [appraisalId, competencyId, role, level]);
          }
        }
        cases.push({ employeeId, required, levels });
      }
    }
  }
}, 120_000);

afterAll(async () => {
  await client?.end();
  if (databaseName === undefined) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${databaseName}" with (force)`);
  } finally {
    await admin.end();
  }
});

interface PairRow { employee_id: number; competency_id: number; required: number; assessed: number | null; gap: number | null; program_id: number | null }
type EmployeeRow = { employee_id: number } & Record<string, number>;

/** Both places the SQL rules reach: the source views (base-table truth) and the facts the triggers keep. */
const PAIRS = ['analytics_pair_source', 'analytics_pair_fact'] as const;
const EMPLOYEES = ['analytics_employee_source', 'analytics_employee_fact'] as const;

async function pairs(relation: (typeof PAIRS)[number]): Promise<PairRow[]> {
  return (await client.query<PairRow>(`select employee_id, competency_id, required, assessed, gap, program_id from ${relation}`)).rows;
}

it('runs on a database that orders text unlike code units', async () => {
  const { rows } = await client.query<{ ordered: string }>(`select string_agg(c, ' ' order by c) as ordered from unnest(array['B', 'a', '_', '0']) c`);
  expect(rows[0]!.ordered).toBe('_ 0 a B');
});

describe('gap and fit: SQL equals @kinerja/shared for every required × assessed level', () => {
  it('covers all 5 × 6 combinations, each from a supervisor and from an assessor', () => {
    expect(cases).toHaveLength(REQUIRED.length * ASSESSED.length * SOURCES.length);
  });

  it.each(PAIRS)('%s: assessed level and gap of every pair', async (relation) => {
    const rows = await pairs(relation);
    expect(rows).toHaveLength(cases.length * COMPETENCIES.length);
    for (const c of cases) {
      const assessed = assessedLevel(c.levels);
      for (const competencyId of competencyIds) {
        const row = rows.find((r) => r.employee_id === c.employeeId && r.competency_id === competencyId);
        const label = `${relation}: required ${c.required}, levels ${JSON.stringify(c.levels)}`;
        expect(row, label).toBeDefined();
        expect(row!.required, label).toBe(c.required);
        expect(row!.assessed, label).toBe(assessed);
        expect(row!.gap, label).toBe(assessed === null ? null : gapOf(c.required, assessed));
      }
    }
  });

  it.each(EMPLOYEES)('%s: fit ratio of every pair, per category column', async (relation) => {
    const columns = COMPETENCIES.map((c) => CATEGORY_COLUMN[c.category].suffix)
      .flatMap((suffix) => [`fit_points_${suffix}`, `fit_pairs_${suffix}`]);
    const rows = (await client.query<EmployeeRow>(`select employee_id, ${columns.join(', ')} from ${relation}`)).rows;
    expect(rows).toHaveLength(cases.length);
    for (const c of cases) {
      const assessed = assessedLevel(c.levels);
      const row = rows.find((r) => r.employee_id === c.employeeId)!;
      for (const competency of COMPETENCIES) {
        const { suffix } = CATEGORY_COLUMN[competency.category];
        const label = `${relation} ${suffix}: required ${c.required}, levels ${JSON.stringify(c.levels)}`;
        const points = row[`fit_points_${suffix}`]!;
        const pairCount = row[`fit_pairs_${suffix}`]!;
        if (assessed === null) {
          // Unassessed pairs count for no fit index (SPEC §5).
          expect([points, pairCount], label).toEqual([0, 0]);
        } else {
          expect(pairCount, label).toBe(1);
          expect(Number.isInteger(points), label).toBe(true);
          // Both sides are correctly rounded quotients of the same rational, hence equal exactly.
          expect(points / (pairCount * FIT_POINT_SCALE), label).toBe(fitRatio(c.required, assessed));
        }
      }
    }
  });
});

// ---- recommended programme ------------------------------------------------------------------------

interface CatalogueEntry extends ProgramLevels {
  /** index into COMPETENCIES */
  competency: number;
}

/**
 * Codes from a tiny alphabet, so that ties on levelTo and hours often reach the code tie-break, with
 * upper/lower case, punctuation, digits and a non-ASCII letter, whose orders differ between
 * collations ('a' < 'B' in most locales, not by code units).
 */
const code = fc.string({ unit: fc.constantFrom('A', 'B', 'a', 'b', '-', '_', '0', '9', 'é', 'Z'), minLength: 1, maxLength: 3 });
const entry: fc.Arbitrary<CatalogueEntry> = fc.record({
  code,
  competency: fc.integer({ min: 0, max: COMPETENCIES.length - 1 }),
  levels: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }),
  hoursJp: fc.integer({ min: 1, max: 3 }),
}).map(({ levels, ...rest }) => ({ ...rest, levelFrom: Math.min(...levels), levelTo: Math.max(...levels) }));
const catalogue = fc.uniqueArray(entry, { selector: (p) => p.code, maxLength: 10 });

describe('recommended programme: SQL equals recommendProgram for random catalogues', () => {
  it('analytics_recommendation and the pair facts the triggers keep', async () => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(catalogue, async (programs) => {
      runs += 1;
      // Each run replaces the catalogue in one statement pair, as an administrator's edits would.
      await client.query(`delete from training_program`);
      const ids = new Map<string, number>();
      for (const p of programs) {
        const { rows } = await client.query<{ id: number }>(`insert into training_program
          (code, title, competency_id, level_from, level_to, hours_jp, mode, cost_per_participant)
          values ($1, $1, $2, $3, $4, $5, 'CLASSICAL', 0) returning id`,
        [p.code, competencyIds[p.competency], p.levelFrom, p.levelTo, p.hoursJp]);
        ids.set(p.code, rows[0]!.id);
      }
      const expectedId = (competencyIndex: number, level: number): number | null => {
        const best = recommendProgram(programs.filter((p) => p.competency === competencyIndex), level);
        return best === null ? null : ids.get(best.code)!;
      };

      const { rows } = await client.query<{ competency_id: number; level: number; program_id: number }>(
        `select competency_id, level, program_id from analytics_recommendation`);
      const got = new Map(rows.map((r) => [`${r.competency_id}/${r.level}`, r.program_id]));
      expect(rows.length, 'one recommendation per (competency, level)').toBe(got.size);
      competencyIds.forEach((competencyId, i) => {
        for (const level of [1, 2, 3, 4, 5]) {
          expect(got.get(`${competencyId}/${level}`) ?? null, `competency ${i}, level ${level}`).toBe(expectedId(i, level));
        }
      });

      // Pairs with a gap carry the programme recommended at their assessed level; others none.
      for (const relation of PAIRS) {
        for (const row of await pairs(relation)) {
          const want = row.gap !== null && row.gap >= 1 ? expectedId(competencyIds.indexOf(row.competency_id), row.assessed!) : null;
          expect(row.program_id, `${relation}: competency ${row.competency_id}, required ${row.required}, assessed ${row.assessed}`).toBe(want);
        }
      }
    }), { numRuns: 300 });
    expect(runs).toBeGreaterThanOrEqual(300);
  }, 120_000);
});
