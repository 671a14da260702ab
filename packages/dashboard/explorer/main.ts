// The analysts' GraphQL IDE at /explorer/: GraphiQL 5 (the GraphQL Foundation's), bundled by Vite with
// its Monaco workers so it runs offline from this origin (no CDN). It calls /graphql with the session
// cookie the dashboard's sign-in set, opens the API's example operations as tabs, and shows the
// schema documentation. GraphiQL has no third-party banners or assistants; none are added.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** One of the API's ready-made operations (packages/api/src/explorer/explorer-examples.ts). */
interface ExplorerExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

async function start(): Promise<void> {
  const response = await fetch('/explorer/examples.json', { credentials: 'same-origin' });
  const examples = response.ok ? ((await response.json()) as ExplorerExample[]) : [];
  const fetcher = createGraphiQLFetcher({ url: '/graphql' });
  const variablesOf = (example: ExplorerExample | undefined) =>
    example?.variables ? JSON.stringify(example.variables, null, 2) : undefined;
  createRoot(document.getElementById('graphiql')!).render(
    createElement(GraphiQL, {
      fetcher,
      // Each example is a tab, named by its operation; the tab's first comment line says what it asks.
      defaultTabs: examples.map((example) => ({ query: example.query, variables: variablesOf(example) })),
      // On a later visit GraphiQL restores the stored tabs and opens the one holding this query; without
      // it, it would add an empty "untitled" tab every time the stored tabs were restored.
      initialQuery: examples[0]?.query,
      initialVariables: variablesOf(examples[0]),
      defaultEditorToolsVisibility: 'variables',
      // The session is the HttpOnly cookie: no token is ever typed into (or kept by) the explorer.
      isHeadersEditorEnabled: false,
      shouldPersistHeaders: false,
    }),
  );
}

void start();
