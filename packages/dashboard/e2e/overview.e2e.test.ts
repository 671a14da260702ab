import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import { canvasHasInk, startE2E, type E2E } from './harness.js';

describe('dashboard overview in Chromium against the real API', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('admin', Role.ADMIN);
    await e2e.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
  });
  afterAll(async () => e2e?.close());

  it('sends a visitor without a session to the sign-in page', async () => {
    const { page, errors } = await e2e.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.waitForURL(/\/masuk/);
    await page.waitForSelector('input[name=username]');
    await e2e.screenshot(page, 'login');
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.innerText('[role=alert]')).toMatch(/wrong password/i);
    expect(errors).toEqual([]);
  });

  it('shows the headcount per agency from GraphQL', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.waitForSelector('.headcount canvas');
    // An administrator starts on the first local government: Kota Kendari, 34 active employees.
    await page.waitForFunction(() => document.querySelector('[data-testid="kpi-headcount"] [data-testid="kpi-value"]')?.textContent?.trim() === '34');
    expect(await canvasHasInk(page, '.headcount canvas')).toBe(true);
    const text = await page.innerText('body');
    expect(text).toContain('Kinerja');
    // The agency picker offers the 4 regions of the small fixture.
    await page.click('[data-testid="agency-picker"] > button');
    const roots = await page.locator('.picker__option--root').allInnerTexts();
    expect(roots).toEqual(['Pemerintah Kota Kendari', 'Pemerintah Maulafa', 'Pemerintah Pauh', 'Pemerintah Tanjung Selor']);
    await page.keyboard.press('Escape');
    await e2e.screenshot(page, 'overview');
    expect(errors).toEqual([]);
  });

  it('shows a leader only their own region', async () => {
    const { page, errors } = await e2e.newPage();
    await e2e.signIn(page, 'pimpinan.kdi');
    await page.waitForSelector('canvas');
    await page.waitForFunction(() => document.body.innerText.includes('Pimpinan'));
    const text = await page.innerText('body');
    expect(text).toContain('Pemerintah Kota Kendari');
    expect(text).not.toContain('Pemerintah Pauh');
    expect(text).toMatch(/\b34\b/); // Kendari's 34 active employees
    await e2e.screenshot(page, 'overview-leader');
    expect(errors).toEqual([]);
  });

  it('answers /health with the database status', async () => {
    const response = await fetch(`${e2e.server.url}/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
