/*
 * The Data page as an HR admin, through the UI only: a workbook with errors (report shown, nothing
 * written), a clean one imported with a progress bar, the export downloaded and imported again
 * with no change. At 1440 px and 390 px.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@kinerja/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../api/src/common/testing/fixtures.js';
import { writeWorkbook } from '../../api/src/testing/workbook-testing.js';
import { startE2E, type E2E } from './harness.js';

/** A clean workbook that adds one employee to KDI-BKD (the NIP as text, as a person types it after formatting the column as Text). */
async function oneNewEmployee(file: string): Promise<void> {
  await writeWorkbook(file, {
    employees: [
      ['nip', 'name', 'employment_type', 'rank', 'position_code', 'agency_code', 'supervisor_nip'],
      ['199001012015031001', 'Rina Pratiwi', 'PNS', 'III/a', 'ADM-KABID', 'KDI-BKD', '197410281995051001'],
    ],
  });
}

async function upload(page: Page, file: string) {
  await page.setInputFiles('[data-testid="dataset-file"]', file);
  await page.click('[data-testid="dataset-check"]');
}

describe('the Data page (dataset console) as an HR admin', () => {
  let e2e: E2E;
  let scratch: string;
  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('bkd.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    await e2e.addUser('analis', Role.ANALYST, { agencyCode: 'KDI' });
    scratch = mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-data-'));
  });
  afterAll(async () => {
    await e2e?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each([
    ['desktop', 1440, 900],
    ['phone', 390, 844],
  ] as const)('errors, clean import, export and a re-import with no change (%s)', async (label, width, height) => {
    const { page, errors } = await e2e.newPage();
    await page.setViewportSize({ width, height });
    await e2e.signIn(page, 'bkd.kdi');
    // On a phone the navigation sits behind the menu button.
    const menu = page.locator('[data-testid="menu-button"]');
    if (await menu.isVisible()) await menu.click();
    await page.click('[data-nav="data"]');
    await page.waitForURL(/\/konsol\/data/);

    // 1. A workbook with a NIP stored as a number: the report names sheet, row and column.
    await upload(page, path.join(FIXTURES_DIR, 'small-nip-number.xlsx'));
    await page.waitForSelector('[data-testid="dataset-errors"]');
    // Outside KDI, the fixture's other regions are refused too (an HR admin's scope); the first 20 show.
    expect(await page.locator('[data-testid="dataset-error-row"]').count()).toBe(20);
    await e2e.screenshot(page, `dataset-errors-${label}`);
    await page.click('[data-testid="dataset-show-all"]');
    const rows = await page.locator('[data-testid="dataset-error-row"]').allInnerTexts();
    expect(rows.some((r) => /employees\s+7\s+nip\s+the NIP is stored as a number/.test(r.replace(/(Lembar|Baris|Kolom|Alasan)\n?/g, ' ').replace(/\s+/g, ' ')))).toBe(true);
    expect(await page.locator('[data-testid="dataset-import-now"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // 2. A clean workbook: the dry run says what changes, the import shows progress, then a summary.
    const clean = path.join(scratch, `new-employee-${label}.xlsx`);
    await oneNewEmployee(clean);
    await upload(page, clean);
    await page.waitForSelector('[data-testid="dataset-ready"]');
    await page.click('[data-testid="dataset-import-now"]');
    await page.waitForSelector('[data-testid="dataset-done"]');
    // The first run adds the employee (a row and its supervisor link: 2 writes); the phone run finds it there already.
    expect(await page.textContent('[data-testid="dataset-done-lead"]')).toMatch(label === 'desktop' ? /^2 perubahan/ : /^0 perubahan/);
    await e2e.screenshot(page, `dataset-done-${label}`);

    // 3. Export the scope as a workbook, and import it again: nothing changes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="dataset-export-xlsx"]')]);
    expect(download.suggestedFilename()).toMatch(/^kinerja-kdi-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const exported = path.join(scratch, `export-${label}.xlsx`);
    await download.saveAs(exported);
    await page.click('[data-testid="dataset-again"]');
    await upload(page, exported);
    await page.waitForSelector('[data-testid="dataset-ready"]');
    expect(await page.textContent('[data-testid="dataset-ready"]')).toMatch(/tidak ada yang berubah/);
    await page.click('[data-testid="dataset-import-now"]');
    await page.waitForSelector('[data-testid="dataset-done"]');
    expect(await page.textContent('[data-testid="dataset-done-lead"]')).toMatch(/^0 perubahan/);
    expect(errors).toEqual([]);
  });

  it('is not offered to an analyst, and its address leads them home', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'analis');
    expect(await page.locator('[data-nav="data"]').count()).toBe(0);
    await page.goto(`${e2e.server.url}/konsol/data`);
    await page.waitForURL((url) => !url.pathname.startsWith('/konsol'));
  });
});
