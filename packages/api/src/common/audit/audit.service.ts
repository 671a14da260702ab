import type { EntityManager } from '@mikro-orm/postgresql';
import { actorRoles, type Viewer } from '../auth/viewer.js';
import { AuditEvent } from './audit-event.entity.js';

export const AuditOutcome = { SUCCESS: 'SUCCESS', FAILURE: 'FAILURE', DENIED: 'DENIED' } as const;
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  subjectNip?: string | null;
  outcome: AuditOutcome;
  detail?: Record<string, unknown> | null;
}

/** Appends audit events (the table itself refuses updates and deletes). */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: { viewer: Viewer | null; requestId: string; username?: string },
  ) {}

  private event(entry: AuditEntry): AuditEvent {
    return this.em.create(AuditEvent, {
      actorUsername: this.actor.viewer?.username ?? this.actor.username ?? null,
      actorRole: this.actor.viewer ? actorRoles(this.actor.viewer) : null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      subjectNip: entry.subjectNip ?? null,
      outcome: entry.outcome,
      requestId: this.actor.requestId,
      detail: entry.detail ?? null,
    });
  }

  /** Adds the event to the current unit of work: it commits or rolls back with the change it records. */
  record(entry: AuditEntry): void {
    this.em.persist(this.event(entry));
  }

  /** Writes the event on its own, outside any transaction: for failures whose changes were rolled back. */
  async recordNow(entry: AuditEntry): Promise<void> {
    const fork = this.em.fork();
    const service = new AuditService(fork, this.actor);
    fork.persist(service.event(entry));
    await fork.flush();
  }
}
