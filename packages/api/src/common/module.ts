import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer.js';
import type { Loaders } from './graphql/loaders.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/**
 * What one feature folder (`src/modules/<feature>/index.ts`) contributes to the app. The
 * composition root (`src/app.ts`, over `src/modules/index.ts`) collects them and hands the parts
 * to the ORM, the schema builder and the context factory, so common/ never imports a feature.
 */
export interface FeatureModule {
  name: string;
  /** MikroORM entities (tables) the feature owns. */
  entities?: readonly EntityClass<object>[];
  /** type-graphql resolver classes, field resolvers included. */
  resolvers?: readonly ResolverClass[];
  /** Resolvers whose query fields are expensive: each costs `analyticsCost` of the caller budget. */
  costlyResolvers?: readonly ResolverClass[];
  /** Per-request DataLoaders the feature adds to `context.loaders` (declared by augmenting `Loaders`). */
  loaders?: (em: EntityManager, viewer: Viewer | null) => Partial<Loaders>;
}

/** The parts of all features, in registration order. */
export interface ComposedFeatures {
  entities: EntityClass<object>[];
  resolvers: ResolverClass[];
  costlyResolvers: ResolverClass[];
  createLoaders(em: EntityManager, viewer: Viewer | null): Loaders;
}

export function composeFeatures(features: readonly FeatureModule[], commonEntities: readonly EntityClass<object>[] = []): ComposedFeatures {
  const names = new Set<string>();
  for (const feature of features) {
    if (names.has(feature.name)) throw new Error(`feature module "${feature.name}" is registered twice`);
    names.add(feature.name);
  }
  return {
    entities: [...features.flatMap((f) => f.entities ?? []), ...commonEntities],
    resolvers: features.flatMap((f) => f.resolvers ?? []),
    costlyResolvers: features.flatMap((f) => f.costlyResolvers ?? []),
    // Every loader the resolvers use is declared on `Loaders` by the feature that provides it.
    createLoaders: (em, viewer) => Object.assign({}, ...features.map((f) => f.loaders?.(em, viewer) ?? {})) as Loaders,
  };
}
