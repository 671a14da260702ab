import { ErrorCode } from '@kinerja/shared';
import { Field, ObjectType } from 'type-graphql';

// Kept in a decorator-free module so the analytics SQL layer can refuse arguments too.
export { UserInputError } from './user-input-error.js';

/** The plain data of a user error, as services return it. */
export interface UserErrorData {
  field: string[] | null;
  code: ErrorCode;
  message: string;
}

/** An expected failure of a mutation, returned in its payload (STYLE.md, GraphQL contract). */
@ObjectType({ description: 'An expected failure of a mutation: invalid input, wrong state, stale version, …' })
export class UserError implements UserErrorData {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "level"].' })
  field!: string[] | null;

  @Field(() => ErrorCode, { description: 'Machine-readable reason.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;
}
