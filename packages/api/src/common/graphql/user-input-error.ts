import { GraphQLError } from 'graphql';

/** An argument the client got wrong (a query, not a mutation: mutations return userErrors). */
export class UserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}
