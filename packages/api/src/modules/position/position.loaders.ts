import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, groupedBy } from '../../common/graphql/loaders.js';
import { Position, PositionRequirement } from './position.entity.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    position: DataLoader<number, Position | null>;
    positionRequirements: DataLoader<number, PositionRequirement[]>;
  }
}

export function positionLoaders(em: EntityManager) {
  return {
    position: byId(em, Position),
    positionRequirements: groupedBy<number, PositionRequirement>(async (ids) =>
      (await em.find(PositionRequirement, { position: { $in: [...ids] } }, { orderBy: { competency: { code: 'asc' } } }))
        .map((r) => [r.position.id, r])),
  };
}
