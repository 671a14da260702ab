import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Employee } from './employee.entity.js';

@ObjectType({ description: 'Result of creating or changing an employee.' })
export class EmployeePayload {
  @Field(() => Employee, { nullable: true, description: 'The employee after the change; null when nothing was changed.' })
  employee!: Employee | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
