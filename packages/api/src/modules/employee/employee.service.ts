import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { Agency, AgencyClosure } from '../agency/agency.entity.js';
import { Employee } from './employee.entity.js';
import type { EmployeeFilter } from './employee.input.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Employees as one viewer sees them (SPEC §6): outside their scope, nobody exists. */
export class EmployeeService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  private visible(): FilterQuery<Employee> {
    const scope = this.viewer.employeeScope;
    switch (scope.kind) {
      case 'ALL': return {};
      case 'AGENCIES': return { agency: { $in: this.viewer.agencyIds === 'ALL' ? [] : [...this.viewer.agencyIds] } };
      case 'EMPLOYEES': return { id: { $in: [...scope.ids] } };
      case 'NONE': return { id: { $in: [] } };
    }
  }

  /** A page of employees matching the filter, by name, and how many match in all. */
  async list(filter: EmployeeFilter, page: { limit: number; offset: number }): Promise<[Employee[], number]> {
    const where: FilterQuery<Employee>[] = [this.visible(), { active: filter.active ?? true }];
    if (filter.agencyId != null || filter.agencyCode != null) {
      const agency = filter.agencyId != null
        ? (/^\d+$/.test(filter.agencyId) ? await this.em.findOne(Agency, { id: Number(filter.agencyId) }) : null)
        : await this.em.findOne(Agency, { code: filter.agencyCode! });
      if (!agency) return [[], 0];
      const below = await this.em.find(AgencyClosure, { ancestor: agency }, { fields: ['descendant'] });
      where.push({ agency: { $in: below.map((c) => c.descendant.id) } });
    }
    if (filter.positionTypes?.length) where.push({ position: { positionType: { $in: filter.positionTypes } } });
    if (filter.employmentTypes?.length) where.push({ employmentType: { $in: filter.employmentTypes } });
    const search = filter.search?.trim();
    if (search) {
      where.push({ $or: [{ name: { $ilike: `%${escapeLike(search)}%` } }, { nip: { $like: `${escapeLike(search)}%` } }] });
    }
    return this.em.findAndCount(Employee, { $and: where }, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
  }
}
