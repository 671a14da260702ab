/** ASN employment type (jenis kepegawaian). */
export const EmploymentType = {
  /** pegawai negeri sipil */
  PNS: 'PNS',
  /** pegawai pemerintah dengan perjanjian kerja */
  PPPK: 'PPPK',
} as const;
export type EmploymentType = (typeof EmploymentType)[keyof typeof EmploymentType];
export const EMPLOYMENT_TYPES = Object.values(EmploymentType);

/** PNS ranks (golongan/ruang), lowest first. PP 99/2000 (kenaikan pangkat PNS): I/a … IV/e. */
export const PNS_RANKS = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type PnsRank = (typeof PNS_RANKS)[number];

/** PPPK ranks (golongan), lowest first. Perpres 98/2020: I … XVII. */
export const PPPK_RANKS = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export type PppkRank = (typeof PPPK_RANKS)[number];

export const RANKS: Readonly<Record<EmploymentType, readonly string[]>> = {
  PNS: PNS_RANKS,
  PPPK: PPPK_RANKS,
};

/** Whether `rank` exists for the employment type; spelling is exact ('III/b', not 'iii/B'). */
export function isValidRank(type: EmploymentType, rank: string): boolean {
  return RANKS[type].includes(rank);
}
