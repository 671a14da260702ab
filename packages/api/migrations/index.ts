import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122072725_initial } from './Migration20261122072725_initial.js';

/** Every migration, oldest first. Add a new one here when you create it (`pnpm kinerja migration:create`). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122072725_initial', class: Migration20261122072725_initial },
];
