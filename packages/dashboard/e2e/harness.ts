import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';
import {
  AccountService, createTestDatabase, importDataset, openOrm, SMALL_DATASET, startServer, TEST_PASSWORD, TEST_TOKEN_SECRET,
  TokenService, type RunningServer, type TestDatabase,
} from '@kinerja/api/testing';
import type { Role } from '@kinerja/shared';

export const SCREENSHOT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

export interface E2E {
  server: RunningServer;
  /** The test database (owner connection at `db.url`), for set-up the UI has no part in (moving a clock). */
  db: TestDatabase;
  browser: Browser;
  /** Creates an account (password TEST_PASSWORD) holding one role or several, in the test database. */
  addUser(username: string, roles: Role | readonly Role[], scope?: { agencyCode?: string; employeeNip?: string; email?: string }): Promise<void>;
  /** Signs in through the dashboard's own sign-in page and waits for the overview. */
  signIn(page: Page, username: string): Promise<void>;
  /** Opens a fresh page (its own cookies) at 1440×900 or the given size; every console error or page error is collected in `errors`. */
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  /** Runs SQL as the application role: test set-up only (a new cycle, the passing of time), never the behaviour under test. */
  sql<T extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A full-page picture from the top, or with `{ at }` what the screen shows with that element at its top. */
  screenshot(page: Page, name: string, options?: { at?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The real API on a fresh test database with the small fixture, serving the built dashboard, and Chromium. */
export async function startE2E(): Promise<E2E> {
  const db: TestDatabase = await createTestDatabase(inject('pgAdminUrl'), 'kinerja_e2e');
  await db.migrate();
  // As the application role, like `kinerja start`.
  const orm = await openOrm(db.appUrl);
  const report = await importDataset(db.appUrl, SMALL_DATASET);
  if (!report.ok) throw new Error(`fixture import failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const server = await startServer({ orm, tokens: new TokenService(TEST_TOKEN_SECRET), port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    server,
    db,
    browser,
    async addUser(username, roles, scope = {}) {
      await new AccountService(orm.em.fork()).create({ username, password: TEST_PASSWORD, roles, ...scope });
    },
    async signIn(page, username) {
      await page.goto(`${server.url}/masuk`);
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', TEST_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    },
    async newPage(viewport = { width: 1440, height: 900 }) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('console', (m: ConsoleMessage) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, errors };
    },
    async sql<T extends object>(text: string, params: unknown[] = []) {
      // MikroORM's connection takes `?` placeholders in order; the set-up SQL uses each `$n` once, in order.
      const bindings = [...text.matchAll(/\$(\d+)/g)].map((m) => params[Number(m[1]) - 1]);
      return orm.em.fork().getConnection().execute<T[]>(text.replace(/\$\d+/g, '?'), bindings, 'all');
    },
    async screenshot(page, name, options = {}) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      // A full-page shot of a scrolled page draws the sticky bars mid-page; charts animate for ~0.5 s.
      await page.mouse.move(0, 0);
      if (options.at) {
        // The element just below the sticky top bar.
        await page.$eval(options.at, (el) => {
          const bar = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - bar - 12);
        });
      } else {
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.waitForTimeout(700);
      await page.screenshot({ path: file, fullPage: !options.at });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
      await orm.close();
      await db.drop();
    },
  };
}

/** True when the canvas has drawn pixels (ECharts rendered something). */
export async function canvasHasInk(page: Page, selector = 'canvas'): Promise<boolean> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return false;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
}
