import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CsvColumn } from '../utils/csv';
import type { TableColumn } from './data-table';

/** What a row of a list of people must carry for PeopleListCard's name and position columns. */
export interface PersonRow {
  employee: {
    id: string;
    name: string;
    nip: string;
    position: { title: string };
    agency: { name: string };
  };
}

/**
 * The columns every list of people starts with: name and position on screen (PeopleListCard fills
 * their cells, folding NIP and unit under them), and all four spelled out in the export.
 */
export function usePersonColumns<Row extends PersonRow>(): {
  columns: ComputedRef<TableColumn<Row>[]>;
  csvColumns: ComputedRef<CsvColumn<Row>[]>;
} {
  const { t } = useI18n();
  return {
    columns: computed(() => [
      { key: 'name', label: t('person.name'), value: (r) => r.employee.name, minWidth: '170px' },
      { key: 'position', label: t('person.position'), value: (r) => r.employee.position.title },
    ]),
    csvColumns: computed(() => [
      { header: t('person.name'), value: (r) => r.employee.name },
      { header: t('person.nip'), value: (r) => r.employee.nip },
      { header: t('person.position'), value: (r) => r.employee.position.title },
      { header: t('person.agency'), value: (r) => r.employee.agency.name },
    ]),
  };
}
