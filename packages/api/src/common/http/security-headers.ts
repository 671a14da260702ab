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
 * Altair (the explorer at /explorer) is an Angular app served offline from altair-static: its
 * initial options come as a separate script file (no inline script), but its editor and plugin
 * sandbox need eval and blob workers, and it styles inline.
 */
const EXPLORER_DIRECTIVES = {
  ...DASHBOARD_DIRECTIVES,
  scriptSrc: ["'self'", "'unsafe-eval'"],
} as const;

const common = {
  referrerPolicy: { policy: 'same-origin' as const },
  // Altair's sandbox frame and the dashboard's ECharts need no cross-origin isolation; COEP would
  // only break the explorer's blob workers.
  crossOriginEmbedderPolicy: false,
  // Plain HTTP on a LAN is a supported deployment (README); HSTS is for the TLS proxy in front.
  strictTransportSecurity: false,
};

/** Helmet with the dashboard's CSP (also X-Content-Type-Options: nosniff, Referrer-Policy, …). */
export function dashboardSecurityHeaders(): RequestHandler {
  return helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_DIRECTIVES } });
}

/** Helmet with the looser CSP the explorer needs; mounted on /explorer before the dashboard's. */
export function explorerSecurityHeaders(): RequestHandler {
  return helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: EXPLORER_DIRECTIVES } });
}
