// The organisation of the demo dataset: four local governments (the regions of the seed
// documents), their agencies, and units below the agencies, sized to the requested headcount.
//
// Scaling rule: office-type agencies (Setda, BKPSDM, BPKAD…) have a fixed set of named bidang and
// are capped at a realistic size; the service agencies (schools under Dinas Pendidikan,
// puskesmas under Dinas Kesehatan) take the rest and grow by adding numbered units. Every unit
// stays around 15–60 people whatever the total.
import { REGIONAL_NAMES, type NamePool } from './demo-names.js';
import { Prng, WeightedChoice } from './prng.js';

/** Values of `agencies.csv:kind` (jenis instansi / unit kerja). */
export type AgencyKind = 'PEMDA' | 'SEKRETARIAT' | 'BADAN' | 'DINAS' | 'KECAMATAN' | 'KELURAHAN' | 'UNIT' | 'UPT';

export interface UnitTemplate {
  /** UNIT for a bidang or bagian, UPT for a school, puskesmas or technical unit, KELURAHAN. */
  kind: 'UNIT' | 'UPT' | 'KELURAHAN';
  headPosition: string;
  /** Kepala seksi and the like, between the unit head and the staff; added from 8 people on. */
  middlePosition?: string;
  staff: WeightedChoice<string>;
  typicalSize: number;
}

interface NamedUnit {
  key: string;
  name: string;
  template: UnitTemplate;
}

interface Kecamatan {
  key: string;
  name: string;
  kelurahan: readonly string[];
}

export interface Region {
  code: keyof typeof REGIONAL_NAMES;
  name: string;
  /** How agency names end: "Dinas Kesehatan Kota Kendari". */
  place: string;
  /** How school names end: "SD Negeri 12 Kendari". */
  schoolPlace: string;
  weight: number;
  puskesmas: readonly string[];
  kecamatan: readonly Kecamatan[];
  names: NamePool;
}

interface AgencyTemplate {
  key: string;
  name: (region: Region) => string;
  kind: AgencyKind;
  headPosition: string;
  secretaryPosition?: string;
  /** Share of the region's workforce. */
  weight: number;
  /** Present even in a tiny dataset. */
  core: boolean;
  units: (region: Region) => readonly NamedUnit[];
  /** Service units added as the agency grows; an agency without them is capped in size. */
  series?: (n: number, region: Region) => NamedUnit;
}

const staff = (entries: readonly (readonly [string, number])[]): WeightedChoice<string> => new WeightedChoice(entries);

const OFFICE_STAFF = staff([['PLK-ADM', 0.45], ['PLK-KEU', 0.25], ['FNG-ARSIPARIS', 0.1], ['FNG-PERENCANA', 0.1], ['PLK-OPERATOR', 0.1]]);

const bidang = (staffMix: WeightedChoice<string>, typicalSize = 22): UnitTemplate => ({
  kind: 'UNIT',
  headPosition: 'ADM-KABID',
  middlePosition: 'PGW-KASI',
  staff: staffMix,
  typicalSize,
});

const SETDA_BAGIAN: UnitTemplate = {
  kind: 'UNIT',
  headPosition: 'ADM-KABAG',
  staff: staff([
    ['PLK-ADM', 0.35], ['FNG-PERENCANA', 0.1], ['FNG-ANALIS-KEU', 0.1], ['FNG-ARSIPARIS', 0.1],
    ['PLK-KEU', 0.15], ['FNG-PRAKOM', 0.05], ['PLK-OPERATOR', 0.1], ['FNG-ANALIS-SDM', 0.05],
  ]),
  typicalSize: 22,
};
const BKD_STAFF = staff([['FNG-ANALIS-SDM', 0.35], ['PLK-ADM', 0.3], ['FNG-PRAKOM', 0.1], ['PLK-OPERATOR', 0.15], ['FNG-ARSIPARIS', 0.1]]);
const BKD_BIDANG = bidang(BKD_STAFF);
const BKD_UPT: UnitTemplate = { kind: 'UPT', headPosition: 'PGW-KAUPT', staff: BKD_STAFF, typicalSize: 20 };
const DISDIK_BIDANG = bidang(
  staff([['PLK-ADM', 0.35], ['FNG-PERENCANA', 0.1], ['PLK-OPERATOR', 0.2], ['FNG-PRAKOM', 0.1], ['PLK-KEU', 0.15], ['FNG-ANALIS-SDM', 0.1]]),
);
const SCHOOL_STAFF = staff([['FNG-GURU', 0.52], ['FNG-GURU-MUDA', 0.33], ['PLK-ADM', 0.1], ['PLK-OPERATOR', 0.05]]);
const SD: UnitTemplate = { kind: 'UPT', headPosition: 'FNG-KEPSEK', staff: SCHOOL_STAFF, typicalSize: 24 };
const SMP: UnitTemplate = { kind: 'UPT', headPosition: 'FNG-KEPSEK', staff: SCHOOL_STAFF, typicalSize: 36 };
const DINKES_BIDANG = bidang(
  staff([['PLK-ADM', 0.3], ['FNG-PERAWAT', 0.15], ['FNG-DOKTER', 0.05], ['FNG-PERENCANA', 0.1], ['PLK-OPERATOR', 0.15], ['FNG-PRAKOM', 0.05], ['PLK-KEU', 0.2]]),
);
const PUSKESMAS: UnitTemplate = {
  kind: 'UPT',
  headPosition: 'PGW-KAPKM',
  staff: staff([['FNG-PERAWAT', 0.2], ['FNG-PERAWAT-TRL', 0.25], ['FNG-BIDAN', 0.25], ['FNG-DOKTER', 0.08], ['PLK-ADM', 0.12], ['PLK-PELAYANAN', 0.1]]),
  typicalSize: 42,
};
const DUKCAPIL_BIDANG = bidang(staff([['FNG-ADMINDUK', 0.25], ['PLK-ADMINDUK', 0.35], ['PLK-PELAYANAN', 0.25], ['PLK-OPERATOR', 0.15]]), 24);
const DPMPTSP_BIDANG = bidang(staff([['FNG-PENATA-IZIN', 0.3], ['PLK-PELAYANAN', 0.35], ['PLK-ADM', 0.2], ['FNG-PRAKOM', 0.15]]), 20);
const PUPR_BIDANG = bidang(staff([['FNG-TEKNIK', 0.3], ['FNG-TATA-BANGUNAN', 0.2], ['PLK-ADM', 0.2], ['PLK-OPERATOR', 0.2], ['PLK-KEU', 0.1]]), 26);
const PUPR_UPTD: UnitTemplate = {
  kind: 'UPT',
  headPosition: 'PGW-KAUPT',
  staff: staff([['PLK-OPERATOR', 0.6], ['FNG-TEKNIK', 0.2], ['PLK-ADM', 0.2]]),
  typicalSize: 24,
};
const BPKAD_BIDANG = bidang(staff([['FNG-ANALIS-KEU', 0.35], ['PLK-KEU', 0.4], ['PLK-ADM', 0.15], ['FNG-PRAKOM', 0.1]]));
// Bappeda's bidang lost their kepala seksi in the 2021 delayering; planners report to the head.
const BAPPEDA_BIDANG: UnitTemplate = {
  kind: 'UNIT',
  headPosition: 'ADM-KABID',
  staff: staff([['FNG-PERENCANA', 0.45], ['PLK-ADM', 0.3], ['FNG-PRAKOM', 0.1], ['PLK-OPERATOR', 0.15]]),
  typicalSize: 20,
};
const KOMINFO_BIDANG = bidang(staff([['FNG-PRAKOM', 0.45], ['PLK-OPERATOR', 0.25], ['PLK-ADM', 0.2], ['PLK-PELAYANAN', 0.1]]), 20);
const DINSOS_BIDANG = bidang(staff([['PLK-PELAYANAN', 0.4], ['PLK-ADM', 0.4], ['PLK-OPERATOR', 0.2]]), 20);
const KELURAHAN: UnitTemplate = {
  kind: 'KELURAHAN',
  headPosition: 'PGW-LURAH',
  middlePosition: 'PGW-KASI',
  staff: staff([['PLK-PELAYANAN', 0.4], ['PLK-ADM', 0.4], ['PLK-ADMINDUK', 0.2]]),
  typicalSize: 18,
};

const named = (template: UnitTemplate, units: readonly (readonly [string, string])[]): readonly NamedUnit[] =>
  units.map(([key, name]) => ({ key, name, template }));

const pad3 = (n: number): string => String(n).padStart(3, '0');

const AGENCY_TEMPLATES: readonly AgencyTemplate[] = [
  {
    key: 'SETDA', name: (r) => `Sekretariat Daerah ${r.place}`, kind: 'SEKRETARIAT', headPosition: 'JPT-SEKDA',
    weight: 0.055, core: true,
    units: () => named(SETDA_BAGIAN, [
      ['TAPEM', 'Bagian Tata Pemerintahan'], ['HUKUM', 'Bagian Hukum'], ['KESRA', 'Bagian Kesejahteraan Rakyat'],
      ['UMUM', 'Bagian Umum'], ['ORG', 'Bagian Organisasi'], ['EKON', 'Bagian Perekonomian dan Sumber Daya Alam'],
      ['PBJ', 'Bagian Pengadaan Barang dan Jasa'], ['PEMB', 'Bagian Administrasi Pembangunan'],
      ['PROKOPIM', 'Bagian Protokol dan Komunikasi Pimpinan'], ['RENKEU', 'Bagian Perencanaan dan Keuangan'],
    ]),
  },
  {
    key: 'BKD', name: (r) => `Badan Kepegawaian dan Pengembangan SDM ${r.place}`, kind: 'BADAN',
    headPosition: 'JPT-KABAN', secretaryPosition: 'ADM-SEKBAN', weight: 0.03, core: true,
    units: () => [
      ...named(BKD_BIDANG, [
        ['MUT', 'Bidang Mutasi dan Promosi'], ['PKP', 'Bidang Penilaian Kinerja dan Pengembangan'],
        ['PPI', 'Bidang Pengadaan, Pemberhentian dan Informasi'], ['PKA', 'Bidang Pengembangan Kompetensi Aparatur'],
      ]),
      { key: 'UPTPK', name: 'UPT Penilaian Kompetensi', template: BKD_UPT },
    ],
  },
  {
    key: 'DISDIK', name: (r) => `Dinas Pendidikan ${r.place}`, kind: 'DINAS', headPosition: 'JPT-KADIS',
    secretaryPosition: 'ADM-SEKDIS', weight: 0.42, core: true,
    units: () => named(DISDIK_BIDANG, [
      ['SD', 'Bidang Pembinaan Sekolah Dasar'], ['SMP', 'Bidang Pembinaan Sekolah Menengah Pertama'],
      ['GTK', 'Bidang Guru dan Tenaga Kependidikan'], ['PAUD', 'Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal'],
    ]),
    // Three primary schools for every junior secondary school.
    series: (n, r) => {
      if (n % 4 === 3) {
        const k = (n + 1) / 4;
        return { key: `SMPN${pad3(k)}`, name: `SMP Negeri ${k} ${r.schoolPlace}`, template: SMP };
      }
      const k = n - Math.floor(n / 4) + 1;
      return { key: `SDN${pad3(k)}`, name: `SD Negeri ${k} ${r.schoolPlace}`, template: SD };
    },
  },
  {
    key: 'DINKES', name: (r) => `Dinas Kesehatan ${r.place}`, kind: 'DINAS', headPosition: 'JPT-KADIS',
    secretaryPosition: 'ADM-SEKDIS', weight: 0.22, core: true,
    units: () => named(DINKES_BIDANG, [
      ['KESMAS', 'Bidang Kesehatan Masyarakat'], ['P2P', 'Bidang Pencegahan dan Pengendalian Penyakit'],
      ['YANKES', 'Bidang Pelayanan dan Sumber Daya Kesehatan'],
    ]),
    series: (n, r) => {
      const place = r.puskesmas[n] ?? `${r.schoolPlace} ${n - r.puskesmas.length + 1}`;
      return { key: `PKM${pad3(n + 1)}`, name: `UPTD Puskesmas ${place}`, template: PUSKESMAS };
    },
  },
  {
    key: 'DUKCAPIL', name: (r) => `Dinas Kependudukan dan Pencatatan Sipil ${r.place}`, kind: 'DINAS',
    headPosition: 'JPT-KADIS', secretaryPosition: 'ADM-SEKDIS', weight: 0.035, core: false,
    units: () => named(DUKCAPIL_BIDANG, [
      ['DAFDUK', 'Bidang Pelayanan Pendaftaran Penduduk'], ['CAPIL', 'Bidang Pelayanan Pencatatan Sipil'],
      ['PIAK', 'Bidang Pengelolaan Informasi Administrasi Kependudukan'], ['PDIP', 'Bidang Pemanfaatan Data dan Inovasi Pelayanan'],
    ]),
  },
  {
    key: 'DPMPTSP', name: (r) => `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${r.place}`, kind: 'DINAS',
    headPosition: 'JPT-KADIS', secretaryPosition: 'ADM-SEKDIS', weight: 0.025, core: false,
    units: () => named(DPMPTSP_BIDANG, [
      ['IZIN', 'Bidang Pelayanan Perizinan dan Nonperizinan'], ['PM', 'Bidang Penanaman Modal'],
      ['DUAN', 'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan'], ['DATA', 'Bidang Data dan Sistem Informasi'],
    ]),
  },
  {
    key: 'PUPR', name: (r) => `Dinas Pekerjaan Umum dan Penataan Ruang ${r.place}`, kind: 'DINAS',
    headPosition: 'JPT-KADIS', secretaryPosition: 'ADM-SEKDIS', weight: 0.05, core: false,
    units: () => [
      ...named(PUPR_BIDANG, [
        ['BM', 'Bidang Bina Marga'], ['SDA', 'Bidang Sumber Daya Air'], ['CK', 'Bidang Cipta Karya'],
        ['TR', 'Bidang Penataan Ruang'],
      ]),
      { key: 'ALKAL', name: 'UPTD Peralatan dan Perbekalan', template: PUPR_UPTD },
    ],
  },
  {
    key: 'BPKAD', name: (r) => `Badan Pengelolaan Keuangan dan Aset Daerah ${r.place}`, kind: 'BADAN',
    headPosition: 'JPT-KABAN', secretaryPosition: 'ADM-SEKBAN', weight: 0.035, core: false,
    units: () => named(BPKAD_BIDANG, [
      ['ANG', 'Bidang Anggaran'], ['BEND', 'Bidang Perbendaharaan'], ['AKT', 'Bidang Akuntansi dan Pelaporan'],
      ['ASET', 'Bidang Pengelolaan Aset Daerah'],
    ]),
  },
  {
    key: 'BAPPEDA', name: (r) => `Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah ${r.place}`, kind: 'BADAN',
    headPosition: 'JPT-KABAN', secretaryPosition: 'ADM-SEKBAN', weight: 0.025, core: false,
    units: () => named(BAPPEDA_BIDANG, [
      ['PPE', 'Bidang Perencanaan, Pengendalian dan Evaluasi'], ['EKO', 'Bidang Perekonomian dan Sumber Daya Alam'],
      ['PPM', 'Bidang Pemerintahan dan Pembangunan Manusia'], ['INFRA', 'Bidang Infrastruktur dan Kewilayahan'],
      ['RISET', 'Bidang Riset dan Inovasi'],
    ]),
  },
  {
    key: 'KOMINFO', name: (r) => `Dinas Komunikasi, Informatika dan Statistik ${r.place}`, kind: 'DINAS',
    headPosition: 'JPT-KADIS', secretaryPosition: 'ADM-SEKDIS', weight: 0.025, core: false,
    units: () => named(KOMINFO_BIDANG, [
      ['APTIKA', 'Bidang Aplikasi Informatika'], ['IKP', 'Bidang Informasi dan Komunikasi Publik'],
      ['SANDI', 'Bidang Persandian dan Statistik'],
    ]),
  },
  {
    key: 'DINSOS', name: (r) => `Dinas Sosial ${r.place}`, kind: 'DINAS', headPosition: 'JPT-KADIS',
    secretaryPosition: 'ADM-SEKDIS', weight: 0.025, core: false,
    units: () => named(DINSOS_BIDANG, [
      ['REHSOS', 'Bidang Rehabilitasi Sosial'], ['LINJAMSOS', 'Bidang Perlindungan dan Jaminan Sosial'],
      ['DAYASOS', 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin'],
    ]),
  },
];

/** Share of a region's workforce in its kecamatan offices and kelurahan, split over its kecamatan. */
const KECAMATAN_WEIGHT = 0.05;

const codeOf = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

function kecamatanTemplate(kecamatan: Kecamatan, weight: number): AgencyTemplate {
  return {
    key: `KEC-${kecamatan.key}`,
    name: () => `Kecamatan ${kecamatan.name}`,
    kind: 'KECAMATAN',
    headPosition: 'ADM-CAMAT',
    secretaryPosition: 'ADM-SEKCAM',
    weight,
    core: false,
    units: () =>
      kecamatan.kelurahan.map((name) => ({ key: `KEL-${codeOf(name)}`, name: `Kelurahan ${name}`, template: KELURAHAN })),
  };
}

export const DEMO_REGIONS: readonly Region[] = [
  {
    code: 'KDI', name: 'Pemerintah Kota Kendari', place: 'Kota Kendari', schoolPlace: 'Kendari', weight: 0.34,
    names: REGIONAL_NAMES.KDI,
    puskesmas: [
      'Mandonga', 'Puuwatu', 'Lepo-Lepo', 'Poasia', 'Abeli', 'Nambo', 'Kandai', 'Benu-Benu', 'Mata', 'Kemaraya',
      'Perumnas', 'Jati Raya', 'Wua-Wua', 'Labibia', 'Mokoau',
    ],
    kecamatan: [
      { key: 'MDG', name: 'Mandonga', kelurahan: ['Mandonga', 'Korumba', 'Labibia', 'Alolama', 'Wawombalata', 'Anggilowu'] },
      { key: 'KDA', name: 'Kadia', kelurahan: ['Kadia', 'Pondambea', 'Bende', 'Anaiwoi', 'Wowawanggu'] },
      { key: 'PSA', name: 'Poasia', kelurahan: ['Anduonohu', 'Rahandouna', 'Anggoeya', 'Matabubu', 'Wundudopi'] },
      { key: 'BRG', name: 'Baruga', kelurahan: ['Baruga', 'Lepo-Lepo', 'Watubangga', 'Wundumbatu'] },
      { key: 'PWT', name: 'Puuwatu', kelurahan: ['Puuwatu', 'Punggolaka', 'Abeli Dalam', 'Watulondo', 'Tobuuha', 'Lalodati'] },
    ],
  },
  {
    code: 'PAUH', name: 'Pemerintah Pauh', place: 'Pauh', schoolPlace: 'Pauh', weight: 0.22, names: REGIONAL_NAMES.PAUH,
    puskesmas: ['Pauh', 'Lambung Bukit', 'Limau Manis', 'Koto Luar', 'Piai Tangah'],
    kecamatan: [
      {
        key: 'PAUH', name: 'Pauh',
        kelurahan: [
          'Pisang', 'Binuang Kampung Dalam', 'Piai Tangah', 'Cupak Tangah', 'Kapalo Koto', 'Koto Luar',
          'Lambung Bukit', 'Limau Manis', 'Limau Manis Selatan',
        ],
      },
    ],
  },
  {
    code: 'TJS', name: 'Pemerintah Tanjung Selor', place: 'Tanjung Selor', schoolPlace: 'Tanjung Selor', weight: 0.2,
    names: REGIONAL_NAMES.TJS,
    puskesmas: ['Tanjung Selor', 'Jelarai', 'Sabanar', 'Apung', 'Gunung Seriang'],
    kecamatan: [
      {
        key: 'TJS', name: 'Tanjung Selor',
        kelurahan: [
          'Tanjung Selor Hilir', 'Tanjung Selor Hulu', 'Tanjung Selor Timur', 'Jelarai Selor', 'Bumi Rahayu',
          'Gunung Seriang', 'Apung', 'Gunung Sari', 'Tengkapak',
        ],
      },
    ],
  },
  {
    code: 'MLF', name: 'Pemerintah Maulafa', place: 'Maulafa', schoolPlace: 'Maulafa', weight: 0.24, names: REGIONAL_NAMES.MLF,
    puskesmas: ['Sikumana', 'Penfui', 'Oepura', 'Kolhua', 'Fatukoa'],
    kecamatan: [
      {
        key: 'MLF', name: 'Maulafa',
        kelurahan: ['Maulafa', 'Oepura', 'Sikumana', 'Fatukoa', 'Belo', 'Kolhua', 'Naikolan', 'Penfui', 'Naimata'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Planning

/** Largest office (head, secretary, subbagian and staff at agency level). */
const OFFICE_MAX = 25;
/** Largest named unit of a capped agency. */
const UNIT_MAX = 55;
/** A non-core agency appears once it would have at least this many people. */
const MIN_OPTIONAL_AGENCY = 12;
/** Agencies up to this size have no units: everyone works in the office. */
const MAX_OFFICE_ONLY = 6;

export interface PlannedGroup {
  /** `agencies.csv` code the members are placed in. */
  agencyCode: string;
  size: number;
  headPosition: string;
  secretaryPosition?: string;
  middlePosition?: string;
  staff: WeightedChoice<string>;
  /** The office group of an agency (its head leads the agency) rather than a unit. */
  isOffice: boolean;
}

export interface PlannedAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  region: Region;
  /** Index among all planned agencies (depth 1), used for per-agency effects. */
  index: number;
  /** Office first (its head is the agency head), then the units, in file order. */
  groups: PlannedGroup[];
  units: { code: string; name: string; kind: UnitTemplate['kind'] }[];
}

export interface PlannedRegion {
  region: Region;
  /** Setda first: its head is the Sekda, to whom every other agency head reports. */
  agencies: PlannedAgency[];
}

/**
 * Integer split of `total` proportional to `weights`, never above `caps` (water-filling, then
 * largest remainders). At least one weight must be uncapped, or the caps must hold the total.
 */
export function apportion(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const n = weights.length;
  const shares = new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  for (;;) {
    let free = total;
    let weightSum = 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) free -= shares[i] ?? 0;
      else weightSum += weights[i] ?? 0;
    }
    if (weightSum <= 0) break;
    let capped = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const share = (free * (weights[i] ?? 0)) / weightSum;
      const cap = caps?.[i] ?? Infinity;
      if (share > cap) {
        shares[i] = cap;
        fixed[i] = true;
        capped = true;
      } else {
        shares[i] = share;
      }
    }
    if (!capped) break;
  }
  const result = shares.map((share) => Math.floor(share));
  let left = total - result.reduce((sum, x) => sum + x, 0);
  const order = shares
    .map((share, i) => ({ i, frac: share - Math.floor(share) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if ((result[i] ?? 0) < (caps?.[i] ?? Infinity)) {
      result[i] = (result[i] ?? 0) + 1;
      left--;
    }
  }
  return result;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function planAgency(template: AgencyTemplate, region: Region, headcount: number, index: number, rng: Prng): PlannedAgency {
  const code = `${region.code}-${template.key}`;
  const agency: PlannedAgency = {
    code,
    name: template.name(region),
    kind: template.kind,
    region,
    index,
    groups: [],
    units: [],
  };
  const officeSize = headcount <= MAX_OFFICE_ONLY ? headcount : clamp(Math.round(headcount * 0.06), 3, OFFICE_MAX);
  agency.groups.push({
    agencyCode: code,
    size: officeSize,
    headPosition: template.headPosition,
    ...(template.secretaryPosition ? { secretaryPosition: template.secretaryPosition } : {}),
    middlePosition: 'PGW-KASUBBAG',
    staff: OFFICE_STAFF,
    isOffice: true,
  });
  const unitPeople = headcount - officeSize;
  if (unitPeople <= 0) return agency;

  const namedUnits = template.units(region);
  const series = template.series;
  const typical = series ? series(0, region).template.typicalSize : (namedUnits[0]?.template.typicalSize ?? 20);
  let unitCount = Math.max(1, Math.round(unitPeople / typical));
  if (!series) unitCount = Math.min(unitCount, namedUnits.length);
  // A growing agency keeps a few bidang at the head office; the rest are schools or puskesmas.
  const namedCount = series ? Math.min(namedUnits.length, Math.round(unitCount * 0.12)) : unitCount;
  const units: NamedUnit[] = namedUnits.slice(0, namedCount);
  for (let n = 0; series && units.length < unitCount; n++) units.push(series(n, region));

  const weights = units.map((unit) => unit.template.typicalSize * (0.75 + 0.5 * rng.next()));
  const sizes = apportion(unitPeople, weights);
  units.forEach((unit, i) => {
    const size = sizes[i] ?? 0;
    if (size === 0) return;
    const unitCode = `${code}-${unit.key}`;
    agency.units.push({ code: unitCode, name: unit.name, kind: unit.template.kind });
    agency.groups.push({
      agencyCode: unitCode,
      size,
      headPosition: unit.template.headPosition,
      ...(unit.template.middlePosition ? { middlePosition: unit.template.middlePosition } : {}),
      staff: unit.template.staff,
      isOffice: false,
    });
  });
  return agency;
}

function agencyCap(template: AgencyTemplate, region: Region): number {
  return template.series ? Infinity : OFFICE_MAX + template.units(region).length * UNIT_MAX;
}

/** Splits `employees` over regions, agencies and units. Deterministic for a given `rng` state. */
export function planOrganisation(employees: number, rng: Prng): PlannedRegion[] {
  const regionSizes = apportion(employees, DEMO_REGIONS.map((r) => r.weight));
  let agencyIndex = 0;
  return DEMO_REGIONS.map((region, r) => {
    const size = regionSizes[r] ?? 0;
    const templates = [
      ...AGENCY_TEMPLATES,
      ...region.kecamatan.map((k) => kecamatanTemplate(k, KECAMATAN_WEIGHT / region.kecamatan.length)),
    ];
    const totalWeight = templates.reduce((sum, t) => sum + t.weight, 0);
    const present = templates.filter((t) => t.core || (size * t.weight) / totalWeight >= MIN_OPTIONAL_AGENCY);
    const sizes = apportion(
      size,
      present.map((t) => t.weight),
      present.map((t) => agencyCap(t, region)),
    );
    const agencies = present.map((template, i) => planAgency(template, region, sizes[i] ?? 0, agencyIndex++, rng));
    return { region, agencies };
  });
}
