import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvFileName, downloadCsv, toCsv, type CsvColumn } from './csv';

interface Row {
  name: string;
  share: number | null;
  note?: string;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Nama', value: (r) => r.name },
  { header: 'Bagian', value: (r) => r.share },
  { header: 'Catatan', value: (r) => r.note },
];

describe('toCsv', () => {
  it('writes a header and one CRLF line per row, numbers as they are, missing values empty', () => {
    expect(toCsv([{ name: 'Dinas Kesehatan', share: 0.75 }, { name: 'BKD', share: null }], columns)).toBe(
      'Nama,Bagian,Catatan\r\nDinas Kesehatan,0.75,\r\nBKD,,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    const csv = toCsv([{ name: 'Dinas "Pendidikan", Pauh', share: 1, note: 'baris 1\nbaris 2' }], columns);
    expect(csv.split('\r\n')[1]).toBe('"Dinas ""Pendidikan"", Pauh",1,"baris 1\nbaris 2"');
  });

  it('keeps text that looks like a formula as text, but not negative numbers', () => {
    const csv = toCsv([{ name: '=HYPERLINK("x")', share: -0.25, note: '-catatan' }], columns);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",-0.25,'-catatan`);
  });
});

describe('csvFileName', () => {
  it('makes a safe lower-case name with the csv extension', () => {
    expect(csvFileName('Kebutuhan Pelatihan — Kota Kendari 2025')).toBe('kebutuhan-pelatihan-kota-kendari-2025.csv');
    expect(csvFileName('***')).toBe('kinerja.csv');
  });
});

describe('downloadCsv', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves a UTF-8 file that starts with a byte-order mark for Excel', async () => {
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });

    downloadCsv([{ name: 'Wa Ode', share: 0.5 }], columns, 'Daftar Pegawai');

    expect(clicked).toEqual(['daftar-pegawai.csv']);
    expect(saved?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Nama,Bagian,Catatan\r\nWa Ode,0.5,\r\n');
  });
});
