import type { Options } from '@mikro-orm/postgresql';
import { COMMON_ENTITIES } from './common/database/entities.js';
import { openOrmWith, ormConfig as ormConfigWith } from './common/database/orm.js';
import { kinerjaSchema as schemaOf, schemaSdl as sdlOf } from './common/graphql/schema.js';
import { composeFeatures } from './common/module.js';
import { FEATURES } from './modules/index.js';

/**
 * The composition root: the one place that knows every feature. Server, CLI and test harness take
 * the ORM, schema and loaders from here; common/ gets them as parameters.
 */
export const APP = composeFeatures(FEATURES, COMMON_ENTITIES);

export const ormConfig = (clientUrl: string, overrides: Partial<Options> = {}) => ormConfigWith(APP.entities, clientUrl, overrides);
export const openOrm = (clientUrl: string, overrides: Partial<Options> = {}) => openOrmWith(APP.entities, clientUrl, overrides);
export const kinerjaSchema = () => schemaOf(APP.resolvers);
export const schemaSdl = () => sdlOf(APP.resolvers);
