/** Kind of agency node (jenis instansi / unit kerja); agencies form a tree under a pemda. */
export const AgencyKind = {
  /** pemerintah daerah: the root of a local-government tree */
  PEMDA: 'PEMDA',
  /** sekretariat daerah / sekretariat DPRD */
  SEKRETARIAT: 'SEKRETARIAT',
  BADAN: 'BADAN',
  DINAS: 'DINAS',
  KECAMATAN: 'KECAMATAN',
  KELURAHAN: 'KELURAHAN',
  /** bidang, bagian, seksi: an organisational unit inside an agency */
  UNIT: 'UNIT',
  /** unit pelaksana teknis: school, puskesmas, … */
  UPT: 'UPT',
} as const;
export type AgencyKind = (typeof AgencyKind)[keyof typeof AgencyKind];
export const AGENCY_KINDS = Object.values(AgencyKind);
