import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedBy } from '../../common/graphql/loaders.js';
import { DevelopmentPlanItem } from './development.entity.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** Development plan items by employee id, newest first (callers only ask for visible employees). */
    developmentPlanByEmployee: DataLoader<number, DevelopmentPlanItem[]>;
  }
}

export function developmentLoaders(em: EntityManager) {
  return {
    developmentPlanByEmployee: groupedBy<number, DevelopmentPlanItem>(async (employeeIds) => {
      const items = await em.find(DevelopmentPlanItem, { employee: { $in: [...employeeIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      return items.map((item) => [item.employee.id, item]);
    }),
  };
}
