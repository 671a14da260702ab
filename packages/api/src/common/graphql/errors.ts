import { GraphQLError } from 'graphql';
import { ErrorCode } from '@kinerja/shared';
import { Field, ObjectType } from 'type-graphql';

/** An argument the client got wrong (a query, not a mutation: mutations return userErrors). */
export class UserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/** An expected failure of a mutation, returned in its payload (STYLE.md, GraphQL contract). */
@ObjectType({ description: 'An expected failure of a mutation: invalid input, wrong state, stale version, …' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "level"].' })
  field!: string[] | null;

  @Field(() => ErrorCode, { description: 'Machine-readable reason.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;
}
