import type { FeatureModule } from '../../common/module.js';
import { TrainingProgram, TrainingRecord } from './training.entity.js';
import { TrainingProgramResolver, TrainingRecordResolver } from './training.resolver.js';

export const trainingModule: FeatureModule = {
  name: 'training', entities: [TrainingProgram, TrainingRecord], resolvers: [TrainingProgramResolver, TrainingRecordResolver],
};
