import type { EntityManager, FilterQuery, ObjectQuery } from '@mikro-orm/postgresql';
import { EmploymentType, ErrorCode, isValidRank, normalizeIdentityNumber, validateIdentityNumber } from '@kinerja/shared';
import { auditedWrite, changesOf, type WriteOutcome } from '../../common/audit/audited-write.js';
import { scopeFilter } from '../../common/auth/scope-filter.js';
import { canSeeAgency, canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { lockFor } from '../../common/database/advisory-lock.js';
import { findByIdOrCode } from '../../common/database/find-by-key.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { UserInputError } from '../../common/graphql/errors.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { refuse } from '../../common/input/refusal.js';
import { Agency, AgencyClosure } from '../agency/agency.entity.js';
import { Position } from '../position/position.entity.js';
import { Employee } from './employee.entity.js';
import type { EmployeeCreateInput, EmployeeFilter, EmployeeUpdateInput } from './employee.input.js';

/** `%`, `_` and `\` in a search are text: escaped for LIKE, whose default escape character is `\`. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Longest search accepted. Names are at most 300 characters, but a search is typed by a person; a
 * long pattern only costs (ILIKE lower-cases it again for every row it is compared with).
 */
export const SEARCH_MAX_LENGTH = 100;

/**
 * Employees whose name contains `search` (any case) or whose NIP starts with it, the text taken
 * literally. Both halves are served by indexes (migration *_search_limits): a trigram GIN index on
 * the name, a text_pattern_ops btree on the NIP.
 */
export function searchCondition(search: string): ObjectQuery<Employee> {
  const text = escapeLike(search);
  return { $or: [{ name: { $ilike: `%${text}%` } }, { nip: { $like: `${text}%` } }] };
}

/** Employees as one viewer sees them (SPEC §6): outside their scope, nobody exists. */
export class EmployeeService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  private visible(): FilterQuery<Employee> {
    return scopeFilter<Employee>(this.viewer, 'employee');
  }

  /** A page of employees matching the filter, by name, and how many match in all. */
  async list(filter: EmployeeFilter, page: { limit: number; offset: number }): Promise<[Employee[], number]> {
    const searchLength = filter.search?.trim().length ?? 0;
    if (searchLength > SEARCH_MAX_LENGTH) {
      throw new UserInputError('filter.search', `at most ${SEARCH_MAX_LENGTH} characters (got ${searchLength})`);
    }
    const where: FilterQuery<Employee>[] = [this.visible(), { active: filter.active ?? true }];
    if (filter.agencyId != null || filter.agencyCode != null) {
      const agency = await findByIdOrCode(this.em, Agency, { id: filter.agencyId, code: filter.agencyCode });
      if (!agency) return [[], 0];
      const below = await this.em.find(AgencyClosure, { ancestor: agency }, { fields: ['descendant'] });
      where.push({ agency: { $in: below.map((c) => c.descendant.id) } });
    }
    if (filter.positionTypes?.length) where.push({ position: { positionType: { $in: filter.positionTypes } } });
    if (filter.employmentTypes?.length) where.push({ employmentType: { $in: filter.employmentTypes } });
    const search = filter.search?.trim();
    if (search) where.push(searchCondition(search));
    return this.em.findAndCount(Employee, { $and: where }, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
  }

  /** A new employee in the viewer's subtree (SPEC §2, §7). */
  create(input: EmployeeCreateInput, requestId: string): Promise<WriteOutcome<Employee>> {
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'EMPLOYEE_CREATE', { subjectType: 'employee' }, async (em, note) => {
      const checks = new InputChecks();
      const type = input.employmentType;
      const nip = checkIdentity(type, input.nip, checks);
      const name = checks.name(input.name, ['input', 'name']);
      const rank = checkRank(type, input.rank, checks);
      const position = await findPosition(em, input.positionId, checks);
      const agency = await this.findAgency(em, input.agencyId, checks);
      const supervisor = input.supervisorId == null ? null : await this.supervisorFor(em, null, input.supervisorId, checks);
      await checkNipFree(em, nip, null, checks);
      checks.done();

      const employee = em.create(Employee, { nip, name, employmentType: type, rank, position: position!, agency: agency!, supervisor });
      await em.flush();
      note.subjectId = employee.id;
      note.subjectNip = nip;
      note.detail = snapshot(employee);
      return employee;
    });
  }

  /**
   * Changes an employee in the viewer's subtree: corrections, a new position, a transfer within the
   * subtree, a new supervisor, deactivation. The NIP and rank are checked again whenever they or
   * the employment type change.
   */
  update(input: EmployeeUpdateInput, requestId: string): Promise<WriteOutcome<Employee>> {
    const subject = { subjectType: 'employee', subjectId: input.id };
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'EMPLOYEE_UPDATE', subject, async (em, note) => {
      const employee = await this.findVisible(em, input.id);
      if (!employee) return refuse(ErrorCode.NOT_FOUND, 'No employee with this id in your scope.', ['input', 'id']);
      note.subjectNip = employee.nip;
      const before = snapshot(employee);

      const checks = new InputChecks();
      const type = input.employmentType ?? employee.employmentType;
      const typeChanged = type !== employee.employmentType;
      const nip = input.nip != null || typeChanged ? checkIdentity(type, input.nip ?? employee.nip, checks) : employee.nip;
      const name = input.name == null ? employee.name : checks.name(input.name, ['input', 'name']);
      const rank = input.rank != null || typeChanged ? checkRank(type, input.rank ?? employee.rank, checks) : employee.rank;
      const position = input.positionId == null ? employee.position : await findPosition(em, input.positionId, checks);
      const agency = input.agencyId == null ? employee.agency : await this.findAgency(em, input.agencyId, checks);
      let supervisor = employee.supervisor ?? null;
      if (input.supervisorId !== undefined) {
        supervisor = input.supervisorId == null ? null : await this.supervisorFor(em, employee.id, input.supervisorId, checks);
      }
      if (nip !== employee.nip) await checkNipFree(em, nip, employee.id, checks);
      checks.done();

      em.assign(employee, { nip, name, employmentType: type, rank, position: position!, agency: agency!, supervisor, active: input.active ?? employee.active });
      await em.flush();
      note.subjectNip = employee.nip;
      note.detail = { changes: changesOf(before, snapshot(employee)) };
      return employee;
    });
  }

  private async findVisible(em: EntityManager, id: string): Promise<Employee | null> {
    const key = parseId(id);
    const employee = key == null ? null : await em.findOne(Employee, key);
    return employee && canSeeEmployee(this.viewer, { id: employee.id, agencyId: employee.agency.id }) ? employee : null;
  }

  private async findAgency(em: EntityManager, id: string, checks: InputChecks): Promise<Agency | null> {
    const key = parseId(id);
    const agency = key == null || !canSeeAgency(this.viewer, key) ? null : await em.findOne(Agency, key);
    if (!agency) checks.add(['input', 'agencyId'], ErrorCode.NOT_FOUND, 'No agency with this id in your scope.');
    return agency;
  }

  /**
   * The supervisor named by the input: someone the viewer can see, active, and — for an existing
   * employee — not the employee or anyone below them, since a supervision chain with a loop has no
   * top to decide objections (PP 30/2019 art. 59).
   */
  private async supervisorFor(em: EntityManager, employeeId: number | null, supervisorId: string, checks: InputChecks): Promise<Employee | null> {
    const field = ['input', 'supervisorId'];
    const supervisor = await this.findVisible(em, supervisorId);
    if (!supervisor) {
      checks.add(field, ErrorCode.NOT_FOUND, 'No employee with this id in your scope.');
      return null;
    }
    if (supervisor.id === employeeId) {
      checks.add(field, ErrorCode.VALIDATION, 'An employee cannot supervise themselves.');
      return null;
    }
    if (!supervisor.active) checks.add(field, ErrorCode.VALIDATION, 'The supervisor is no longer active.');
    if (employeeId != null) {
      await lockFor(em, 'supervision');
      const [loop] = await sqlFromEm(em).query<{ found: number }>(
        `with recursive chain(id) as (
           select $1::int
           union select e.supervisor_id from employee e join chain c on e.id = c.id where e.supervisor_id is not null)
         select 1 as found from chain where id = $2`, [supervisor.id, employeeId]);
      if (loop) checks.add(field, ErrorCode.VALIDATION, 'This person reports (directly or not) to the employee; that would make a supervision cycle.');
    }
    return supervisor;
  }
}

/** SPEC §7: a full NIP check for a PNS, 18 digits for a PPPK. Stored without spaces. */
function checkIdentity(type: EmploymentType, raw: string, checks: InputChecks): string {
  const nip = normalizeIdentityNumber(raw);
  const result = validateIdentityNumber(type, nip);
  if (!result.ok) checks.add(['input', 'nip'], ErrorCode.VALIDATION, `Not a valid ${type === EmploymentType.PNS ? 'NIP' : 'NI PPPK'}: ${result.reason}.`);
  return nip;
}

function checkRank(type: EmploymentType, raw: string, checks: InputChecks): string {
  const rank = raw.trim();
  if (!isValidRank(type, rank)) {
    checks.add(['input', 'rank'], ErrorCode.VALIDATION,
      type === EmploymentType.PNS ? 'Not a PNS rank (I/a … IV/e).' : 'Not a PPPK grade (I … XVII).');
  }
  return rank;
}

async function findPosition(em: EntityManager, id: string, checks: InputChecks): Promise<Position | null> {
  const key = parseId(id);
  const position = key == null ? null : await em.findOne(Position, key);
  if (!position) checks.add(['input', 'positionId'], ErrorCode.NOT_FOUND, 'No position with this id.');
  return position;
}

/** NIPs are national and unique: a taken one is a conflict even when its holder is outside your scope. */
async function checkNipFree(em: EntityManager, nip: string, selfId: number | null, checks: InputChecks): Promise<void> {
  if (checks.failed(['input', 'nip'])) return;
  const taken = await em.count(Employee, selfId == null ? { nip } : { nip, id: { $ne: selfId } });
  if (taken > 0) checks.add(['input', 'nip'], ErrorCode.CONFLICT, 'An employee with this NIP already exists.');
}

function snapshot(employee: Employee): Record<string, unknown> {
  return {
    nip: employee.nip,
    name: employee.name,
    employmentType: employee.employmentType,
    rank: employee.rank,
    positionId: employee.position.id,
    agencyId: employee.agency.id,
    supervisorId: employee.supervisor?.id ?? null,
    active: employee.active,
  };
}
