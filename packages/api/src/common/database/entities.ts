import { IdempotencyKey } from '../idempotency/idempotency-key.entity.js';
import { UserAccount } from '../../modules/account/user-account.entity.js';
import { UserSession } from '../../modules/account/user-session.entity.js';
import { Agency, AgencyClosure } from '../../modules/agency/agency.entity.js';
import {
  Appraisal, CompetencyAssessment, Feedback, Objection, PerformanceTarget,
} from '../../modules/appraisal/appraisal.entity.js';
import { AuditEvent } from '../../modules/audit/audit-event.entity.js';
import { Competency, CompetencyLevel } from '../../modules/competency/competency.entity.js';
import { Cycle } from '../../modules/cycle/cycle.entity.js';
import { Employee } from '../../modules/employee/employee.entity.js';
import { Position, PositionRequirement } from '../../modules/position/position.entity.js';
import { TrainingProgram, TrainingRecord } from '../../modules/training/training.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and tsx. */
export const ENTITIES = [
  Agency, AgencyClosure, Competency, CompetencyLevel, Position, PositionRequirement, Employee, Cycle,
  Appraisal, PerformanceTarget, CompetencyAssessment, Feedback, Objection, TrainingProgram,
  TrainingRecord, AuditEvent, UserAccount, UserSession, IdempotencyKey,
];
