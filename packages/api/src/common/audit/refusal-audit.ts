import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditOutcome, AuditService } from './audit.service.js';
import type { Viewer } from '../auth/viewer.js';

/** Audit action of a call refused for want of authorisation (a FORBIDDEN top-level error). */
export const AUTHORIZATION_REFUSED = 'AUTHORIZATION_REFUSED';

/** One account's refusals of one operation within the current window. */
interface Window {
  until: number;
  /** Refusals since the window's event was written, not yet in any event. */
  pending: number;
  flush: (() => Promise<void>) | null;
}

export interface RefusalAuditOptions {
  /** At most one event per account and operation per window (default one minute). */
  windowMs?: number;
  /** Windows kept at most; expired ones are dropped first, so a flood of names cannot grow memory. */
  maxWindows?: number;
  now?: () => number;
}

/**
 * Refused calls (FORBIDDEN) in the audit trail without letting a flood fill it: the first refusal of
 * an account and operation is written at once (count 1); the ones that follow within the window are
 * counted in memory and written as one event (count n) when the window ends. Every refusal is thus in
 * exactly one event's count, and a script hammering a forbidden field writes one row a minute.
 * The counts live in this process: a restart loses at most one window's pending count per key.
 */
export class RefusalAudit {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;
  private readonly maxWindows: number;
  private readonly now: () => number;

  constructor(options: RefusalAuditOptions = {}) {
    this.windowMs = options.windowMs ?? 60_000;
    this.maxWindows = options.maxWindows ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Records (or counts) one refusal; never throws: the caller answers FORBIDDEN either way. */
  async refused(em: EntityManager, actor: { viewer: Viewer; requestId: string }, operation: string, reason: string): Promise<void> {
    const key = `${actor.viewer.userId}\u0000${operation}`;
    const now = this.now();
    const audit = new AuditService(em, actor);
    const write = (count: number) => audit.recordNow({
      action: AUTHORIZATION_REFUSED,
      subjectType: 'operation',
      subjectId: operation,
      outcome: AuditOutcome.DENIED,
      detail: { reason, count, windowSeconds: this.windowMs / 1000 },
    }).catch((error: unknown) => {
      console.error(`could not record a refused ${operation} by ${actor.viewer.username}:`, error);
    });

    const open = this.windows.get(key);
    if (open && now < open.until) {
      open.pending += 1;
      if (!open.flush) {
        open.flush = async () => {
          open.flush = null;
          if (this.windows.get(key) === open) this.windows.delete(key);
          const count = open.pending;
          open.pending = 0;
          if (count > 0) await write(count);
        };
        const flush = open.flush;
        setTimeout(() => void flush(), Math.max(0, open.until - now)).unref();
      }
      return;
    }
    this.prune(now);
    this.windows.set(key, { until: now + this.windowMs, pending: 0, flush: null });
    await write(1);
  }

  /** Writes every pending count now (tests; a graceful shutdown). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.windows.values()].map((w) => w.flush?.()));
    this.windows.clear();
  }

  private prune(now: number) {
    if (this.windows.size < this.maxWindows) return;
    for (const [key, w] of this.windows) if (w.until <= now && !w.flush) this.windows.delete(key);
    // Still full of live windows: forget the oldest (its pending count is flushed on its timer).
    while (this.windows.size >= this.maxWindows) this.windows.delete(this.windows.keys().next().value!);
  }
}

/** The process's limiter, shared by every request. */
export const refusalAudit = new RefusalAudit();
