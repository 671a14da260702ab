/**
 * Files of a dataset and their columns, in import order: every file refers only to files before it.
 * SPEC §8. Files with other names are ignored by the importer.
 */
export const DATASET_FILES = [
  { file: 'agencies.csv', columns: ['code', 'name', 'parent_code', 'kind'] },
  { file: 'competencies.csv', columns: ['code', 'name', 'category'] },
  { file: 'positions.csv', columns: ['code', 'title', 'position_type'] },
  { file: 'position_requirements.csv', columns: ['position_code', 'competency_code', 'required_level'] },
  {
    file: 'employees.csv',
    columns: ['nip', 'name', 'employment_type', 'rank', 'position_code', 'agency_code', 'supervisor_nip'],
  },
  { file: 'cycles.csv', columns: ['code', 'name', 'kind', 'start_month', 'end_month'] },
  {
    file: 'appraisals.csv',
    columns: ['cycle_code', 'nip', 'status', 'work_result_rating', 'behavior_rating', 'assessed_on'],
    // YYYY-MM-DD of the rating: starts the 14-day objection window (else the import's own time).
    optional: ['assessed_on'],
  },
  {
    file: 'competency_assessments.csv',
    columns: ['cycle_code', 'nip', 'competency_code', 'rater_role', 'level'],
  },
  {
    file: 'training_programs.csv',
    columns: [
      'code', 'title', 'competency_code', 'level_from', 'level_to', 'hours_jp', 'mode', 'cost_per_participant',
    ],
  },
  { file: 'training_records.csv', columns: ['nip', 'program_code', 'completed_on', 'hours_jp'] },
] as const;

export type DatasetFile = (typeof DATASET_FILES)[number];
export type DatasetFileName = DatasetFile['file'];
/** Column names of one file, e.g. `DatasetColumn<'cycles.csv'>` = 'code' | 'name' | … */
export type DatasetColumn<F extends DatasetFileName> = Extract<DatasetFile, { file: F }>['columns'][number];

export const DATASET_FILE_NAMES: readonly DatasetFileName[] = DATASET_FILES.map((f) => f.file);

/** Columns a file may leave out of its header (its cells then read as empty). */
export function optionalColumnsOf(file: DatasetFileName): readonly string[] {
  const entry = DATASET_FILES.find((f) => f.file === file);
  return entry && 'optional' in entry ? entry.optional : [];
}

/** Columns every file of this name must have in its header. */
export function requiredColumnsOf(file: DatasetFileName): readonly string[] {
  const optional = optionalColumnsOf(file);
  return (DATASET_FILES.find((f) => f.file === file)?.columns ?? []).filter((c) => !optional.includes(c));
}
