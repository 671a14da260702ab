/** Position type (jenis jabatan), from the top leadership posts down. UU 5/2014 art. 13. */
export const PositionType = {
  /** jabatan pimpinan tinggi utama */
  JPT_UTAMA: 'JPT_UTAMA',
  /** jabatan pimpinan tinggi madya */
  JPT_MADYA: 'JPT_MADYA',
  /** jabatan pimpinan tinggi pratama, e.g. kepala dinas */
  JPT_PRATAMA: 'JPT_PRATAMA',
  /** jabatan administrator, e.g. kepala bidang */
  ADMINISTRATOR: 'ADMINISTRATOR',
  /** jabatan pengawas, e.g. kepala seksi */
  PENGAWAS: 'PENGAWAS',
  /** jabatan pelaksana */
  PELAKSANA: 'PELAKSANA',
  /** jabatan fungsional: teachers, doctors, auditors, … */
  FUNGSIONAL: 'FUNGSIONAL',
} as const;
export type PositionType = (typeof PositionType)[keyof typeof PositionType];
export const POSITION_TYPES = Object.values(PositionType);
