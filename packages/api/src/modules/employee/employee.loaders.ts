import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { byId } from '../../common/graphql/loaders.js';
import { Employee } from './employee.entity.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** Null for employees the viewer may not see individually (SPEC §6). */
    employee: DataLoader<number, Employee | null>;
  }
}

export function employeeLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    employee: byId(em, Employee, (e) => viewer != null && canSeeEmployee(viewer, { id: e.id, agencyId: e.agency.id })),
  };
}
