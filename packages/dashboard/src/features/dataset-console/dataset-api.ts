// The API's dataset endpoints (/api/dataset, packages/api/src/modules/dataset/dataset.http.ts):
// files, not JSON, so plain fetch beside the GraphQL client. The session cookie authenticates;
// every POST carries the X-Kinerja-Upload header the API requires against cross-site forms.

/** One bad cell: in a workbook `file` is the sheet and `line` its row. */
export interface ImportError {
  file: string;
  line: number;
  column: string;
  reason: string;
}

export interface ImportReport {
  ok: boolean;
  source: 'FOLDER' | 'ZIP' | 'WORKBOOK';
  errors: ImportError[];
  errorCount: number;
  files: { file: string; rows: number; changed: number }[];
  durationMs: number;
}

export interface ImportJob {
  id: string;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  file: string | null;
  bytesRead: number;
  totalBytes: number;
  report: ImportReport | null;
  error: string | null;
}

const BASE = '/api/dataset';

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

function upload(route: 'check' | 'import', file: File): Promise<Response> {
  const form = new FormData();
  form.append('file', file, file.name);
  return fetch(`${BASE}/${route}`, { method: 'POST', body: form, headers: { 'X-Kinerja-Upload': '1' }, credentials: 'same-origin' });
}

/** A dry run: the row-level report and what an import would change; nothing is written. */
export async function checkDataset(file: File): Promise<ImportReport> {
  return (await answer<{ report: ImportReport }>(await upload('check', file))).report;
}

/** Starts the import (all or nothing); poll `importJob` for its progress. */
export async function startImport(file: File): Promise<ImportJob> {
  return (await answer<{ job: ImportJob }>(await upload('import', file))).job;
}

export async function importJob(id: string): Promise<ImportJob> {
  return (await answer<{ job: ImportJob }>(await fetch(`${BASE}/jobs/${encodeURIComponent(id)}`, { credentials: 'same-origin' }))).job;
}

export function exportUrl(format: 'xlsx' | 'zip'): string {
  return `${BASE}/export?format=${format}`;
}

/** Rows and changes over all files of a report. */
export function totals(report: ImportReport): { rows: number; changes: number } {
  return report.files.reduce((t, f) => ({ rows: t.rows + f.rows, changes: t.changes + f.changed }), { rows: 0, changes: 0 });
}
