import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, todayInIndonesia } from '@kinerja/shared';
import { auditedWrite, changesOf, type WriteOutcome } from '../../common/audit/audited-write.js';
import { canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { refuse } from '../../common/input/refusal.js';
import { Competency } from '../competency/competency.entity.js';
import { cellCheckOf, DATASET_RULES } from '../dataset/dataset-rules.js';
import { closeByTrainingRecord } from '../development/development.service.js';
import { Employee } from '../employee/employee.entity.js';
import { TrainingProgram, TrainingRecord } from './training.entity.js';
import type { TrainingProgramCreateInput, TrainingProgramUpdateInput, TrainingRecordAddInput, TrainingRecordRemoveInput } from './training.input.js';
import { assertMaintains, ownerForNew } from '../agency/ownership.js';

/** hours_jp of a record is numeric(6,1); the datasets cap both programmes and records at 1000 JP. */
const MAX_HOURS_JP = 1000;
const recordCells = DATASET_RULES.find((rules) => rules.file === 'training_records.csv')!;
const dateCheck = cellCheckOf(recordCells, 'completed_on');

/**
 * The training catalogue (global reference data, like competencies) and employees' training
 * records, which follow the employee's scope: a record of someone outside it does not exist.
 */
export class TrainingService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** The catalogue, by code; an unknown competency id lists nothing. */
  programs(competencyId: string | null): Promise<TrainingProgram[]> {
    if (competencyId == null) return this.em.find(TrainingProgram, {}, { orderBy: { code: 'asc' } });
    const key = parseId(competencyId);
    return key == null ? Promise.resolve([]) : this.em.find(TrainingProgram, { competency: key }, { orderBy: { code: 'asc' } });
  }

  /** A page of an employee's records, latest first; nothing for an employee out of scope. */
  async records(employeeId: string, page: { limit: number; offset: number }): Promise<[TrainingRecord[], number]> {
    const employee = await this.findVisibleEmployee(this.em, employeeId);
    if (!employee) return [[], 0];
    return this.em.findAndCount(TrainingRecord, { employee }, {
      populate: ['program'],
      orderBy: { completedOn: 'desc', id: 'desc' },
      limit: page.limit,
      offset: page.offset,
    });
  }

  createProgram(input: TrainingProgramCreateInput, requestId: string): Promise<WriteOutcome<TrainingProgram>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'TRAINING_PROGRAM_CREATE', { subjectType: 'training_program' }, async (em, note) => {
      const checks = new InputChecks();
      const code = checks.code(input.code, ['input', 'code']);
      const title = checks.name(input.title, ['input', 'title']);
      const competency = await findCompetency(em, input.competencyId, checks);
      checkLevels(input.levelFrom, input.levelTo, 'levelTo', checks);
      checks.integer(input.hoursJp, ['input', 'hoursJp'], 1, MAX_HOURS_JP, `Must be a whole number of JP from 1 to ${MAX_HOURS_JP}.`);
      const cost = checks.amount(input.costPerParticipant, ['input', 'costPerParticipant']);
      await checkCodeFree(em, code, null, checks);
      checks.done();

      const program = em.create(TrainingProgram, {
        code, title, competency: competency!, levelFrom: input.levelFrom, levelTo: input.levelTo, hoursJp: input.hoursJp,
        mode: input.mode, costPerParticipant: cost, ownerAgency: await ownerForNew(em, this.viewer),
      });
      await em.flush();
      note.subjectId = program.id;
      note.detail = snapshot(program);
      return program;
    });
  }

  updateProgram(input: TrainingProgramUpdateInput, requestId: string): Promise<WriteOutcome<TrainingProgram>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'TRAINING_PROGRAM_UPDATE', { subjectType: 'training_program', subjectId: input.id }, async (em, note) => {
      const key = parseId(input.id);
      const program = key == null ? null : await em.findOne(TrainingProgram, key);
      if (!program) return refuse(ErrorCode.NOT_FOUND, 'No training programme with this id.', ['input', 'id']);
      await assertMaintains(em, this.viewer, program.ownerAgency?.id ?? null, 'training programme');
      const before = snapshot(program);

      const checks = new InputChecks();
      const code = input.code == null ? program.code : checks.code(input.code, ['input', 'code']);
      const title = input.title == null ? program.title : checks.name(input.title, ['input', 'title']);
      const competency = input.competencyId == null ? program.competency : await findCompetency(em, input.competencyId, checks);
      const levelFrom = input.levelFrom ?? program.levelFrom;
      const levelTo = input.levelTo ?? program.levelTo;
      checkLevels(levelFrom, levelTo, input.levelTo == null ? 'levelFrom' : 'levelTo', checks);
      const hoursJp = input.hoursJp ?? program.hoursJp;
      if (input.hoursJp != null) checks.integer(hoursJp, ['input', 'hoursJp'], 1, MAX_HOURS_JP, `Must be a whole number of JP from 1 to ${MAX_HOURS_JP}.`);
      const cost = input.costPerParticipant == null ? program.costPerParticipant : checks.amount(input.costPerParticipant, ['input', 'costPerParticipant']);
      if (code !== program.code) await checkCodeFree(em, code, program.id, checks);
      checks.done();

      em.assign(program, { code, title, competency: competency!, levelFrom, levelTo, hoursJp, mode: input.mode ?? program.mode, costPerParticipant: cost });
      await em.flush();
      note.detail = { changes: changesOf(before, snapshot(program)) };
      return program;
    });
  }

  /** Records a completed programme (or a free-titled activity) for an employee in scope. */
  addRecord(input: TrainingRecordAddInput, requestId: string): Promise<WriteOutcome<TrainingRecord>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'TRAINING_RECORD_ADD', { subjectType: 'training_record' }, async (em, note) => {
      const employee = await this.findVisibleEmployee(em, input.employeeId);
      if (!employee) return refuse(ErrorCode.NOT_FOUND, 'No employee with this id in your scope.', ['input', 'employeeId']);
      note.subjectNip = employee.nip;

      const checks = new InputChecks();
      let program: TrainingProgram | null = null;
      let title: string | null = null;
      if ((input.programId == null) === (input.title == null)) {
        checks.add(['input', 'programId'], ErrorCode.VALIDATION, 'Give either programId (a catalogue programme) or title (another activity), not both.');
      } else if (input.programId != null) {
        const key = parseId(input.programId);
        program = key == null ? null : await em.findOne(TrainingProgram, key);
        if (!program) checks.add(['input', 'programId'], ErrorCode.NOT_FOUND, 'No training programme with this id.');
      } else if (input.title != null) {
        title = checks.name(input.title, ['input', 'title']);
      }
      const completedOn = input.completedOn.trim();
      const dateProblem = dateCheck(completedOn, {});
      if (dateProblem) checks.add(['input', 'completedOn'], ErrorCode.VALIDATION, dateProblem === 'required' ? 'must not be empty' : dateProblem);
      else if (completedOn > todayInIndonesia()) checks.add(['input', 'completedOn'], ErrorCode.VALIDATION, 'A completed activity cannot lie in the future.');
      const hoursJp = input.hoursJp ?? program?.hoursJp ?? null;
      if (hoursJp == null) {
        if (input.title != null) checks.add(['input', 'hoursJp'], ErrorCode.VALIDATION, 'Give the JP earned for an activity outside the catalogue.');
      } else if (!(hoursJp > 0 && hoursJp <= MAX_HOURS_JP) || Math.abs(hoursJp * 10 - Math.round(hoursJp * 10)) > 1e-6) {
        checks.add(['input', 'hoursJp'], ErrorCode.VALIDATION, `Must be above 0 and at most ${MAX_HOURS_JP} JP, with one decimal at most.`);
      }
      if (program && !checks.failed(['input', 'completedOn'])
        && await em.count(TrainingRecord, { employee, program, completedOn }) > 0) {
        checks.add(['input', 'completedOn'], ErrorCode.CONFLICT, 'This employee already has this programme recorded on this date.');
      }
      checks.done();

      const record = em.create(TrainingRecord, { employee, program, title, completedOn, hoursJp: hoursJp!.toFixed(1) });
      await em.flush();
      // SPEC §2: a training record of a development plan item's programme closes the item.
      const closedDevelopmentItems = program ? await closeByTrainingRecord(em, employee.id, program.id) : [];
      note.subjectId = record.id;
      note.detail = { programCode: program?.code ?? null, title, completedOn, hoursJp, closedDevelopmentItems };
      return record;
    });
  }

  /** Removes a record entered by mistake; records of employees out of scope do not exist. */
  removeRecord(input: TrainingRecordRemoveInput, requestId: string): Promise<WriteOutcome<string>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'TRAINING_RECORD_REMOVE', { subjectType: 'training_record', subjectId: input.id }, async (em, note) => {
      const key = parseId(input.id);
      const record = key == null ? null : await em.findOne(TrainingRecord, key, { populate: ['employee', 'program'] });
      if (!record || !canSeeEmployee(this.viewer, { id: record.employee.id, agencyId: record.employee.agency.id })) {
        return refuse(ErrorCode.NOT_FOUND, 'No training record with this id in your scope.', ['input', 'id']);
      }
      note.subjectNip = record.employee.nip;
      note.detail = {
        programCode: record.program?.code ?? null, title: record.title ?? null, completedOn: record.completedOn, hoursJp: Number(record.hoursJp),
      };
      em.remove(record);
      return String(record.id);
    });
  }

  private async findVisibleEmployee(em: EntityManager, id: string): Promise<Employee | null> {
    const key = parseId(id);
    const employee = key == null ? null : await em.findOne(Employee, key);
    return employee && canSeeEmployee(this.viewer, { id: employee.id, agencyId: employee.agency.id }) ? employee : null;
  }
}

/** PermenPANRB 38/2017 levels 1..5; a programme must lift someone, so levelFrom < levelTo. */
function checkLevels(levelFrom: number, levelTo: number, blame: 'levelFrom' | 'levelTo', checks: InputChecks): void {
  checks.level(levelFrom, ['input', 'levelFrom']);
  checks.level(levelTo, ['input', 'levelTo']);
  if (!checks.failed(['input', 'levelFrom']) && !checks.failed(['input', 'levelTo']) && levelFrom >= levelTo) {
    checks.add(['input', blame], ErrorCode.VALIDATION, `levelTo (${levelTo}) must be above levelFrom (${levelFrom}).`);
  }
}

async function findCompetency(em: EntityManager, id: string, checks: InputChecks): Promise<Competency | null> {
  const key = parseId(id);
  const competency = key == null ? null : await em.findOne(Competency, key);
  if (!competency) checks.add(['input', 'competencyId'], ErrorCode.UNKNOWN_COMPETENCY, 'No competency with this id.');
  return competency;
}

async function checkCodeFree(em: EntityManager, code: string, selfId: number | null, checks: InputChecks): Promise<void> {
  if (checks.failed(['input', 'code'])) return;
  const taken = await em.count(TrainingProgram, selfId == null ? { code } : { code, id: { $ne: selfId } });
  if (taken > 0) checks.add(['input', 'code'], ErrorCode.CONFLICT, `A training programme with code ${code} already exists.`);
}

function snapshot(program: TrainingProgram): Record<string, unknown> {
  return {
    code: program.code,
    title: program.title,
    competencyId: program.competency.id,
    levelFrom: program.levelFrom,
    levelTo: program.levelTo,
    hoursJp: program.hoursJp,
    mode: program.mode,
    costPerParticipant: Number(program.costPerParticipant),
  };
}
