import type { FeatureModule } from '../../common/module.js';
import { AuditResolver } from './audit.resolver.js';

/** The audit trail queries. The `audit_event` entity and writer live in common/audit: every write uses them. */
export const auditModule: FeatureModule = { name: 'audit', resolvers: [AuditResolver] };
