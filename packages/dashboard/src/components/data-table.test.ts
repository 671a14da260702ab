import { describe, expect, it } from 'vitest';
import { csvColumnsOf, sortRows, type TableColumn } from './data-table';

interface Row {
  name: string;
  rate: number | null;
}
const rows: Row[] = [
  { name: 'Dinas Kesehatan', rate: 0.75 },
  { name: 'BKD', rate: null },
  { name: 'Bidang 10', rate: 0.5 },
  { name: 'Bidang 9', rate: 0.75 },
];
const name: TableColumn<Row> = { key: 'name', label: 'Instansi', value: (r) => r.name };
const rate: TableColumn<Row> = { key: 'rate', label: 'Penyelesaian', value: (r) => r.rate, csv: (r) => r.rate ?? 'x' };

describe('sortRows', () => {
  it('sorts numbers both ways with missing values last and ties in their original order', () => {
    expect(sortRows(rows, rate, 'desc').map((r) => r.name)).toEqual(['Dinas Kesehatan', 'Bidang 9', 'Bidang 10', 'BKD']);
    expect(sortRows(rows, rate, 'asc').map((r) => r.name)).toEqual(['Bidang 10', 'Dinas Kesehatan', 'Bidang 9', 'BKD']);
  });

  it('sorts text naturally (9 before 10)', () => {
    expect(sortRows(rows, name, 'asc').map((r) => r.name)).toEqual(['Bidang 9', 'Bidang 10', 'BKD', 'Dinas Kesehatan']);
  });
});

describe('csvColumnsOf', () => {
  it('exports the sort value unless the column says otherwise, and leaves out csv: false', () => {
    const columns = csvColumnsOf<Row>([name, rate, { key: 'link', label: 'Tautan', value: () => null, csv: false }]);
    expect(columns.map((c) => c.header)).toEqual(['Instansi', 'Penyelesaian']);
    expect(columns[1]!.value(rows[1]!)).toBe('x');
  });
});
