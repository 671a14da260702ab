/*
 * The physical layout of the analytics facts and cubes that both sides must agree on: the analytics
 * migration builds its DDL from these values and the queries in src/analytics read the columns and
 * masks they name. Defined once so that the two cannot drift apart.
 *
 * The migration has already run on existing databases: changing anything here changes the DDL it
 * generates, which those databases do not have. Change it only together with a new migration that
 * moves existing databases along (analytics-layout.test.ts pins the generated DDL).
 */
import type { CompetencyCategory } from '@kinerja/shared';

export interface CategoryLayout {
  /** competency.category value (PermenPANRB 38/2017 art. 2) */
  category: CompetencyCategory;
  /** suffix of the per-category columns of the employee and rating facts, e.g. fit_points_<suffix> */
  suffix: string;
  /** the category's bit in the category masks of the fit and talent cubes */
  bit: number;
}

/** Every category with its column suffix and mask bit, in the column order of the fact tables. */
export const CATEGORY_LAYOUT = [
  { suffix: 'managerial', category: 'MANAGERIAL', bit: 1 },
  { suffix: 'socio_cultural', category: 'SOCIO_CULTURAL', bit: 2 },
  { suffix: 'technical', category: 'TECHNICAL', bit: 4 },
] as const satisfies readonly CategoryLayout[];

/** Category → its layout, for the queries. */
export const CATEGORY_COLUMN: Readonly<Record<CompetencyCategory, CategoryLayout>> = Object.fromEntries(
  CATEGORY_LAYOUT.map((c) => [c.category, c]),
) as Record<CompetencyCategory, CategoryLayout>;

/** The mask of all categories; the cubes hold every non-empty subset 1..ALL_CATEGORY_MASKS. */
export const ALL_CATEGORY_MASKS = CATEGORY_LAYOUT.reduce((mask, c) => mask | c.bit, 0);

/**
 * Fit points are stored in sixtieths of a pair: a pair's points are min(assessed, required) ·
 * FIT_POINT_SCALE / required, a fit ratio is points / (pairs × FIT_POINT_SCALE). 60 is divisible by
 * every required level 1..5 (checked by position_requirement), so points are exact integers and a fit
 * index compares with a threshold without rounding error.
 */
export const FIT_POINT_SCALE = 60;
