import type { CompetencyGapFigures } from './analytics';
import type { RaterRole } from './appraisal';

/**
 * The level that counts for gap analysis: an assessment-centre result beats the supervisor's
 * rating; self and peer levels never count. SPEC §5.
 */
export function assessedLevel(levels: Partial<Record<RaterRole, number>>): number | null {
  return levels.ASSESSOR ?? levels.SUPERVISOR ?? null;
}

/** Level-points missing to reach the required level (kesenjangan kompetensi). */
export function gapOf(required: number, assessed: number): number {
  return Math.max(0, required - assessed);
}

/** How far the required level is met, 0..1; exceeding it earns nothing extra. */
export function fitRatio(required: number, assessed: number): number {
  return Math.min(assessed / required, 1);
}

/** A required competency of one employee, with its assessed level if any. */
export interface RequiredPair {
  required: number;
  assessed: number | null;
}

/**
 * Competency fit index (indeks kesesuaian kompetensi), 0..100, over the assessed pairs;
 * null when none is assessed. SPEC §5.
 */
export function fitIndexOf(pairs: readonly RequiredPair[]): number | null {
  const ratios = assessedOnly(pairs).map((p) => fitRatio(p.required, p.assessed));
  return ratios.length === 0 ? null : (100 * ratios.reduce((a, b) => a + b, 0)) / ratios.length;
}

/** Gap figures of a group of required pairs (any grouping). SPEC §5. */
export function gapFiguresOf(pairs: readonly RequiredPair[]): CompetencyGapFigures {
  const gaps = assessedOnly(pairs).map((p) => gapOf(p.required, p.assessed));
  const assessed = gaps.length;
  const withGap = gaps.filter((g) => g >= 1).length;
  const burden = gaps.reduce((a, b) => a + b, 0);
  return {
    assessed,
    unassessed: pairs.length - assessed,
    withGap,
    gapRate: assessed === 0 ? null : withGap / assessed,
    meanGap: assessed === 0 ? null : burden / assessed,
    burden,
  };
}

function assessedOnly(pairs: readonly RequiredPair[]): { required: number; assessed: number }[] {
  return pairs.flatMap((p) => (p.assessed === null ? [] : [{ required: p.required, assessed: p.assessed }]));
}
