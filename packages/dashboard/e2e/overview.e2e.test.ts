import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasHasInk, startE2E, type E2E } from './harness.js';

describe('dashboard overview in Chromium against the real API', () => {
  let e2e: E2E;
  beforeAll(async () => { e2e = await startE2E(); });
  afterAll(async () => e2e?.close());

  it('shows the headcount per agency from GraphQL', async () => {
    const { page, errors } = await e2e.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.waitForSelector('canvas');
    await page.waitForFunction(() => document.body.innerText.includes('90'));
    expect(await canvasHasInk(page)).toBe(true);
    const text = await page.innerText('body');
    expect(text).toContain('Kinerja');
    // The small fixture has 90 active employees in 4 regions.
    expect(text).toMatch(/\b90\b/);
    await e2e.screenshot(page, 'overview');
    expect(errors).toEqual([]);
  });

  it('answers /health with the database status', async () => {
    const response = await fetch(`${e2e.server.url}/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
