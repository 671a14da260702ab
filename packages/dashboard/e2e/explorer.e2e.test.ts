import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@kinerja/shared';
import { EXPLORER_EXAMPLES } from '../../api/src/explorer/explorer-examples.js';
import { startE2E, type E2E } from './harness.js';

describe('the GraphQL explorer (GraphiQL 5) in Chromium, offline', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.addUser('analis.kdi', Role.ANALYST, { agencyCode: 'KDI' });
  });
  afterAll(async () => e2e?.close());

  it('loads with every request to anything but this server blocked, runs an example and shows the schema docs', async () => {
    const { page, errors } = await e2e.newPage();
    const { host } = new URL(e2e.server.url);
    const elsewhere: string[] = [];
    // Anything not served by Kinerja itself fails, as on a network without internet.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      elsewhere.push(url.href);
      return route.abort('internetdisconnected');
    });
    await e2e.signIn(page, 'analis.kdi');
    await page.goto(`${e2e.server.url}/explorer/`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });

    // The API's examples are the tabs, the first one open.
    const tabs = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    const operations = EXPLORER_EXAMPLES.map((e) => /(?:query|mutation) (\w+)/.exec(e.query)![1]!);
    expect(tabs).toEqual(operations);

    // Run it: the session cookie signs the request in.
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('Viewer'));
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('analis.kdi'), null, { timeout: 30_000 });
    // Monaco draws spaces as no-break spaces.
    const response = (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    expect(response).toContain('"role": "ANALYST"');
    expect(response).toContain('Pemerintah Kota Kendari');
    await e2e.screenshot(page, 'explorer-graphiql-1440');

    // The schema documentation, from introspection.
    await page.getByRole('button', { name: /documentation explorer/i }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('developmentQueue').first().waitFor();
    await e2e.screenshot(page, 'explorer-graphiql-docs');

    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});
