import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { scopeFilter } from '../../common/auth/scope-filter.js';
import { canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { findByIdOrCode } from '../../common/database/find-by-key.js';
import { parseId } from '../../common/graphql/ids.js';
import { Agency, AgencyClosure } from '../agency/agency.entity.js';
import { AuditOutcome, AuditService } from '../../common/audit/audit.service.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Appraisal } from './appraisal.entity.js';
import type { AppraisalFilter } from './appraisal-filter.input.js';
import { AppraisalAuditAction } from './appraisal-write.js';

/** Appraisals as one viewer sees them (SPEC §6): outside their scope, none exists. */
export class AppraisalQueryService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly requestId: string) {}

  private visible(): FilterQuery<Appraisal> {
    return scopeFilter<Appraisal>(this.viewer, 'appraisal');
  }

  /**
   * One appraisal, or null when absent or out of scope. Every read of an individual appraisal is
   * audited (UU 27/2022 on personal data: who looked at whose assessment), refused ones as DENIED.
   */
  async read(id: string): Promise<Appraisal | null> {
    const key = parseId(id);
    const found = key == null ? null : await this.em.findOne(Appraisal, key, { populate: ['employee'] });
    const visible = found != null && canSeeEmployee(this.viewer, { id: found.employee.id, agencyId: found.employee.agency.id });
    await new AuditService(this.em, { viewer: this.viewer, requestId: this.requestId }).recordNow({
      action: AppraisalAuditAction.READ,
      subjectType: 'appraisal',
      subjectId: id,
      subjectNip: found?.employee.nip ?? null,
      outcome: visible ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
    });
    return visible ? found : null;
  }

  /** A page of appraisals matching the filter (latest cycle first, then by name) and the total. */
  async list(filter: AppraisalFilter, page: { limit: number; offset: number }): Promise<[Appraisal[], number]> {
    const where: FilterQuery<Appraisal>[] = [this.visible()];
    if (filter.cycleId != null || filter.cycleCode != null) {
      const cycle = await findByIdOrCode(this.em, Cycle, { id: filter.cycleId, code: filter.cycleCode });
      if (!cycle) return [[], 0];
      where.push({ cycle: cycle.id });
    }
    if (filter.agencyId != null || filter.agencyCode != null) {
      const agency = await findByIdOrCode(this.em, Agency, { id: filter.agencyId, code: filter.agencyCode });
      if (!agency) return [[], 0];
      const below = await this.em.find(AgencyClosure, { ancestor: agency.id }, { fields: ['descendant'] });
      where.push({ employee: { agency: { $in: below.map((c) => c.descendant.id) } } });
    }
    if (filter.employeeId != null) {
      const employeeId = parseId(filter.employeeId);
      if (employeeId == null) return [[], 0];
      where.push({ employee: employeeId });
    }
    if (filter.status != null) where.push({ status: filter.status });
    return this.em.findAndCount(Appraisal, { $and: where }, {
      orderBy: { cycle: { startMonth: 'desc' }, employee: { name: 'asc' }, id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
  }
}
