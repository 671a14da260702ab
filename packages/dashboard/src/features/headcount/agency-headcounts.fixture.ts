import type { AgencyHeadcountRow } from './use-agency-headcounts';

/** Two local governments, as the AgencyHeadcounts query returns them (unordered, like the API may). */
export const agencyHeadcountsFixture: AgencyHeadcountRow[] = [
  { id: '10', code: 'KDI.DIKBUD', name: 'Dinas Pendidikan', kind: 'DINAS', parentId: '1', depth: 1, headcount: 420, directHeadcount: 60 },
  { id: '1', code: 'KDI', name: 'Kota Kendari', kind: 'PEMDA', parentId: null, depth: 0, headcount: 1250, directHeadcount: 0 },
  { id: '2', code: 'KUP', name: 'Kabupaten Kupang', kind: 'PEMDA', parentId: null, depth: 0, headcount: 1630, directHeadcount: 0 },
  { id: '11', code: 'KDI.BKD', name: 'Badan Kepegawaian Daerah', kind: 'BADAN', parentId: '1', depth: 1, headcount: 85, directHeadcount: 85 },
  { id: '12', code: 'KDI.DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', parentId: '1', depth: 1, headcount: 745, directHeadcount: 145 },
  { id: '20', code: 'KUP.DIKBUD', name: 'Dinas Pendidikan', kind: 'DINAS', parentId: '2', depth: 1, headcount: 900, directHeadcount: 40 },
  { id: '21', code: 'KUP.SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT', parentId: '2', depth: 1, headcount: 730, directHeadcount: 130 },
  { id: '120', code: 'KDI.DINKES.PKM1', name: 'Puskesmas Mandonga', kind: 'UPT', parentId: '12', depth: 2, headcount: 600, directHeadcount: 600 },
  { id: '210', code: 'KUP.SETDA.MAULAFA', name: 'Kecamatan Maulafa', kind: 'KECAMATAN', parentId: '21', depth: 2, headcount: 600, directHeadcount: 600 },
];
