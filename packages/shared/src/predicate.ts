import type { Rating } from './appraisal';

/** Rule set the tables below implement; stored with every computed predicate. */
export const RULE_SET = 'PERMENPANRB_6_2022';
export type RuleSet = typeof RULE_SET;

/** Performance predicate (predikat kinerja pegawai), best first. PermenPANRB 6/2022. */
export const Predicate = {
  SANGAT_BAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  /** kurang / misconduct */
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;
export type Predicate = (typeof Predicate)[keyof typeof Predicate];
export const PREDICATES = Object.values(Predicate);

export const PREDICATE_LABELS: Readonly<Record<Predicate, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * Work result (HK, rows) × work behaviour (PK, columns) → predicate.
 * PermenPANRB 6/2022, predicate matrix. Behaviour below expectation caps the predicate at KURANG
 * however good the results: that is the "misconduct" cell.
 */
export const PREDICATE_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predicate>>>> = {
  ABOVE: { BELOW: 'KURANG', MEETS: 'BAIK', ABOVE: 'SANGAT_BAIK' },
  MEETS: { BELOW: 'KURANG', MEETS: 'BAIK', ABOVE: 'BAIK' },
  BELOW: { BELOW: 'SANGAT_KURANG', MEETS: 'BUTUH_PERBAIKAN', ABOVE: 'BUTUH_PERBAIKAN' },
};

export function predicateFor(workResult: Rating, behavior: Rating): Predicate {
  return PREDICATE_MATRIX[workResult][behavior];
}

/** Performance predicate of the unit (predikat kinerja organisasi), best first. */
export const OrganizationPredicate = {
  ISTIMEWA: 'ISTIMEWA',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;
export type OrganizationPredicate = (typeof OrganizationPredicate)[keyof typeof OrganizationPredicate];
export const ORGANIZATION_PREDICATES = Object.values(OrganizationPredicate);

export const ORGANIZATION_PREDICATE_LABELS: Readonly<Record<OrganizationPredicate, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * One bound on the combined share of some predicates among a unit's employees. `atLeastOne`
 * encodes the regulation's "harus ada": some employee must hold one of the predicates.
 */
export interface DistributionRule {
  predicates: readonly Predicate[];
  minShare?: number;
  maxShare?: number;
  atLeastOne?: true;
}

/**
 * How employee predicates may be spread given the unit's own predicate.
 * PermenPANRB 6/2022, lampiran, pola distribusi predikat kinerja pegawai. Only the regulation's
 * hard numbers are encoded; its "sebagian besar" (most) is read as the stated bound, and predicates
 * it allows freely ("dapat memiliki") get no rule. The SPEC's example, at most 70% SANGAT_BAIK,
 * is the ISTIMEWA row. The dashboard must be told the unit's predicate: the data model holds none.
 */
export const DISTRIBUTION_PATTERN: Readonly<Record<OrganizationPredicate, readonly DistributionRule[]>> = {
  ISTIMEWA: [{ predicates: ['SANGAT_BAIK'], maxShare: 0.7 }],
  BAIK: [
    { predicates: ['BAIK'], maxShare: 0.7 },
    { predicates: ['BUTUH_PERBAIKAN', 'KURANG'], atLeastOne: true },
  ],
  BUTUH_PERBAIKAN: [
    { predicates: ['BUTUH_PERBAIKAN'], minShare: 0.6 },
    { predicates: ['SANGAT_BAIK'], maxShare: 0.1 },
  ],
  KURANG: [
    { predicates: ['KURANG'], minShare: 0.6 },
    { predicates: ['BUTUH_PERBAIKAN'], minShare: 0.1 },
    { predicates: ['SANGAT_BAIK'], maxShare: 0.1 },
  ],
  SANGAT_KURANG: [
    { predicates: ['SANGAT_KURANG'], minShare: 0.6 },
    { predicates: ['KURANG', 'BUTUH_PERBAIKAN'], minShare: 0.1 },
    { predicates: ['SANGAT_BAIK'], maxShare: 0 },
  ],
};

/** The rules of the pattern that `counts` breaks; none for an empty unit (nothing to judge). */
export function distributionBreaches(
  unit: OrganizationPredicate,
  counts: Readonly<Record<Predicate, number>>,
): DistributionRule[] {
  const total = PREDICATES.reduce((sum, p) => sum + counts[p], 0);
  if (total === 0) return [];
  return DISTRIBUTION_PATTERN[unit].filter((rule) => {
    const count = rule.predicates.reduce((sum, p) => sum + counts[p], 0);
    const share = count / total;
    return (
      (rule.atLeastOne === true && count === 0) ||
      (rule.minShare !== undefined && share < rule.minShare) ||
      (rule.maxShare !== undefined && share > rule.maxShare)
    );
  });
}
