import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122072725_initial } from './Migration20261122072725_initial.js';
import { Migration20261122090000_analytics } from './Migration20261122090000_analytics.js';
import { Migration20261122110000_appraisal_workflow } from './Migration20261122110000_appraisal_workflow.js';
import { Migration20261123090000_search_limits } from './Migration20261123090000_search_limits.js';
import { Migration20261123090000_user_session } from './Migration20261123090000_user_session.js';
import { Migration20261123100000_app_role_functions } from './Migration20261123100000_app_role_functions.js';
import { Migration20261130010000_idempotency_key } from './Migration20261130010000_idempotency_key.js';
import { Migration20261130090000_account_roles } from './Migration20261130090000_account_roles.js';
import { Migration20261130100000_appraisal_workspace } from './Migration20261130100000_appraisal_workspace.js';
import { Migration20261130110000_console } from './Migration20261130110000_console.js';
import { Migration20261130120000_development_plan } from './Migration20261130120000_development_plan.js';
import { Migration20261130120100_agency_result } from './Migration20261130120100_agency_result.js';
import { Migration20261130130000_training_effect } from './Migration20261130130000_training_effect.js';
import { Migration20261130150000_read_routing } from './Migration20261130150000_read_routing.js';
import { Migration20261130170000_employment_history } from './Migration20261130170000_employment_history.js';
import { Migration20261130180000_bulk_merge } from './Migration20261130180000_bulk_merge.js';
import { Migration20261201100000_rater_ranking } from './Migration20261201100000_rater_ranking.js';
import { Migration20261201110000_rating_write } from './Migration20261201110000_rating_write.js';
import { Migration20261201120000_bulk_rebuild } from './Migration20261201120000_bulk_rebuild.js';
import { Migration20261201130000_bulk_keys } from './Migration20261201130000_bulk_keys.js';
import { Migration20261201140000_rebuild_effect } from './Migration20261201140000_rebuild_effect.js';

/** Every migration, oldest first. Add a new one here when you create it (`pnpm kinerja migration:create`). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122072725_initial', class: Migration20261122072725_initial },
  { name: 'Migration20261122090000_analytics', class: Migration20261122090000_analytics },
  { name: 'Migration20261122110000_appraisal_workflow', class: Migration20261122110000_appraisal_workflow },
  { name: 'Migration20261123090000_search_limits', class: Migration20261123090000_search_limits },
  { name: 'Migration20261123090000_user_session', class: Migration20261123090000_user_session },
  { name: 'Migration20261123100000_app_role_functions', class: Migration20261123100000_app_role_functions },
  { name: 'Migration20261130010000_idempotency_key', class: Migration20261130010000_idempotency_key },
  { name: 'Migration20261130090000_account_roles', class: Migration20261130090000_account_roles },
  { name: 'Migration20261130100000_appraisal_workspace', class: Migration20261130100000_appraisal_workspace },
  { name: 'Migration20261130110000_console', class: Migration20261130110000_console },
  { name: 'Migration20261130120000_development_plan', class: Migration20261130120000_development_plan },
  { name: 'Migration20261130120100_agency_result', class: Migration20261130120100_agency_result },
  { name: 'Migration20261130130000_training_effect', class: Migration20261130130000_training_effect },
  { name: 'Migration20261130150000_read_routing', class: Migration20261130150000_read_routing },
  { name: 'Migration20261130170000_employment_history', class: Migration20261130170000_employment_history },
  { name: 'Migration20261130180000_bulk_merge', class: Migration20261130180000_bulk_merge },
  { name: 'Migration20261201100000_rater_ranking', class: Migration20261201100000_rater_ranking },
  { name: 'Migration20261201110000_rating_write', class: Migration20261201110000_rating_write },
  { name: 'Migration20261201120000_bulk_rebuild', class: Migration20261201120000_bulk_rebuild },
  { name: 'Migration20261201130000_bulk_keys', class: Migration20261201130000_bulk_keys },
  { name: 'Migration20261201140000_rebuild_effect', class: Migration20261201140000_rebuild_effect },
];
