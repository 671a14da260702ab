import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from './agency';
import { APPRAISAL_STATUSES, RATER_ROLES, RATINGS } from './appraisal';
import { COMPETENCY_CATEGORIES, isCompetencyLevel } from './competency';
import { CYCLE_KINDS, parseMonth } from './cycle';
import { DATASET_FILES, DATASET_FILE_NAMES, optionalColumnsOf, requiredColumnsOf } from './dataset';
import { isValidRank, type EmploymentType } from './employee';
import { POSITION_TYPES } from './position';
import { readFixtureCsv } from './testing/fixtures';
import { TRAINING_MODES } from './training';

describe('DATASET_FILES', () => {
  it('lists the SPEC §8 files in import order', () => {
    expect(DATASET_FILE_NAMES).toEqual([
      'agencies.csv',
      'competencies.csv',
      'positions.csv',
      'position_requirements.csv',
      'employees.csv',
      'cycles.csv',
      'appraisals.csv',
      'competency_assessments.csv',
      'training_programs.csv',
      'training_records.csv',
    ]);
  });

  it.each(DATASET_FILES.map((f) => [f.file] as const))(
    '%s: the small fixture header holds the required columns',
    (file) => expect(readFixtureCsv(`small/${file}`).header).toEqual(requiredColumnsOf(file)),
  );

  it('names the optional columns', () => {
    expect(optionalColumnsOf('appraisals.csv')).toEqual(['assessed_on']);
    expect(requiredColumnsOf('appraisals.csv')).toEqual(['cycle_code', 'nip', 'status', 'work_result_rating', 'behavior_rating']);
    expect(optionalColumnsOf('employees.csv')).toEqual([]);
  });
});

describe('the small fixture speaks the shared enums', () => {
  // If a fixture value falls outside an enum, the enum (or the fixture) is wrong.
  it.each<[file: string, column: string, allowed: readonly string[]]>([
    ['agencies.csv', 'kind', AGENCY_KINDS],
    ['competencies.csv', 'category', COMPETENCY_CATEGORIES],
    ['positions.csv', 'position_type', POSITION_TYPES],
    ['cycles.csv', 'kind', CYCLE_KINDS],
    ['appraisals.csv', 'status', APPRAISAL_STATUSES],
    // Ratings stay empty until the supervisor assesses.
    ['appraisals.csv', 'work_result_rating', [...RATINGS, '']],
    ['appraisals.csv', 'behavior_rating', [...RATINGS, '']],
    ['competency_assessments.csv', 'rater_role', RATER_ROLES],
    ['training_programs.csv', 'mode', TRAINING_MODES],
  ])('%s %s', (file, column, allowed) => {
    const values = new Set(readFixtureCsv(`small/${file}`).rows.map((r) => r[column]));
    expect([...values].filter((v) => !allowed.includes(v ?? ''))).toEqual([]);
  });

  it('has valid ranks, levels and months', () => {
    const badRanks = readFixtureCsv('small/employees.csv').rows.filter(
      (r) => !isValidRank(r.employment_type as EmploymentType, r.rank ?? ''),
    );
    const badLevels = readFixtureCsv('small/competency_assessments.csv').rows.filter(
      (r) => !isCompetencyLevel(Number(r.level)),
    );
    const badMonths = readFixtureCsv('small/cycles.csv').rows.filter(
      (r) => !parseMonth(r.start_month ?? '').ok || !parseMonth(r.end_month ?? '').ok,
    );
    expect({ badRanks, badLevels, badMonths }).toEqual({ badRanks: [], badLevels: [], badMonths: [] });
  });
});
