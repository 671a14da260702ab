import { AuditEvent } from '../audit/audit-event.entity.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity.js';

/**
 * The entities common/ itself owns; the features' come from their FeatureModule (src/app.ts).
 * Listed explicitly: discovery by folder scanning breaks under bundlers and tsx.
 */
export const COMMON_ENTITIES = [AuditEvent, IdempotencyKey];
