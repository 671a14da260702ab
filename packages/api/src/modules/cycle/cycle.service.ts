import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can, CycleStatus, ErrorCode, parseMonth } from '@kinerja/shared';
import { auditedWrite, type WriteActor, type WriteOutcome, type WritePolicy } from '../../common/audit/audited-write.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Cycle } from './cycle.entity.js';
import type { CycleCreateInput } from './cycle.input.js';

/** `YYYY-MM` → the stored first day of the month (`YYYY-MM-01`, which also sorts as text). */
function firstDayOf(raw: string, field: string[], checks: InputChecks): string | null {
  const month = parseMonth(raw.trim());
  if (!month.ok) {
    checks.add(field, ErrorCode.VALIDATION, month.reason);
    return null;
  }
  return `${month.year}-${String(month.month).padStart(2, '0')}-01`;
}

/** The life of a cycle: PLANNING → OPEN → CLOSED, never back. */
const CYCLE_TRANSITIONS = {
  CYCLE_OPEN: { from: CycleStatus.PLANNING, to: CycleStatus.OPEN },
  CYCLE_CLOSE: { from: CycleStatus.OPEN, to: CycleStatus.CLOSED },
} as const;

/**
 * A concurrent create can take the code between the check and the insert. Refusal events name fields
 * by path, as the appraisals' do.
 */
const CYCLE_WRITES: WritePolicy = {
  conflict: (error) => (error instanceof UniqueConstraintViolationException
    ? failed(ErrorCode.CONFLICT, 'A cycle with this code exists.', ['input', 'code'])
    : null),
  fieldForm: 'path',
};

/**
 * Cycles are maintained by HR admins and administrators (SPEC §6). A cycle is shared by every
 * agency in the installation, so any HR admin may run it; each write is audited like an appraisal's.
 */
export class CycleService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly requestId: string) {}

  private get actor(): WriteActor {
    return { em: this.em, viewer: this.viewer, requestId: this.requestId };
  }

  private mayChange(): void {
    if (!can(this.viewer.roles, 'MANAGE_CYCLES')) {
      throw denied(ErrorCode.FORBIDDEN, 'Only HR admins and administrators maintain cycles.');
    }
  }

  create(input: CycleCreateInput): Promise<WriteOutcome<Cycle>> {
    return this.write('CYCLE_CREATE', null, async (tx) => {
      this.mayChange();
      const checks = new InputChecks();
      const code = checks.text(input.code, ['input', 'code'], { max: 40 });
      if (code && !/^[A-Za-z0-9._-]+$/.test(code)) checks.add(['input', 'code'], ErrorCode.VALIDATION, 'use letters, digits, dots, dashes or underscores');
      const name = checks.text(input.name, ['input', 'name'], { max: 200 });
      const start = firstDayOf(input.startMonth, ['input', 'startMonth'], checks);
      const end = firstDayOf(input.endMonth, ['input', 'endMonth'], checks);
      if (start && end && end < start) checks.add(['input', 'endMonth'], ErrorCode.VALIDATION, 'must not be before the start month');
      checks.done();
      if (await tx.count(Cycle, { code })) throw failed(ErrorCode.CONFLICT, `A cycle with code ${code} exists.`, ['input', 'code']);
      const cycle = tx.create(Cycle, { code, name, kind: input.kind, startMonth: start!, endMonth: end! });
      await tx.flush();
      return cycle;
    });
  }

  open(cycleId: string): Promise<WriteOutcome<Cycle>> {
    return this.transition('CYCLE_OPEN', cycleId);
  }

  close(cycleId: string): Promise<WriteOutcome<Cycle>> {
    return this.transition('CYCLE_CLOSE', cycleId);
  }

  private transition(action: keyof typeof CYCLE_TRANSITIONS, cycleId: string): Promise<WriteOutcome<Cycle>> {
    return this.write(action, cycleId, async (tx) => {
      this.mayChange();
      const id = parseId(cycleId);
      // Locked, so that two requests opening the same cycle do not both pass the status check.
      const cycle = id == null ? null : await tx.findOne(Cycle, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!cycle) throw failed(ErrorCode.NOT_FOUND, 'No cycle with this id.', ['input', 'cycleId']);
      const { from, to } = CYCLE_TRANSITIONS[action];
      if (cycle.status !== from) throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is ${cycle.status}, not ${from}.`, ['input', 'cycleId']);
      cycle.status = to;
      return cycle;
    });
  }

  /** One transaction and one audit event per write; a refusal rolls back and is audited on its own. */
  private write(action: string, subjectId: string | null, work: (tx: EntityManager) => Promise<Cycle>): Promise<WriteOutcome<Cycle>> {
    return auditedWrite(this.actor, action, { subjectType: 'cycle', subjectId }, async (tx, note) => {
      const cycle = await work(tx);
      await tx.flush();
      // Named by its stored id only now: a refusal up to here is audited under the id as given.
      note.subjectId = cycle.id;
      note.detail = { code: cycle.code, status: cycle.status };
      return cycle;
    }, CYCLE_WRITES);
  }
}
