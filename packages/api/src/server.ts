import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { altairExpress } from 'altair-express-middleware';
import express from 'express';
import { loadLimits, REPO_ROOT, type Limits } from './common/config.js';
import type { TokenService } from './common/auth/token.js';
import { APP } from './app.js';
import { contextFactory, createApolloServer } from './common/graphql/apollo.js';
import { ReadRouting } from './common/database/read-routing.js';
import { requestDeadline } from './common/graphql/caller-budget.js';
import { dashboardSecurityHeaders, explorerSecurityHeaders } from './common/http/security-headers.js';
import { EXPLORER_EXAMPLES } from './explorer/explorer-examples.js';

export const DASHBOARD_DIST = path.join(REPO_ROOT, 'packages', 'dashboard', 'dist');

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Stops accepting connections, answers requests that arrive meanwhile on open keep-alive
   * connections with 503, lets in-flight requests finish for up to `timeoutMs` (then cuts them),
   * and stops Apollo. The ORM and database are the caller's to close afterwards.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/** One HTTP port: GraphQL at /graphql, health at /health, the dashboard at /. */
export async function startServer(options: {
  orm: MikroORM;
  tokens: TokenService;
  port: number;
  host?: string;
  /** Express `trust proxy` (config TRUST_PROXY); default false: the client address is the socket peer. */
  trustProxy?: boolean | number | string;
  production?: boolean;
  dashboardDir?: string;
  /** Request deadline and per-caller budget; from the environment when omitted. */
  limits?: Limits;
}): Promise<RunningServer> {
  const production = options.production ?? false;
  const limits = options.limits ?? loadLimits();
  const apollo = await createApolloServer({ production, limits, features: APP, readRouting: new ReadRouting(options.orm) });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  let draining = false;
  // Once shutdown has begun, a request on a kept-alive connection is refused rather than started.
  app.use((_req, res, next) => {
    if (!draining) return next();
    res.set('connection', 'close').set('retry-after', '5').status(503).json({ error: 'The server is shutting down; retry shortly.' });
  });
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: anyone else could pick
  // their own address and escape the sign-in limit.
  app.set('trust proxy', options.trustProxy ?? false);

  const explorerHeaders = explorerSecurityHeaders();
  const dashboardHeaders = dashboardSecurityHeaders();
  app.use((req, res, next) => (req.path === '/explorer' || req.path.startsWith('/explorer/') ? explorerHeaders : dashboardHeaders)(req, res, next));

  app.get('/health', async (_req, res) => {
    const started = Date.now();
    try {
      await options.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch (error) {
      res.status(503).json({ status: 'degraded', database: 'down', error: production ? undefined : String(error) });
    }
  });

  // The analysts' GraphQL IDE (Altair), served from the altair-static package: it works offline.
  // It calls /graphql with the session cookie set when the user signed in to the dashboard.
  app.use('/explorer', altairExpress({
    endpointURL: '/graphql',
    // Initial options as /explorer/initial_options.js rather than an inline script: CSP script-src 'self'.
    serveInitialOptionsInSeperateRequest: true,
    initialName: 'Kinerja',
    initialWindows: EXPLORER_EXAMPLES.map((e) => ({
      initialName: e.name,
      initialQuery: e.query,
      initialVariables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
      endpointURL: '/graphql',
    })),
    initialSettings: { language: 'en-US', theme: 'light', 'plugin.list': [], 'alert.disableUpdateNotification': true, 'alert.disableWarnings': true } as never,
    disableAccount: true,
  }));

  const deadline = requestDeadline({ timeoutMs: limits.requestTimeoutMs });
  app.use('/graphql', express.json({ limit: '100kb' }), deadline, expressMiddleware(apollo, { context: contextFactory(options.orm, options.tokens, APP.createLoaders) }));

  const dashboard = options.dashboardDir ?? DASHBOARD_DIST;
  if (existsSync(path.join(dashboard, 'index.html'))) {
    app.use(express.static(dashboard, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (/gaps, /talent, …) all load the single-page app.
    app.get(/^\/(?!graphql|health|explorer).*/, (_req, res) => res.sendFile(path.join(dashboard, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Kinerja API is running at /graphql. The dashboard is not built: run `pnpm --filter @kinerja/dashboard build`.');
    });
  }

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host ?? '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: async ({ timeoutMs = 10_000 } = {}) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections (also those whose request just finished) would hold close()
      // open until their own timeout.
      server.closeIdleConnections();
      const sweeper = setInterval(() => server.closeIdleConnections(), 100);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
      if (await Promise.race([closed, deadline]) === 'timeout') {
        server.closeAllConnections();
        await closed;
      }
      clearTimeout(timer);
      clearInterval(sweeper);
      await apollo.stop();
    },
  };
}
