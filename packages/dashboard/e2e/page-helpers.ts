import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasHasInk } from './harness.js';

/** Waits until the chart inside `card` has drawn something (charts animate in). */
export async function expectChart(page: Page, card: string): Promise<void> {
  const selector = `${card} canvas`;
  await page.waitForSelector(selector);
  const deadline = Date.now() + 8000;
  while (!(await canvasHasInk(page, selector))) {
    if (Date.now() > deadline) throw new Error(`no ink in ${selector}`);
    await page.waitForTimeout(100);
  }
}

/** The text of a KPI card's figure, once it is no longer loading. */
export async function kpi(page: Page, key: string): Promise<string> {
  const selector = `[data-testid="kpi-${key}"] [data-testid="kpi-value"]`;
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return !!el && el.textContent!.trim() !== '' && !el.querySelector('.kpi__skeleton');
  }, selector);
  return (await page.innerText(selector)).trim();
}

/** Waits until a KPI shows `expected` (after a filter change the old figure shows while loading). */
export async function expectKpi(page: Page, key: string, expected: string): Promise<void> {
  const selector = `[data-testid="kpi-${key}"] [data-testid="kpi-value"]`;
  try {
    await page.waitForFunction(([s, e]) => document.querySelector(s!)?.textContent?.trim() === e, [selector, expected], { timeout: 8000 });
  } catch {
    expect(await kpi(page, key)).toBe(expected);
  }
}

export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Chooses an agency in the tree picker of the filter bar. */
export async function pickAgency(page: Page, code: string): Promise<void> {
  await page.click('[data-testid="agency-picker"] > button');
  await page.click(`[data-agency-code="${code}"]`);
  await page.waitForFunction((c) => new URL(location.href).searchParams.get('instansi') === c, code);
}

/** Clicks the point of a chart (inside `card`) where ECharts draws `value` on its first grid. */
export async function clickChartAt(page: Page, card: string, value: string[]): Promise<void> {
  const host = page.locator(`${card} [data-testid="chart"]`).first();
  const pixel = await host.evaluate(
    (el, v) => (el as HTMLElement & { kinerjaChart?: { toPixel(v: string[]): number[] | null } }).kinerjaChart?.toPixel(v) ?? null,
    value,
  );
  const box = await host.boundingBox();
  if (!pixel || !box) throw new Error(`cannot place ${value.join(' × ')} in ${card}`);
  await page.mouse.click(box.x + pixel[0]!, box.y + pixel[1]!);
}
