import type { FeatureModule } from '../common/module.js';
import { accountModule } from './account/index.js';
import { agencyModule } from './agency/index.js';
import { agencyResultModule } from './agency-result/index.js';
import { analyticsModule } from './analytics/index.js';
import { appraisalModule } from './appraisal/index.js';
import { auditModule } from './audit/index.js';
import { competencyModule } from './competency/index.js';
import { cycleModule } from './cycle/index.js';
import { developmentModule } from './development/index.js';
import { datasetModule } from './dataset/index.js';
import { employeeModule } from './employee/index.js';
import { positionModule } from './position/index.js';
import { trainingModule } from './training/index.js';
import { notificationModule } from './notification/index.js';
import { seasonModule } from './season/index.js';

/** Every feature of the app, listed once. A new feature adds one line here (docs/ARCHITECTURE.md). */
export const FEATURES: readonly FeatureModule[] = [
  agencyModule, competencyModule, positionModule, employeeModule, cycleModule, appraisalModule, trainingModule,
  developmentModule, agencyResultModule, auditModule, accountModule, analyticsModule, datasetModule, notificationModule, seasonModule,
];
