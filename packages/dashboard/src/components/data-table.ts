import type { CsvColumn, CsvValue } from '../utils/csv';

/** One column of a DataTable: how to sort it, show it and export it. */
export interface TableColumn<Row> {
  key: string;
  label: string;
  /** The value to sort by (and to export unless `csv` says otherwise); null sorts last. */
  value: (row: Row) => string | number | null;
  /** What the cell shows; the value as text when omitted. */
  text?: (row: Row) => string;
  align?: 'start' | 'end';
  /** Minimum CSS width of the column (names that should not wrap to one word a line). */
  minWidth?: string;
  sortable?: boolean;
  /** Definition of the figure, shown as a tooltip on the header. */
  definition?: string;
  /** In the export only, not on screen. */
  hidden?: boolean;
  /** The CSV cell: false leaves the column out of the export. */
  csv?: false | ((row: Row) => CsvValue);
}

export type SortDirection = 'asc' | 'desc';

/** Rows ordered by one column; missing values last in both directions, ties keep their order. */
export function sortRows<Row>(rows: readonly Row[], column: TableColumn<Row> | undefined, direction: SortDirection): Row[] {
  if (!column) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null && b.value === null) return a.index - b.index;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'id', { numeric: true });
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** The export columns of a table, in its column order. */
export function csvColumnsOf<Row>(columns: readonly TableColumn<Row>[]): CsvColumn<Row>[] {
  return columns
    .filter((c) => c.csv !== false)
    .map((c) => ({ header: c.label, value: typeof c.csv === 'function' ? c.csv : c.value }));
}
