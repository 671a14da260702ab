/** Competency category (jenis kompetensi). PermenPANRB 38/2017 art. 2. */
export const CompetencyCategory = {
  /** kompetensi manajerial */
  MANAGERIAL: 'MANAGERIAL',
  /** kompetensi sosial kultural */
  SOCIO_CULTURAL: 'SOCIO_CULTURAL',
  /** kompetensi teknis: defined per agency, not in the national catalogue */
  TECHNICAL: 'TECHNICAL',
} as const;
export type CompetencyCategory = (typeof CompetencyCategory)[keyof typeof CompetencyCategory];
export const COMPETENCY_CATEGORIES = Object.values(CompetencyCategory);

/** Competency levels run 1..5 (level kompetensi). PermenPANRB 38/2017. */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export type CompetencyLevel = 1 | 2 | 3 | 4 | 5;
export const COMPETENCY_LEVELS: readonly CompetencyLevel[] = [1, 2, 3, 4, 5];

export function isCompetencyLevel(n: number): n is CompetencyLevel {
  return Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL;
}

/** One descriptor per level, level 1 first. */
export type LevelDescriptors = readonly [string, string, string, string, string];

export interface NationalCompetency {
  code: string;
  name: string;
  category: CompetencyCategory;
  descriptors: LevelDescriptors;
}

/**
 * The national catalogue: 8 managerial competencies and 1 socio-cultural one, with abridged level
 * descriptors (deskripsi level). PermenPANRB 38/2017, lampiran (kamus kompetensi).
 */
export const NATIONAL_COMPETENCIES: readonly NationalCompetency[] = [
  {
    code: 'M01',
    name: 'Integritas',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi',
      'Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma dan etika organisasi',
      'Memastikan anggota yang dipimpin bertindak sesuai nilai, norma dan etika organisasi',
      'Menciptakan situasi kerja yang membuat anggota bertindak sesuai etika organisasi',
      'Menjadi teladan penerapan standar keadilan dan etika di tingkat nasional',
    ],
  },
  {
    code: 'M02',
    name: 'Kerja Sama',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Berpartisipasi aktif dalam kelompok kerja',
      'Menumbuhkan tim kerja yang partisipatif dan efektif',
      'Membangun tim kerja yang efektif untuk meningkatkan kinerja organisasi',
      'Membangun komitmen dan sinergi tim lintas unit',
      'Menciptakan kerja sama yang konsisten di dalam dan di luar instansi',
    ],
  },
  {
    code: 'M03',
    name: 'Komunikasi',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Menyampaikan informasi dengan jelas, lengkap dan mudah dipahami',
      'Aktif berkomunikasi formal dan informal serta mendengarkan orang lain',
      'Berkomunikasi secara asertif untuk menyampaikan informasi yang sensitif atau rumit',
      'Mengemukakan pemikiran multidimensi untuk mendorong kesepakatan',
      'Menggagas sistem komunikasi terbuka yang strategis untuk mencari solusi',
    ],
  },
  {
    code: 'M04',
    name: 'Orientasi pada Hasil',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Bertanggung jawab memenuhi standar kerja',
      'Berupaya melampaui standar kerja dan mencoba metode alternatif',
      'Menetapkan target kerja yang menantang bagi unit kerja',
      'Mendorong unit kerja mencapai atau melampaui target yang ditetapkan',
      'Membangun budaya kinerja tinggi di tingkat organisasi dan nasional',
    ],
  },
  {
    code: 'M05',
    name: 'Pelayanan Publik',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Menjalankan tugas sesuai standar pelayanan',
      'Menyelia dan menjelaskan proses pelayanan publik secara transparan',
      'Memperbaiki standar pelayanan publik di lingkup unit kerja',
      'Mengantisipasi isu jangka panjang dalam pelayanan pemangku kepentingan',
      'Menjamin kebijakan pelayanan publik yang objektif, netral dan tidak diskriminatif',
    ],
  },
  {
    code: 'M06',
    name: 'Pengembangan Diri dan Orang Lain',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Mengembangkan diri sesuai kebutuhan jabatan',
      'Meningkatkan kemampuan bawahan dengan contoh dan penjelasan cara kerja',
      'Memberikan umpan balik dan membimbing pegawai',
      'Menyusun program pengembangan jangka panjang bagi unit kerja',
      'Membangun organisasi pembelajar yang berkelanjutan',
    ],
  },
  {
    code: 'M07',
    name: 'Mengelola Perubahan',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Menyesuaikan diri dengan perubahan',
      'Proaktif beradaptasi dengan perubahan',
      'Membantu orang lain mengikuti perubahan',
      'Memimpin perubahan pada unit kerja',
      'Mengelola perubahan yang berdampak luas bagi organisasi',
    ],
  },
  {
    code: 'M08',
    name: 'Pengambilan Keputusan',
    category: CompetencyCategory.MANAGERIAL,
    descriptors: [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam',
      'Membandingkan alternatif dan menimbang risiko implementasi',
      'Menyelesaikan masalah berisiko tinggi dan memitigasi dampaknya',
      'Mengambil keputusan strategis untuk masalah jangka panjang',
    ],
  },
  {
    code: 'SK01',
    name: 'Perekat Bangsa',
    category: CompetencyCategory.SOCIO_CULTURAL,
    descriptors: [
      'Peka memahami dan menerima kemajemukan',
      'Aktif mengembangkan sikap saling menghargai dan persatuan',
      'Mempromosikan sikap toleransi dan persatuan di lingkungan kerja',
      'Mendayagunakan perbedaan secara konstruktif untuk efektivitas organisasi',
      'Menjadi wakil pemerintah dalam membangun hubungan sosial yang harmonis',
    ],
  },
];
