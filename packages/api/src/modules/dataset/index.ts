import type { FeatureModule } from '../../common/module.js';

/** The CSV import: no tables or GraphQL of its own (the CLI runs it: `pnpm kinerja import`). */
export const datasetModule: FeatureModule = { name: 'dataset' };
