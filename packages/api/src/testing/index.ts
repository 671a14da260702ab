/*
 * `@kinerja/api/testing`: what another package's tests need to run the real API — the dashboard's
 * browser tests start it on a fresh database with the small fixture and sign in as test accounts.
 */
export { openOrm } from '../app.js';
export { startServer, type RunningServer } from '../server.js';
export { TokenService } from '../common/auth/token.js';
export { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';
export { FIXTURES_DIR, SMALL_DATASET } from '../common/testing/fixtures.js';
export { importDataset } from '../modules/dataset/dataset-import.service.js';
export { AccountService } from '../modules/account/account.service.js';
export { TEST_PASSWORD, TEST_TOKEN_SECRET } from './test-app.js';
