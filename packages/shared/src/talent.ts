import { Predicate } from './predicate';

/** Potential axis of the talent grid, from the competency fit index. PermenPANRB 3/2020. */
export const PotentialLevel = {
  LOW: 'LOW',
  MEDIUM: 'MEDIUM',
  HIGH: 'HIGH',
} as const;
export type PotentialLevel = (typeof PotentialLevel)[keyof typeof PotentialLevel];
export const POTENTIAL_LEVELS = Object.values(PotentialLevel);

/** Performance axis of the talent grid, from the predicate. Best first. */
export const PerformanceLevel = {
  ABOVE: 'ABOVE',
  MEETS: 'MEETS',
  BELOW: 'BELOW',
} as const;
export type PerformanceLevel = (typeof PerformanceLevel)[keyof typeof PerformanceLevel];
export const PERFORMANCE_LEVELS = Object.values(PerformanceLevel);

/** SPEC §3: only SANGAT_BAIK is above expectation and only BAIK meets it. */
export function performanceOf(predicate: Predicate): PerformanceLevel {
  if (predicate === Predicate.SANGAT_BAIK) return PerformanceLevel.ABOVE;
  if (predicate === Predicate.BAIK) return PerformanceLevel.MEETS;
  return PerformanceLevel.BELOW;
}

/** Lowest fit index (0..100) of each potential level above LOW. SPEC §3. */
export const POTENTIAL_THRESHOLDS = { MEDIUM: 70, HIGH: 90 } as const;

export function potentialOf(fitIndex: number): PotentialLevel {
  if (fitIndex >= POTENTIAL_THRESHOLDS.HIGH) return PotentialLevel.HIGH;
  if (fitIndex >= POTENTIAL_THRESHOLDS.MEDIUM) return PotentialLevel.MEDIUM;
  return PotentialLevel.LOW;
}

export type NineBox = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface NineBoxCell {
  box: NineBox;
  performance: PerformanceLevel;
  potential: PotentialLevel;
  /** recommended follow-up, English */
  followUp: string;
  /** rekomendasi tindak lanjut, Indonesian */
  followUpId: string;
}

/** The talent grid (kotak manajemen talenta) with its follow-ups. PermenPANRB 3/2020. */
export const NINE_BOX: Readonly<Record<NineBox, NineBoxCell>> = {
  1: {
    box: 1, performance: 'BELOW', potential: 'LOW',
    followUp: 'Handled under the regulations',
    followUpId: 'Diproses sesuai ketentuan peraturan perundang-undangan',
  },
  2: {
    box: 2, performance: 'MEETS', potential: 'LOW',
    followUp: 'Coaching, competency development',
    followUpId: 'Bimbingan kinerja, pengembangan kompetensi',
  },
  3: {
    box: 3, performance: 'BELOW', potential: 'MEDIUM',
    followUp: 'Coaching, counselling, competency development',
    followUpId: 'Bimbingan kinerja, konseling kinerja, pengembangan kompetensi',
  },
  4: {
    box: 4, performance: 'ABOVE', potential: 'LOW',
    followUp: 'Rotation, competency development',
    followUpId: 'Rotasi, pengembangan kompetensi',
  },
  5: {
    box: 5, performance: 'MEETS', potential: 'MEDIUM',
    followUp: 'Coaching, competency development',
    followUpId: 'Bimbingan kinerja, pengembangan kompetensi',
  },
  6: {
    box: 6, performance: 'BELOW', potential: 'HIGH',
    followUp: 'Suitable placement, coaching, counselling',
    followUpId: 'Penempatan yang sesuai, bimbingan kinerja, konseling kinerja',
  },
  7: {
    box: 7, performance: 'ABOVE', potential: 'MEDIUM',
    followUp: 'Retain, job enrichment, competency development',
    followUpId: 'Dipertahankan, pengayaan jabatan, pengembangan kompetensi',
  },
  8: {
    box: 8, performance: 'MEETS', potential: 'HIGH',
    followUp: 'Retain, succession pool, rotation',
    followUpId: 'Dipertahankan, masuk kelompok rencana suksesi, rotasi',
  },
  9: {
    box: 9, performance: 'ABOVE', potential: 'HIGH',
    followUp: 'Promote, succession pool',
    followUpId: 'Dipromosikan, masuk kelompok rencana suksesi',
  },
};

export const NINE_BOXES: readonly NineBoxCell[] = Object.values(NINE_BOX);

export function nineBoxOf(performance: PerformanceLevel, potential: PotentialLevel): NineBox {
  const cell = NINE_BOXES.find((c) => c.performance === performance && c.potential === potential);
  // The grid is complete (tested), so every pair has a cell.
  if (!cell) throw new Error(`no nine-box cell for ${performance}/${potential}`);
  return cell.box;
}
