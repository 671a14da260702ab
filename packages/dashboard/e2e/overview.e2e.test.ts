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

  it('shows annual and semester cycles as separate trend series, never one line', async () => {
    // Set-up: a semester cycle beside the fixture's annual ones, with today's staff as its staff.
    await e2e.sql(`insert into cycle (code, name, kind, start_month, end_month, status)
      values ('2025-S1', 'Penilaian Kinerja Semester I 2025', 'SEMESTER', '2025-01-01', '2025-06-01', 'OPEN')`);
    await e2e.sql(`insert into employment_history (cycle_id, employee_id, agency_id, position_id, active)
      select c.id, e.id, e.agency_id, e.position_id, e.active from cycle c cross join employee e where c.code = '2025-S1'`);
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const { page, errors } = await e2e.newPage(viewport);
      await e2e.signIn(page, 'admin');
      const columns = () => page.locator('[data-testid="trend-table"] thead th[scope="col"]').allInnerTexts();
      // The chosen cycle (2025-TAHUNAN) is annual: the annual series, without the semester cycle.
      await page.waitForSelector('[data-testid="trend-kind"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="trend-table"] thead th[scope="col"]').length === 3);
      expect((await columns()).slice(1)).toEqual(['2024-TAHUNAN', '2025-TAHUNAN']);
      expect(await page.locator('[data-testid="trend-kind"] [role="radio"]').allInnerTexts()).toEqual(['Tahunan', 'Semesteran']);
      expect(await page.getAttribute('[data-testid="trend-kind"] [data-value="ANNUAL"]', 'aria-checked')).toBe('true');
      // The semester series: its own cycles only, each over its own staff.
      await page.click('[data-testid="trend-kind"] [data-value="SEMESTER"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="trend-table"] thead th[scope="col"]').length === 2);
      expect((await columns()).slice(1)).toEqual(['2025-S1']);
      expect(await page.innerText('[data-testid="trend-table"] tbody tr:first-child td')).toBe('34');
      expect(await canvasHasInk(page, '[data-testid="trend"] canvas')).toBe(true);
      // No horizontal scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await e2e.screenshot(page, `overview-trend-semester-${viewport.width}`);
      expect(errors).toEqual([]);
    }
  });

  it('answers /health with the database status', async () => {
    const response = await fetch(`${e2e.server.url}/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
