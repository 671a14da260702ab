import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, groupedBy } from '../../common/graphql/loaders.js';
import { Competency, CompetencyLevel } from './competency.entity.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    competency: DataLoader<number, Competency | null>;
    competencyLevels: DataLoader<number, CompetencyLevel[]>;
  }
}

export function competencyLoaders(em: EntityManager) {
  return {
    competency: byId(em, Competency),
    competencyLevels: groupedBy<number, CompetencyLevel>(async (ids) =>
      (await em.find(CompetencyLevel, { competency: { $in: [...ids] } }, { orderBy: { level: 'asc' } }))
        .map((l) => [l.competency.id, l])),
  };
}
