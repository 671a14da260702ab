import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';
import { expectChart } from './page-helpers.js';

/** Records every CSP violation the page (or a frame in it) reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => { violations.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

describe('security headers in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('admin', Role.ADMIN);
  });
  afterAll(async () => e2e?.close());

  it('sends CSP, frame-ancestors, nosniff and a referrer policy', async () => {
    for (const path of ['/', '/masuk', '/explorer/', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${e2e.server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
    }
    const dashboard = (await fetch(`${e2e.server.url}/`)).headers.get('content-security-policy')!;
    expect(dashboard).toMatch(/script-src 'self'(;|$)/);
    // GraphiQL is bundled here: the explorer needs no eval and no other origin either.
    const explorer = (await fetch(`${e2e.server.url}/explorer/`)).headers.get('content-security-policy')!;
    expect(explorer).toMatch(/script-src 'self'(;|$)/);
    expect(explorer).not.toMatch(/unsafe-eval|https?:/);
  });

  it('the dashboard and the explorer run without a single CSP violation', async () => {
    const { page, errors } = await e2e.newPage();
    const violations = await watchViolations(page);
    await e2e.signIn(page, 'admin');
    await expectChart(page, '.headcount');
    await page.click('[data-nav="gaps"]');
    await page.waitForURL(/\/kesenjangan/);
    await page.waitForSelector('canvas');
    // The explorer in its frame on /penjelajah, then on its own.
    await page.click('[data-nav="explorer"]');
    await page.waitForURL(/\/penjelajah/);
    const frame = page.frameLocator('[data-testid="explorer-frame"]');
    await frame.locator('.graphiql-execute-button').first().waitFor({ timeout: 30_000 });
    await frame.locator('.graphiql-tab', { hasText: 'Viewer' }).first().waitFor();
    await page.goto(`${e2e.server.url}/explorer/`);
    await page.locator('.graphiql-execute-button').first().waitFor({ timeout: 30_000 });
    // Run once Monaco shows the open example (clicking earlier would send an empty document).
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('Viewer'));
    await page.locator('.graphiql-execute-button').first().click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"username"'));
    await e2e.screenshot(page, 'explorer-csp');
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the session in the HttpOnly cookie: no token in storage, no Authorization header, survives a reload', async () => {
    const { page, errors } = await e2e.newPage();
    const authorizations: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/graphql')) authorizations.push(r.headers().authorization ?? ''); });
    await e2e.signIn(page, 'admin');
    await expectChart(page, '.headcount');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere a script can read
    const cookie = (await page.context().cookies()).find((c) => c.name === 'kinerja_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // A reload asks the API who is signed in (the viewer query) and stays on the page.
    await page.reload();
    await expectChart(page, '.headcount');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(authorizations.length).toBeGreaterThan(3);
    expect(authorizations.filter((a) => a !== '')).toEqual([]);
    // Signing out clears the cookie: a reload lands on the sign-in page.
    await page.click('[data-testid="sign-out"]');
    await page.waitForURL(/\/masuk/);
    expect((await page.context().cookies()).find((c) => c.name === 'kinerja_session')).toBeUndefined();
    await page.goto(`${e2e.server.url}/`);
    await page.waitForURL(/\/masuk/);
    expect(errors).toEqual([]);
  });
});
