import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { checkDataset, importJob, startImport, type ImportJob, type ImportReport } from './dataset-api';

/** Where the page is: choose → checked (errors or ready) → importing → done or failed. */
export type ImportStep = 'CHOOSE' | 'CHECKING' | 'CHECKED' | 'IMPORTING' | 'DONE' | 'FAILED';

const POLL_MS = 400;

/** The Data page's import: a dry run first, then the import, polled for progress. */
export function useDatasetImport() {
  const step = ref<ImportStep>('CHOOSE');
  const file = shallowRef<File | null>(null);
  const report = shallowRef<ImportReport | null>(null);
  const job = shallowRef<ImportJob | null>(null);
  const error = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onBeforeUnmount(() => clearTimeout(timer));

  function choose(chosen: File | null) {
    file.value = chosen;
    report.value = null;
    job.value = null;
    error.value = null;
    step.value = 'CHOOSE';
  }

  async function check() {
    if (!file.value) return;
    step.value = 'CHECKING';
    error.value = null;
    try {
      report.value = await checkDataset(file.value);
      step.value = 'CHECKED';
    } catch (e) {
      error.value = (e as Error).message;
      step.value = 'CHOOSE';
    }
  }

  async function poll(id: string) {
    try {
      job.value = await importJob(id);
    } catch (e) {
      error.value = (e as Error).message;
      step.value = 'FAILED';
      return;
    }
    if (job.value.state === 'RUNNING') {
      timer = setTimeout(() => void poll(id), POLL_MS);
      return;
    }
    report.value = job.value.report;
    error.value = job.value.error;
    step.value = job.value.state === 'DONE' ? 'DONE' : 'FAILED';
  }

  async function runImport() {
    if (!file.value) return;
    step.value = 'IMPORTING';
    error.value = null;
    try {
      job.value = await startImport(file.value);
      await poll(job.value.id);
    } catch (e) {
      error.value = (e as Error).message;
      step.value = 'FAILED';
    }
  }

  return { step, file, report, job, error, choose, check, runImport };
}
