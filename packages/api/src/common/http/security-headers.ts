import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The dashboard's policy. Scripts and styles come from the Vite build on this origin; ECharts and
 * Vue set `style` attributes, which CSP counts as inline styles, hence 'unsafe-inline' for styles
 * only. The dashboard frames /explorer (frame-src 'self') and may itself be framed only by this
 * origin (frame-ancestors 'self').
 */
const DASHBOARD_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  frameAncestors: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
} as const;

/**
 * GraphiQL 5 (the explorer at /explorer/) is a React app bundled by Vite into dist/explorer/: scripts,
 * Monaco's workers (separate files) and its codicon font all come from this origin, so it runs under
 * the dashboard's policy unchanged — no 'unsafe-eval', no CDN. Monaco and GraphiQL set inline styles,
 * which the dashboard's 'unsafe-inline' for styles already allows. Kept as its own policy so the
 * explorer can be loosened (or tightened) without touching the dashboard's.
 */
const EXPLORER_DIRECTIVES = {
  ...DASHBOARD_DIRECTIVES,
} as const;

const common = {
  referrerPolicy: { policy: 'same-origin' as const },
  // Neither the explorer nor the dashboard's ECharts needs cross-origin isolation; COEP would only
  // get in the way of the explorer's workers.
  crossOriginEmbedderPolicy: false,
  // Plain HTTP on a LAN is a supported deployment (README); HSTS is for the TLS proxy in front.
  strictTransportSecurity: false,
};

/** Helmet with the dashboard's CSP (also X-Content-Type-Options: nosniff, Referrer-Policy, …). */
export function dashboardSecurityHeaders(): RequestHandler {
  return helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_DIRECTIVES } });
}

/** Helmet with the explorer's CSP; mounted on /explorer before the dashboard's. */
export function explorerSecurityHeaders(): RequestHandler {
  return helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: EXPLORER_DIRECTIVES } });
}
