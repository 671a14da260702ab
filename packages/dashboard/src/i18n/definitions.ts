// Definitions of the figures, shown in the tooltip of every number. English comes from the schema's
// own field descriptions (generated); the most important ones are translated here for Bahasa Indonesia.
// A key missing here falls back to the English description, so a new figure is never left unexplained.
import { FIELD_DESCRIPTIONS, type FieldDescriptionKey } from '../graphql/generated/field-descriptions';
import type { AppLocale } from './index';

type Definitions = Partial<Record<FieldDescriptionKey, string>>;

/** The same figure on several result types (summary, trend point, comparison row) has one definition. */
function onTypes(types: readonly string[], fields: Record<string, string>): Definitions {
  const out: Record<string, string> = {};
  for (const type of types) for (const [field, text] of Object.entries(fields)) out[`${type}.${field}`] = text;
  return out as Definitions;
}

const SUMMARY = {
  headcount: 'Pegawai aktif dalam cakupan (instansi terpilih dan seluruh unit di bawahnya).',
  appraisals: 'Pegawai dalam cakupan yang memiliki penilaian kinerja pada periode ini.',
  finalized: 'Pegawai dalam cakupan yang penilaiannya pada periode ini sudah FINAL.',
  completionRate: 'Penilaian final ÷ pegawai aktif.',
  fitIndex:
    'Indeks kesesuaian kompetensi, 0–100: rata-rata per pegawai dari 100 × rata-rata min(level dinilai ÷ level standar, 1) atas kompetensi wajib yang sudah dinilai.',
  gapRate: 'Pasangan (pegawai, kompetensi wajib) yang dinilai dan memiliki kesenjangan ÷ seluruh pasangan yang dinilai.',
  jp20Compliance: 'Bagian pegawai aktif yang riwayat pengembangan kompetensinya pada tahun kalender periode ini mencapai 20 JP.',
  selfSupervisorDiff:
    'Rata-rata level penilaian diri dikurangi level dari atasan, atas kompetensi wajib yang dinilai keduanya; positif berarti pegawai menilai dirinya lebih tinggi.',
  predicateDistribution: 'Jumlah dan bagian setiap predikat di antara penilaian yang sudah final.',
  suppressed: 'Kelompok dengan kurang dari 5 pegawai disembunyikan untuk peran Analis agar tidak ada individu yang dapat dikenali.',
};

const GAP = {
  employees: 'Pasangan (pegawai, kompetensi) yang diwajibkan standar kompetensi jabatan pegawai aktif.',
  assessed: 'Pasangan wajib yang memiliki level dinilai (asesor, jika tidak ada maka atasan).',
  unassessed: 'Pasangan wajib yang belum memiliki level dinilai.',
  withGap: 'Pasangan yang dinilai dengan kesenjangan (level standar − level dinilai) minimal 1.',
  gapRate: 'Pasangan dengan kesenjangan ÷ pasangan yang dinilai.',
  meanGap: 'Σ max(0, level standar − level dinilai) ÷ pasangan yang dinilai, dalam level.',
  burden: 'Beban kesenjangan: Σ max(0, level standar − level dinilai), dalam poin level.',
};

const ID: Definitions = {
  ...onTypes(['AnalyticsSummary', 'TrendPoint', 'AgencyComparisonRow'], SUMMARY),
  ...onTypes(['CompetencyGapRow'], GAP),
  'TrainingNeeds.headcount': SUMMARY.headcount,
  'TrainingNeeds.compliant': 'Pegawai yang riwayat pelatihannya pada tahun kalender periode ini berjumlah minimal 20 JP.',
  'TrainingNeeds.jp20Compliance': 'Pegawai yang memenuhi 20 JP ÷ pegawai aktif (ketentuan 20 JP per tahun).',
  'TrainingNeedRow.employees': 'Pegawai aktif dalam cakupan yang jabatannya mewajibkan kompetensi ini.',
  'TrainingNeedRow.employeesWithGap': 'Pegawai yang kesenjangannya pada kompetensi ini minimal 1 level.',
  'TrainingNeedRow.burden': 'Σ kesenjangan para pegawai tersebut, dalam poin level.',
  'TrainingNeedRow.estimatedHoursJp': 'Σ JP program yang direkomendasikan atas seluruh pesertanya.',
  'TrainingNeedRow.estimatedCost': 'Σ biaya program yang direkomendasikan atas seluruh pesertanya, dalam rupiah.',
  'TrainingNeedRow.uncoveredEmployees':
    'Pegawai dengan kesenjangan yang tidak tercakup program mana pun dalam katalog (celah katalog).',
  'TrainingNeedRow.programs':
    'Program yang direkomendasikan: program kompetensi ini dengan level awal ≤ level dinilai < level akhir; level akhir tertinggi, lalu JP tersedikit.',
  'TrainingNeedProgramRow.participants': 'Pegawai dengan kesenjangan yang direkomendasikan mengikuti program ini.',
  'TrainingNeedProgramRow.hoursJp': 'Peserta × JP program.',
  'TrainingNeedProgramRow.cost': 'Peserta × biaya per peserta, dalam rupiah.',
  'TrainingEffectRow.trained':
    'Dilatih: anggota kohort yang memiliki riwayat pelatihan program ini yang selesai dalam bulan-bulan periode ini. Kohort: pegawai aktif yang jabatannya mewajibkan kompetensi program, berkesenjangan (≥ 1) pada periode sebelumnya (C′, periode sejenis terakhir yang berakhir sebelum periode ini mulai) dan dinilai lagi pada periode ini.',
  'TrainingEffectRow.comparison':
    'Pembanding: anggota kohort kompetensi yang sama yang tidak memiliki riwayat program apa pun dari kompetensi itu dalam bulan-bulan periode ini.',
  'TrainingEffectRow.meanGapBefore': 'Rata-rata kesenjangan peserta pada periode sebelumnya: Σ (level standar − level sebelum) ÷ dilatih.',
  'TrainingEffectRow.meanGapAfter': 'Rata-rata kesenjangan peserta pada periode ini: Σ max(0, level standar − level sesudah) ÷ dilatih.',
  'TrainingEffectRow.closed': 'Peserta yang kesenjangannya pada periode ini 0.',
  'TrainingEffectRow.closedRate': 'Bagian peserta yang kesenjangannya pada periode ini 0: tertutup ÷ dilatih.',
  'TrainingEffectRow.meanLevelBefore': 'Rata-rata level dinilai peserta pada periode sebelumnya.',
  'TrainingEffectRow.meanLevelAfter': 'Rata-rata level dinilai peserta pada periode ini.',
  'TrainingEffectRow.comparisonMeanLevelBefore': 'Rata-rata level dinilai kelompok pembanding pada periode sebelumnya.',
  'TrainingEffectRow.comparisonMeanLevelAfter': 'Rata-rata level dinilai kelompok pembanding pada periode ini.',
  'TrainingEffectRow.meanLevelChange': 'Rata-rata (level periode ini − level periode sebelumnya) atas peserta.',
  'TrainingEffectRow.comparisonMeanLevelChange': 'Rata-rata (level periode ini − level periode sebelumnya) atas kelompok pembanding; kosong bila kelompok kosong.',
  'TrainingEffectRow.effect':
    'Efek = perubahan level rata-rata peserta − perubahan level rata-rata pembanding, dalam level; kosong bila salah satu kelompok kosong.',
  'TrainingEffectRow.costPerClosedGap': 'Biaya per kesenjangan tertutup: biaya per peserta × dilatih ÷ tertutup, dalam rupiah; kosong bila tidak ada yang tertutup.',
  'TrainingEffectRow.suppressed':
    'Untuk peran Analis, program yang kelompok dilatih atau pembandingnya berisi 1–4 orang (atau dapat dikenali dengan pengurangan dari jawaban lain) disembunyikan.',
  'TrainingEffectMember.required': 'Level yang diwajibkan standar kompetensi jabatan saat ini.',
  'TrainingEffectMember.levelBefore': 'Level dinilai (asesor, jika tidak ada maka atasan) pada periode sebelumnya.',
  'TrainingEffectMember.levelAfter': 'Level dinilai pada periode ini.',
  'TrainingEffectMember.gapAfter': 'max(0, level standar − level sesudah): 0 berarti kesenjangan tertutup.',
  'TalentBoxes.placed': 'Pegawai yang ditempatkan dalam kotak: penilaian final pada periode ini dan memiliki indeks kesesuaian.',
  'TalentBox.count': 'Pegawai dengan penilaian final dan indeks kesesuaian yang berada di kotak ini.',
  'TalentBox.performance': 'Sumbu kinerja: di atas ekspektasi (Sangat Baik), sesuai (Baik), di bawah (predikat lain).',
  'TalentBox.potential': 'Sumbu potensi dari indeks kesesuaian: rendah (< 70), menengah (70–< 90), tinggi (≥ 90).',
  'TalentBox.followUpId': 'Rekomendasi tindak lanjut bagi pegawai di kotak ini (PermenPANRB 3/2020).',
  'TalentBoxMember.fitIndex': 'Indeks kesesuaian kompetensi pegawai, 0–100.',
  'TalentBoxMember.predicate': 'Predikat kinerja pada penilaian yang sudah final.',
  'CompetencyProfileRow.required': 'Level yang diwajibkan standar kompetensi jabatan pegawai.',
  'CompetencyProfileRow.self': 'Level dari penilaian diri (tidak dihitung sebagai level dinilai).',
  'CompetencyProfileRow.supervisor': 'Level yang diberikan atasan langsung.',
  'CompetencyProfileRow.assessor': 'Level dari assessment center; didahulukan daripada level atasan.',
  'CompetencyProfileRow.assessed': 'Level yang dihitung: asesor, jika tidak ada maka atasan; kosong bila belum dinilai.',
  'CompetencyProfileRow.gap': 'max(0, level standar − level dinilai); kosong bila belum dinilai.',
  'GapEmployee.required': 'Level yang diwajibkan standar kompetensi jabatan.',
  'GapEmployee.assessed': 'Level dinilai (asesor, jika tidak ada maka atasan).',
  'GapEmployee.gap': 'Level standar − level dinilai.',
  'GapEmployee.recommendedProgram': 'Program yang direkomendasikan; kosong bila tidak ada program dalam katalog yang mencakup kesenjangan ini.',
  'RaterLeniencyRow.meanGiven': 'Rata-rata level yang diberikan penilai ini.',
  'RaterLeniencyRow.baselineMean': 'Rata-rata semua level dari atasan di pemerintah daerah yang sama.',
  'RaterLeniencyRow.difference': 'Rata-rata penilai − rata-rata pemda: positif berarti murah hati, negatif berarti ketat.',
  'RaterLeniencyRow.ratings': 'Level dari atasan ini untuk pegawai aktif dalam cakupan.',
  'RaterLeniencyRow.flagged': '|selisih| ≥ 0,75 dengan minimal 10 penilaian.',
  'TrainingRecord.hoursJp': 'Jam pelajaran (JP) yang diperoleh; dihitung untuk 20 JP per tahun (PP 11/2017 pasal 203).',
};

/** The Indonesian definitions written here (for tests: each must name a field the schema has). */
export const INDONESIAN_DEFINITIONS: Readonly<Definitions> = ID;

/** The definition of a figure in the UI language; English from the schema when not translated. */
export function definitionOf(key: FieldDescriptionKey, locale: AppLocale): string {
  return (locale === 'id' ? ID[key] : undefined) ?? FIELD_DESCRIPTIONS[key];
}
