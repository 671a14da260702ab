// Reference data of the demo dataset: competencies, positions with their competency standard,
// training programmes and cycles. The content is local (demo data, written out as literals, so the
// generator does not change when the shared enums grow); the rank tables and the enum types come
// from @kinerja/shared, the ones the importer checks against, so what is generated stays importable.
import type { CompetencyCategory, PnsRank, PositionType, PppkRank, TrainingMode } from '@kinerja/shared';

/** The position types of the demo's positions (no JPT utama or madya). */
export type DemoPositionType = Extract<PositionType, 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL'>;

export interface DemoCompetency {
  code: string;
  name: string;
  category: CompetencyCategory;
  /**
   * Demo-only: how far the workforce typically sits above (+) or below (−) the required level,
   * so that gap charts show the usual picture (digital skills and managing change lag behind,
   * integrity and nationhood are strong).
   */
  tendency: number;
}

// PermenPANRB 38/2017: 8 managerial competencies and 1 socio-cultural one; technical ones are
// defined per agency.
export const DEMO_COMPETENCIES: readonly DemoCompetency[] = [
  { code: 'M01', name: 'Integritas', category: 'MANAGERIAL', tendency: 0.2 },
  { code: 'M02', name: 'Kerja Sama', category: 'MANAGERIAL', tendency: 0.1 },
  { code: 'M03', name: 'Komunikasi', category: 'MANAGERIAL', tendency: -0.05 },
  { code: 'M04', name: 'Orientasi pada Hasil', category: 'MANAGERIAL', tendency: 0 },
  { code: 'M05', name: 'Pelayanan Publik', category: 'MANAGERIAL', tendency: 0.05 },
  { code: 'M06', name: 'Pengembangan Diri dan Orang Lain', category: 'MANAGERIAL', tendency: -0.1 },
  { code: 'M07', name: 'Mengelola Perubahan', category: 'MANAGERIAL', tendency: -0.35 },
  { code: 'M08', name: 'Pengambilan Keputusan', category: 'MANAGERIAL', tendency: -0.3 },
  { code: 'SK01', name: 'Perekat Bangsa', category: 'SOCIO_CULTURAL', tendency: 0.35 },
  { code: 'T-ADM', name: 'Manajemen Administrasi dan Waktu', category: 'TECHNICAL', tendency: 0 },
  { code: 'T-PEN', name: 'Pedagogi dan Evaluasi Pembelajaran', category: 'TECHNICAL', tendency: -0.1 },
  { code: 'T-KES', name: 'Pelayanan Kesehatan Masyarakat', category: 'TECHNICAL', tendency: 0 },
  { code: 'T-TIK', name: 'Pemanfaatan Teknologi Informasi', category: 'TECHNICAL', tendency: -0.4 },
  { code: 'T-INF', name: 'Manajemen Proyek Infrastruktur', category: 'TECHNICAL', tendency: -0.1 },
  { code: 'T-KEU', name: 'Pengelolaan Keuangan Daerah', category: 'TECHNICAL', tendency: -0.15 },
  { code: 'T-ADK', name: 'Pelayanan Administrasi Kependudukan', category: 'TECHNICAL', tendency: 0.05 },
  { code: 'T-PRZ', name: 'Pelayanan Perizinan Berusaha', category: 'TECHNICAL', tendency: -0.2 },
];

/** Academic titles (gelar) written around names in BKD spreadsheets: `dr. Nama, M.Kes.` */
export interface TitleStyle {
  /** Share of holders of the position who carry a title in their recorded name. */
  share: number;
  prefixes?: readonly string[];
  suffixes: readonly string[];
}

export interface DemoPosition {
  code: string;
  title: string;
  positionType: DemoPositionType;
  /** Level band of the managerial competencies (PermenPANRB 38/2017, level per jabatan). */
  managerialLevel: 1 | 2 | 3 | 4;
  /** Whether the standard includes Mengelola Perubahan and Pengambilan Keputusan. */
  strategic: boolean;
  technical: readonly (readonly [competencyCode: string, requiredLevel: number])[];
  pnsRanks: readonly [PnsRank, PnsRank];
  /** Golongan at first appointment, i.e. the education behind the position (II/a SMA, II/c D3, III/a S1). */
  entryRank: PnsRank;
  /** Undefined when the position is not filled by PPPK. */
  pppkRanks?: readonly [PppkRank, PppkRank];
  /** Share of its (non-leading) holders who are PPPK. */
  pppkShare: number;
  retirementAge: 58 | 60;
  titles: TitleStyle;
}

const LEADER_TITLES: TitleStyle = {
  share: 0.95,
  prefixes: ['', '', '', '', 'Dr. ', 'Ir. '],
  suffixes: [
    ', S.STP., M.Si.', ', S.H., M.H.', ', S.E., M.M.', ', S.Sos., M.AP.',
    ', S.Pd., M.Pd.', ', S.KM., M.Kes.', ', S.T., M.T.', ', S.IP., M.Si.',
  ],
};
const OFFICER_TITLES: TitleStyle = {
  share: 0.85,
  suffixes: [
    ', S.Sos.', ', S.STP.', ', S.E.', ', S.H.', ', S.IP., M.Si.', ', S.Kom.',
    ', S.T.', ', S.E., M.M.', ', S.AP.', ', S.Pd.',
  ],
};
const CLERK_TITLES: TitleStyle = { share: 0.35, suffixes: [', A.Md.', ', S.Sos.', ', S.E.', ', S.Kom.', ', S.AP.'] };

export const DEMO_POSITIONS: readonly DemoPosition[] = [
  {
    code: 'JPT-SEKDA', title: 'Sekretaris Daerah', positionType: 'JPT_PRATAMA', managerialLevel: 4,
    strategic: true, technical: [], pnsRanks: ['IV/c', 'IV/e'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 60, titles: LEADER_TITLES,
  },
  {
    code: 'JPT-KADIS', title: 'Kepala Dinas', positionType: 'JPT_PRATAMA', managerialLevel: 4,
    strategic: true, technical: [], pnsRanks: ['IV/b', 'IV/d'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 60, titles: LEADER_TITLES,
  },
  {
    code: 'JPT-KABAN', title: 'Kepala Badan', positionType: 'JPT_PRATAMA', managerialLevel: 4,
    strategic: true, technical: [], pnsRanks: ['IV/b', 'IV/d'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 60, titles: LEADER_TITLES,
  },
  {
    code: 'ADM-SEKDIS', title: 'Sekretaris Dinas', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3]], pnsRanks: ['III/d', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'ADM-SEKBAN', title: 'Sekretaris Badan', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3]], pnsRanks: ['III/d', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'ADM-KABID', title: 'Kepala Bidang', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-TIK', 2]], pnsRanks: ['III/d', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'ADM-KABAG', title: 'Kepala Bagian', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3], ['T-KEU', 2]], pnsRanks: ['III/d', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'ADM-CAMAT', title: 'Camat', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-ADK', 2]], pnsRanks: ['III/d', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'ADM-SEKCAM', title: 'Sekretaris Kecamatan', positionType: 'ADMINISTRATOR', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3]], pnsRanks: ['III/c', 'IV/a'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'PGW-KASUBBAG', title: 'Kepala Subbagian Umum dan Kepegawaian', positionType: 'PENGAWAS',
    managerialLevel: 2, strategic: true, technical: [['T-ADM', 3]], pnsRanks: ['III/b', 'IV/a'],
    entryRank: 'III/a', pppkShare: 0, retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'PGW-KASI', title: 'Kepala Seksi', positionType: 'PENGAWAS', managerialLevel: 2, strategic: true,
    technical: [], pnsRanks: ['III/b', 'IV/a'], entryRank: 'III/a', pppkShare: 0, retirementAge: 58,
    titles: OFFICER_TITLES,
  },
  {
    code: 'PGW-LURAH', title: 'Lurah', positionType: 'PENGAWAS', managerialLevel: 2, strategic: true,
    technical: [['T-ADK', 2]], pnsRanks: ['III/b', 'III/d'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 58, titles: { share: 0.9, suffixes: [', S.STP.', ', S.Sos.', ', S.IP.', ', S.AP.'] },
  },
  {
    code: 'PGW-KAPKM', title: 'Kepala UPTD Puskesmas', positionType: 'PENGAWAS', managerialLevel: 2,
    strategic: true, technical: [['T-KES', 3]], pnsRanks: ['III/c', 'IV/a'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58,
    titles: { share: 1, prefixes: ['', '', 'dr. '], suffixes: [', S.KM.', ', S.KM., M.Kes.', ', S.Kep., Ns.'] },
  },
  {
    code: 'PGW-KAUPT', title: 'Kepala UPT', positionType: 'PENGAWAS', managerialLevel: 2, strategic: true,
    technical: [['T-ADM', 2]], pnsRanks: ['III/b', 'IV/a'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 58, titles: OFFICER_TITLES,
  },
  {
    code: 'PLK-ADM', title: 'Pengadministrasi Umum', positionType: 'PELAKSANA', managerialLevel: 1,
    strategic: false, technical: [['T-ADM', 2]], pnsRanks: ['II/a', 'III/c'], entryRank: 'II/a',
    pppkRanks: ['V', 'VII'], pppkShare: 0.1, retirementAge: 58, titles: CLERK_TITLES,
  },
  {
    code: 'PLK-PELAYANAN', title: 'Pengelola Layanan Publik', positionType: 'PELAKSANA', managerialLevel: 2,
    strategic: false, technical: [['T-TIK', 2]], pnsRanks: ['II/a', 'III/c'], entryRank: 'II/a',
    pppkRanks: ['V', 'VII'], pppkShare: 0.12, retirementAge: 58, titles: CLERK_TITLES,
  },
  {
    code: 'PLK-KEU', title: 'Pengadministrasi Keuangan', positionType: 'PELAKSANA', managerialLevel: 1,
    strategic: false, technical: [['T-KEU', 2]], pnsRanks: ['II/b', 'III/c'], entryRank: 'II/a',
    pppkRanks: ['V', 'VII'], pppkShare: 0.05, retirementAge: 58, titles: CLERK_TITLES,
  },
  {
    code: 'PLK-OPERATOR', title: 'Operator Layanan Operasional', positionType: 'PELAKSANA', managerialLevel: 1,
    strategic: false, technical: [['T-TIK', 2]], pnsRanks: ['II/a', 'III/b'], entryRank: 'II/a',
    pppkRanks: ['V', 'V'], pppkShare: 0.3, retirementAge: 58, titles: CLERK_TITLES,
  },
  {
    code: 'PLK-ADMINDUK', title: 'Pengadministrasi Kependudukan', positionType: 'PELAKSANA', managerialLevel: 1,
    strategic: false, technical: [['T-ADK', 2]], pnsRanks: ['II/a', 'III/c'], entryRank: 'II/a',
    pppkRanks: ['V', 'VII'], pppkShare: 0.12, retirementAge: 58, titles: CLERK_TITLES,
  },
  {
    code: 'FNG-GURU', title: 'Guru Ahli Pertama', positionType: 'FUNGSIONAL', managerialLevel: 2, strategic: true,
    technical: [['T-PEN', 3]], pnsRanks: ['III/a', 'III/b'], entryRank: 'III/a', pppkRanks: ['IX', 'IX'],
    pppkShare: 0.22, retirementAge: 60,
    titles: { share: 0.92, suffixes: [', S.Pd.', ', S.Pd.', ', S.Pd.', ', S.Pd.I.', ', S.Si.', ', S.Ag.', ', S.Pd., M.Pd.'] },
  },
  {
    code: 'FNG-GURU-MUDA', title: 'Guru Ahli Muda', positionType: 'FUNGSIONAL', managerialLevel: 3, strategic: true,
    technical: [['T-PEN', 3], ['T-TIK', 2]], pnsRanks: ['III/c', 'III/d'], entryRank: 'III/a',
    pppkRanks: ['X', 'X'], pppkShare: 0.06, retirementAge: 60,
    titles: { share: 0.95, suffixes: [', S.Pd.', ', S.Pd.', ', S.Pd., M.Pd.', ', S.Pd.I.', ', S.Si.'] },
  },
  {
    code: 'FNG-KEPSEK', title: 'Kepala Sekolah (Guru Ahli Madya)', positionType: 'FUNGSIONAL', managerialLevel: 3,
    strategic: true, technical: [['T-PEN', 4], ['T-ADM', 2]], pnsRanks: ['IV/a', 'IV/b'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 60, titles: { share: 1, suffixes: [', S.Pd.', ', S.Pd., M.Pd.', ', S.Pd.I., M.Pd.'] },
  },
  {
    code: 'FNG-PERAWAT', title: 'Perawat Ahli Muda', positionType: 'FUNGSIONAL', managerialLevel: 2, strategic: true,
    technical: [['T-KES', 3]], pnsRanks: ['III/c', 'III/d'], entryRank: 'III/a', pppkRanks: ['IX', 'X'],
    pppkShare: 0.15, retirementAge: 58, titles: { share: 0.9, suffixes: [', S.Kep., Ns.'] },
  },
  {
    code: 'FNG-PERAWAT-TRL', title: 'Perawat Terampil', positionType: 'FUNGSIONAL', managerialLevel: 1,
    strategic: false, technical: [['T-KES', 2]], pnsRanks: ['II/c', 'III/b'], entryRank: 'II/c',
    pppkRanks: ['VII', 'VII'], pppkShare: 0.3, retirementAge: 58, titles: { share: 0.9, suffixes: [', A.Md.Kep.'] },
  },
  {
    code: 'FNG-BIDAN', title: 'Bidan Terampil', positionType: 'FUNGSIONAL', managerialLevel: 1, strategic: false,
    technical: [['T-KES', 3]], pnsRanks: ['II/c', 'III/b'], entryRank: 'II/c', pppkRanks: ['VII', 'VII'],
    pppkShare: 0.3, retirementAge: 58, titles: { share: 0.9, suffixes: [', A.Md.Keb.', ', A.Md.Keb.', ', S.Tr.Keb.'] },
  },
  {
    code: 'FNG-DOKTER', title: 'Dokter Ahli Pertama', positionType: 'FUNGSIONAL', managerialLevel: 2, strategic: true,
    technical: [['T-KES', 4]], pnsRanks: ['III/b', 'III/c'], entryRank: 'III/b', pppkRanks: ['IX', 'IX'],
    pppkShare: 0.1, retirementAge: 60, titles: { share: 1, prefixes: ['dr. '], suffixes: ['', '', '', ', M.Kes.'] },
  },
  {
    code: 'FNG-ANALIS-SDM', title: 'Analis SDM Aparatur Ahli Muda', positionType: 'FUNGSIONAL', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3], ['T-TIK', 2]], pnsRanks: ['III/c', 'III/d'], entryRank: 'III/a',
    pppkShare: 0, retirementAge: 58, titles: { share: 0.85, suffixes: [', S.Psi.', ', S.Sos.', ', S.AP.', ', S.E.'] },
  },
  {
    code: 'FNG-TEKNIK', title: 'Teknik Jalan dan Jembatan Ahli Pertama', positionType: 'FUNGSIONAL',
    managerialLevel: 2, strategic: true, technical: [['T-INF', 3]], pnsRanks: ['III/a', 'III/b'],
    entryRank: 'III/a', pppkRanks: ['IX', 'IX'], pppkShare: 0.1, retirementAge: 58,
    titles: { share: 0.9, suffixes: [', S.T.', ', S.T.', ', S.T., M.T.'] },
  },
  {
    code: 'FNG-TATA-BANGUNAN', title: 'Teknik Tata Bangunan dan Perumahan Ahli Pertama', positionType: 'FUNGSIONAL',
    managerialLevel: 2, strategic: true, technical: [['T-INF', 3]], pnsRanks: ['III/a', 'III/b'],
    entryRank: 'III/a', pppkRanks: ['IX', 'IX'], pppkShare: 0.1, retirementAge: 58,
    titles: { share: 0.9, suffixes: [', S.T.', ', S.Ars.'] },
  },
  {
    code: 'FNG-PRAKOM', title: 'Pranata Komputer Ahli Pertama', positionType: 'FUNGSIONAL', managerialLevel: 2,
    strategic: true, technical: [['T-TIK', 3]], pnsRanks: ['III/a', 'III/b'], entryRank: 'III/a',
    pppkRanks: ['IX', 'IX'], pppkShare: 0.2, retirementAge: 58, titles: { share: 0.85, suffixes: [', S.Kom.', ', S.T.'] },
  },
  {
    code: 'FNG-ADMINDUK', title: 'Administrator Database Kependudukan Ahli Pertama', positionType: 'FUNGSIONAL',
    managerialLevel: 2, strategic: true, technical: [['T-ADK', 3], ['T-TIK', 2]], pnsRanks: ['III/a', 'III/b'],
    entryRank: 'III/a', pppkRanks: ['IX', 'IX'], pppkShare: 0.1, retirementAge: 58,
    titles: { share: 0.85, suffixes: [', S.Kom.', ', S.Si.'] },
  },
  {
    code: 'FNG-ANALIS-KEU', title: 'Analis Keuangan Pusat dan Daerah Ahli Pertama', positionType: 'FUNGSIONAL',
    managerialLevel: 2, strategic: true, technical: [['T-KEU', 3]], pnsRanks: ['III/a', 'III/b'],
    entryRank: 'III/a', pppkShare: 0, retirementAge: 58, titles: { share: 0.85, suffixes: [', S.E.', ', S.Ak.'] },
  },
  {
    code: 'FNG-PERENCANA', title: 'Perencana Ahli Muda', positionType: 'FUNGSIONAL', managerialLevel: 3,
    strategic: true, technical: [['T-ADM', 3]], pnsRanks: ['III/c', 'III/d'], entryRank: 'III/a', pppkShare: 0,
    retirementAge: 58, titles: { share: 0.9, suffixes: [', S.E., M.Si.', ', S.T., M.T.', ', S.PWK.', ', S.Sos.'] },
  },
  {
    code: 'FNG-PENATA-IZIN', title: 'Penata Perizinan Ahli Pertama', positionType: 'FUNGSIONAL', managerialLevel: 2,
    strategic: true, technical: [['T-PRZ', 3]], pnsRanks: ['III/a', 'III/b'], entryRank: 'III/a',
    pppkRanks: ['IX', 'IX'], pppkShare: 0.15, retirementAge: 58, titles: { share: 0.85, suffixes: [', S.H.', ', S.E.', ', S.AP.'] },
  },
  {
    code: 'FNG-ARSIPARIS', title: 'Arsiparis Terampil', positionType: 'FUNGSIONAL', managerialLevel: 1,
    strategic: false, technical: [['T-ADM', 2]], pnsRanks: ['II/c', 'III/b'], entryRank: 'II/c',
    pppkRanks: ['VII', 'VII'], pppkShare: 0.2, retirementAge: 58, titles: { share: 0.6, suffixes: [', A.Md.'] },
  },
];

/**
 * The competency standard (standar kompetensi jabatan) of a position. The shape follows the
 * fixture dataset: Integritas and Pelayanan Publik one level above the band, Perekat Bangsa one
 * below it except for JPT, Mengelola Perubahan and Pengambilan Keputusan only for positions
 * that lead or decide, then the technical competencies of the job.
 */
export function positionStandard(position: DemoPosition): [competencyCode: string, requiredLevel: number][] {
  const band = position.managerialLevel;
  const up = Math.min(5, band + 1);
  const standard: [string, number][] = [
    ['M01', up], ['M02', band], ['M03', band], ['M04', band], ['M05', up], ['M06', band],
  ];
  if (position.strategic) standard.push(['M07', band], ['M08', band]);
  standard.push(['SK01', position.positionType === 'JPT_PRATAMA' ? band : Math.max(1, band - 1)]);
  for (const [code, level] of position.technical) standard.push([code, level]);
  return standard;
}

export interface DemoTrainingProgram {
  code: string;
  title: string;
  competencyCode: string;
  levelFrom: number;
  levelTo: number;
  hoursJp: number;
  mode: TrainingMode;
  costPerParticipant: number;
  /** Demo-only: the position types a programme is offered to (leadership courses); all when absent. */
  audience?: readonly DemoPositionType[];
}

// The catalogue has deliberate holes: nothing for M02 (Kerja Sama) and T-PRZ (perizinan), and
// nothing that lifts most competencies from 4 to 5 — the training-needs view must report
// those gaps as uncovered.
export const DEMO_TRAINING_PROGRAMS: readonly DemoTrainingProgram[] = [
  { code: 'PL-INT-1', title: 'Pelatihan Integritas dan Antikorupsi', competencyCode: 'M01', levelFrom: 1, levelTo: 3, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 2_500_000 },
  { code: 'PL-INT-2', title: 'Penguatan Integritas Pimpinan', competencyCode: 'M01', levelFrom: 3, levelTo: 5, hoursJp: 16, mode: 'CLASSICAL', costPerParticipant: 4_000_000, audience: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] },
  { code: 'PL-INT-EL', title: 'E-Learning Budaya Antikorupsi', competencyCode: 'M01', levelFrom: 1, levelTo: 2, hoursJp: 6, mode: 'NON_CLASSICAL', costPerParticipant: 0 },
  { code: 'PL-KOM-1', title: 'Komunikasi Efektif di Pelayanan Publik', competencyCode: 'M03', levelFrom: 1, levelTo: 3, hoursJp: 20, mode: 'NON_CLASSICAL', costPerParticipant: 750_000 },
  { code: 'PL-KOM-1B', title: 'Komunikasi Efektif (Daring)', competencyCode: 'M03', levelFrom: 1, levelTo: 3, hoursJp: 20, mode: 'NON_CLASSICAL', costPerParticipant: 500_000 },
  { code: 'PL-KOM-2', title: 'Komunikasi Publik dan Kehumasan Pemerintah', competencyCode: 'M03', levelFrom: 3, levelTo: 4, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 3_250_000 },
  { code: 'PL-HASIL', title: 'Manajemen Kinerja Berorientasi Hasil', competencyCode: 'M04', levelFrom: 1, levelTo: 4, hoursJp: 32, mode: 'CLASSICAL', costPerParticipant: 3_500_000 },
  { code: 'PL-SKP', title: 'Webinar Penyusunan SKP dan Dialog Kinerja', competencyCode: 'M04', levelFrom: 1, levelTo: 2, hoursJp: 4, mode: 'NON_CLASSICAL', costPerParticipant: 0 },
  { code: 'PL-YAN', title: 'Pelayanan Prima', competencyCode: 'M05', levelFrom: 1, levelTo: 3, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 2_000_000 },
  { code: 'PL-YAN-2', title: 'Standar Pelayanan Publik Lanjutan', competencyCode: 'M05', levelFrom: 2, levelTo: 4, hoursJp: 30, mode: 'CLASSICAL', costPerParticipant: 3_000_000 },
  { code: 'PL-BANG', title: 'Coaching dan Mentoring ASN', competencyCode: 'M06', levelFrom: 1, levelTo: 4, hoursJp: 20, mode: 'NON_CLASSICAL', costPerParticipant: 1_000_000 },
  { code: 'PL-PKP', title: 'Pelatihan Kepemimpinan Pengawas (PKP)', competencyCode: 'M06', levelFrom: 2, levelTo: 4, hoursJp: 120, mode: 'CLASSICAL', costPerParticipant: 17_500_000, audience: ['PENGAWAS'] },
  { code: 'PL-UBAH', title: 'Manajemen Perubahan', competencyCode: 'M07', levelFrom: 2, levelTo: 4, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 2_750_000 },
  { code: 'PL-PKA', title: 'Pelatihan Kepemimpinan Administrator (PKA)', competencyCode: 'M08', levelFrom: 3, levelTo: 5, hoursJp: 160, mode: 'CLASSICAL', costPerParticipant: 32_000_000, audience: ['ADMINISTRATOR'] },
  { code: 'PL-KEP', title: 'Pengambilan Keputusan Berbasis Data', competencyCode: 'M08', levelFrom: 1, levelTo: 3, hoursJp: 16, mode: 'NON_CLASSICAL', costPerParticipant: 900_000 },
  { code: 'PL-BANGSA', title: 'Wawasan Kebangsaan dan Moderasi Beragama', competencyCode: 'SK01', levelFrom: 1, levelTo: 3, hoursJp: 12, mode: 'NON_CLASSICAL', costPerParticipant: 400_000 },
  { code: 'PL-WAKTU', title: 'Manajemen Waktu dan Prioritas Kerja', competencyCode: 'T-ADM', levelFrom: 1, levelTo: 3, hoursJp: 12, mode: 'NON_CLASSICAL', costPerParticipant: 600_000 },
  { code: 'PL-ARSIP', title: 'Tata Naskah Dinas dan Kearsipan Elektronik', competencyCode: 'T-ADM', levelFrom: 2, levelTo: 4, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 1_800_000 },
  { code: 'PL-PEN', title: 'Pembelajaran Berdiferensiasi', competencyCode: 'T-PEN', levelFrom: 1, levelTo: 4, hoursJp: 40, mode: 'CLASSICAL', costPerParticipant: 3_200_000 },
  { code: 'PL-PEN-PMM', title: 'Pelatihan Mandiri Platform Merdeka Mengajar', competencyCode: 'T-PEN', levelFrom: 1, levelTo: 3, hoursJp: 8, mode: 'NON_CLASSICAL', costPerParticipant: 0 },
  { code: 'PL-KES', title: 'Pelayanan Kesehatan Primer', competencyCode: 'T-KES', levelFrom: 1, levelTo: 3, hoursJp: 32, mode: 'CLASSICAL', costPerParticipant: 3_800_000 },
  { code: 'PL-KES-2', title: 'Manajemen Puskesmas', competencyCode: 'T-KES', levelFrom: 3, levelTo: 5, hoursJp: 40, mode: 'CLASSICAL', costPerParticipant: 5_500_000 },
  { code: 'PL-TIK', title: 'Literasi Digital Pemerintahan', competencyCode: 'T-TIK', levelFrom: 1, levelTo: 3, hoursJp: 20, mode: 'NON_CLASSICAL', costPerParticipant: 800_000 },
  { code: 'PL-SPBE', title: 'Implementasi SPBE dan Keamanan Informasi', competencyCode: 'T-TIK', levelFrom: 2, levelTo: 4, hoursJp: 30, mode: 'CLASSICAL', costPerParticipant: 3_600_000 },
  { code: 'PL-INF', title: 'Manajemen Proyek Konstruksi', competencyCode: 'T-INF', levelFrom: 1, levelTo: 4, hoursJp: 48, mode: 'CLASSICAL', costPerParticipant: 6_000_000 },
  { code: 'PL-KEU', title: 'Penatausahaan Keuangan Daerah (SIPD)', competencyCode: 'T-KEU', levelFrom: 1, levelTo: 3, hoursJp: 32, mode: 'CLASSICAL', costPerParticipant: 3_000_000 },
  { code: 'PL-KEU-2', title: 'Akuntansi dan Pelaporan Keuangan Daerah', competencyCode: 'T-KEU', levelFrom: 2, levelTo: 4, hoursJp: 40, mode: 'CLASSICAL', costPerParticipant: 4_500_000 },
  { code: 'PL-ADK', title: 'Pelayanan Adminduk dan Identitas Kependudukan Digital', competencyCode: 'T-ADK', levelFrom: 1, levelTo: 3, hoursJp: 24, mode: 'CLASSICAL', costPerParticipant: 2_200_000 },
];

export interface DemoCycle {
  code: string;
  name: string;
  kind: 'ANNUAL';
  year: number;
  /** Share of employees in service who have an appraisal (the oldest year was the roll-out). */
  coverage: number;
}

export const DEMO_CYCLES: readonly DemoCycle[] = [
  { code: '2023-TAHUNAN', name: 'Penilaian Kinerja Tahunan 2023', kind: 'ANNUAL', year: 2023, coverage: 0.9 },
  { code: '2024-TAHUNAN', name: 'Penilaian Kinerja Tahunan 2024', kind: 'ANNUAL', year: 2024, coverage: 0.955 },
  { code: '2025-TAHUNAN', name: 'Penilaian Kinerja Tahunan 2025', kind: 'ANNUAL', year: 2025, coverage: 0.97 },
];

/** Latest month a first appointment may carry (SPEC §7: not after 2025-12). */
export const LAST_APPOINTMENT_YEAR = 2025;
