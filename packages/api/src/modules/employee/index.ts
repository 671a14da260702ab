import type { FeatureModule } from '../../common/module.js';
import { Employee } from './employee.entity.js';
import { employeeLoaders } from './employee.loaders.js';
import { EmployeeResolver } from './employee.resolver.js';

export const employeeModule: FeatureModule = {
  name: 'employee', entities: [Employee], resolvers: [EmployeeResolver], loaders: employeeLoaders,
};
