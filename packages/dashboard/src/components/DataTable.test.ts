import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import DataTable from './DataTable.vue';
import type { TableColumn } from './data-table';
import { createAppI18n } from '../i18n';

interface Row {
  name: string;
  headcount: number | null;
  suppressed: boolean;
}
const rows: Row[] = [
  { name: 'Dinas Kesehatan', headcount: 12, suppressed: false },
  { name: 'Sekretariat Daerah', headcount: null, suppressed: true },
  { name: 'BKPSDM', headcount: 22, suppressed: false },
];
const columns: TableColumn<Row>[] = [
  { key: 'name', label: 'Instansi', value: (r) => r.name },
  { key: 'headcount', label: 'Pegawai', value: (r) => r.headcount, align: 'end', definition: 'Pegawai aktif dalam cakupan.' },
  { key: 'code', label: 'Kode', value: () => 'x', hidden: true },
];

function mountTable() {
  return mount(DataTable<Row>, {
    props: {
      columns,
      rows,
      rowKey: (r: Row) => r.name,
      caption: 'Perbandingan',
      rowNote: (r: Row) => (r.suppressed ? 'disembunyikan (kelompok < 5 orang)' : null),
    },
    global: { plugins: [createAppI18n('id')] },
    attachTo: document.body,
  });
}
const firstColumn = (wrapper: ReturnType<typeof mountTable>) => wrapper.findAll('tbody tr').map((tr) => tr.find('td').text());

describe('DataTable', () => {
  it('sorts by a column on a click of its heading, figures largest first, missing last', async () => {
    const wrapper = mountTable();
    expect(firstColumn(wrapper)).toEqual(['Dinas Kesehatan', 'Sekretariat Daerah', 'BKPSDM']);
    const headcount = wrapper.findAll('th')[1]!;
    await headcount.find('button').trigger('click');
    expect(headcount.attributes('aria-sort')).toBe('descending');
    expect(firstColumn(wrapper)).toEqual(['BKPSDM', 'Dinas Kesehatan', 'Sekretariat Daerah']);
    await headcount.find('button').trigger('click');
    expect(firstColumn(wrapper)).toEqual(['Dinas Kesehatan', 'BKPSDM', 'Sekretariat Daerah']);
    wrapper.unmount();
  });

  it('writes a suppressed row once across its figures, never as 0, and hides export-only columns', () => {
    const wrapper = mountTable();
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain('Kode');
    const suppressed = wrapper.findAll('tbody tr')[1]!;
    expect(suppressed.findAll('td')).toHaveLength(2);
    expect(suppressed.text()).toContain('disembunyikan (kelompok < 5 orang)');
    expect(suppressed.text()).not.toContain('0');
    expect(wrapper.find('[data-testid="definition"]').attributes('data-definition')).toBe('Pegawai aktif dalam cakupan.');
    wrapper.unmount();
  });
});
