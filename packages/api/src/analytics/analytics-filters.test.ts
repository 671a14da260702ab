/*
 * Scope filters (SPEC §5): position type and employment type restrict employees, competency
 * category restricts competencies — checked against the TypeScript reference, the base tables, and
 * the way filtered parts add up to the whole.
 */
import { COMPETENCY_CATEGORIES, EMPLOYMENT_TYPES, type CompetencyCategory, type EmploymentType, type PositionType } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveScope, type AnalyticsScope } from './analytics-scope.js';
import { expectMatchesReference, loadedDatabase, type LoadedDatabase } from '../testing/analytics-testing.js';
import { competencyGaps } from './competency-gaps.query.js';
import { baseTableTruth } from './index.js';
import { raterLeniency } from './rater-leniency.query.js';
import { agencyComparison, summary, trend } from './summary.query.js';
import { talentBoxes } from './talent-boxes.query.js';
import { trainingNeeds } from './training-needs.query.js';

let loaded: LoadedDatabase;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
});
afterAll(async () => loaded?.close());

const FILTERS: { name: string; filter: Partial<AnalyticsScope> }[] = [
  { name: 'PNS only', filter: { employmentTypes: ['PNS'] } },
  { name: 'PPPK only', filter: { employmentTypes: ['PPPK'] } },
  { name: 'functional and implementing positions', filter: { positionTypes: ['FUNGSIONAL', 'PELAKSANA'] as PositionType[] } },
  { name: 'managerial competencies', filter: { competencyCategories: ['MANAGERIAL'] } },
  { name: 'technical and socio-cultural competencies', filter: { competencyCategories: ['TECHNICAL', 'SOCIO_CULTURAL'] } },
  {
    name: 'all three at once',
    filter: { employmentTypes: ['PNS'], positionTypes: ['ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL'], competencyCategories: ['MANAGERIAL', 'TECHNICAL'] },
  },
];
const SCOPES = [['2024-TAHUNAN', 'KDI'], ['2025-TAHUNAN', 'PAUH'], ['2025-TAHUNAN', 'KDI-BKD']] as const;
const cases = FILTERS.flatMap(({ name, filter }) => SCOPES.map(([cycleCode, agencyCode]) => ({ name, filter, cycleCode, agencyCode })));

describe('filters', () => {
  it.each(cases)('$cycleCode $agencyCode, $name: figures equal the reference and the base tables', async ({ filter, cycleCode, agencyCode }) => {
    const scope = await resolveScope(loaded.sql, { cycleCode, agencyCode, ...filter });
    await expectMatchesReference(loaded.sql, scope, `${cycleCode} ${agencyCode}`);
    const sql = loaded.sql;
    expect(await summary(sql, scope)).toEqual(await baseTableTruth.summary(sql, scope));
    expect(await agencyComparison(sql, scope)).toEqual(await baseTableTruth.agencyComparison(sql, scope));
    expect(await trend(sql, scope)).toEqual(await baseTableTruth.trend(sql, scope));
    expect(await competencyGaps(sql, scope, 'AGENCY')).toEqual(await baseTableTruth.competencyGaps(sql, scope, 'AGENCY'));
    expect(await trainingNeeds(sql, scope)).toEqual(await baseTableTruth.trainingNeeds(sql, scope));
    expect(await talentBoxes(sql, scope)).toEqual(await baseTableTruth.talentBoxes(sql, scope));
    expect(await raterLeniency(sql, scope, { first: 100 })).toEqual(await baseTableTruth.raterLeniency(sql, scope, { first: 100 }));
  });

  it('partition the scope: employment types add up to the whole, categories split the competencies', async () => {
    const whole = await resolveScope(loaded.sql, { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' });
    const all = await summary(loaded.sql, whole);
    const parts = await Promise.all(EMPLOYMENT_TYPES.map((t: EmploymentType) => summary(loaded.sql, { ...whole, employmentTypes: [t] })));
    for (const field of ['headcount', 'appraisals', 'finalized'] as const) {
      expect(parts.reduce((n, p) => n + p[field]!, 0), field).toBe(all[field]);
    }
    const allBoxes = await talentBoxes(loaded.sql, whole);
    const boxesByType = await Promise.all(EMPLOYMENT_TYPES.map((t) => talentBoxes(loaded.sql, { ...whole, employmentTypes: [t] })));
    expect(boxesByType.reduce((n, b) => n + b.placed!, 0)).toBe(allBoxes.placed);

    const gaps = await competencyGaps(loaded.sql, whole, 'COMPETENCY');
    const byCategory = await Promise.all(COMPETENCY_CATEGORIES.map((c: CompetencyCategory) =>
      competencyGaps(loaded.sql, { ...whole, competencyCategories: [c] }, 'COMPETENCY')));
    expect(byCategory.flat().map((g) => g.competencyCode).sort()).toEqual(gaps.map((g) => g.competencyCode).sort());
    expect(byCategory.every((rows, i) => rows.every((g) => g.category === COMPETENCY_CATEGORIES[i]))).toBe(true);
    // A category filter changes the fit index (taken over those categories) but not who is counted.
    const managerial = await summary(loaded.sql, { ...whole, competencyCategories: ['MANAGERIAL'] });
    expect(managerial.headcount).toBe(all.headcount);
    expect(managerial.fitIndex).not.toBe(all.fitIndex);
  });

  it('treat an empty list as no filter', async () => {
    const whole = await resolveScope(loaded.sql, { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' });
    expect(await summary(loaded.sql, { ...whole, positionTypes: [], employmentTypes: [], competencyCategories: [] }))
      .toEqual(await summary(loaded.sql, whole));
  });
});
