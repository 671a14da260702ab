import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureAppRole } from '../database/app-role.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { testAppRole } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL maintenance database on which tests may CREATE/DROP DATABASE. */
    pgAdminUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: the machine's when DATABASE_URL is set, otherwise an embedded
 * cluster in a temporary folder, removed afterwards. Each test file creates its own database on it.
 * The application role the tests connect as is created here, once.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('pgAdminUrl', external);
    await ensureAppRole(external, testAppRole(external));
    return;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-test-pg-'));
  const port = 55000 + Math.floor(Math.random() * 4000);
  const cluster = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  project.provide('pgAdminUrl', cluster.adminUrl);
  await ensureAppRole(cluster.adminUrl, testAppRole(cluster.adminUrl));
  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
