import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadRouting } from '../database/read-routing.js';
import type { Context } from './context.js';

/**
 * Sends a query operation's analytics and list reads to the replica when `routing` allows it for the
 * caller, and records each mutation's WAL position for the caller's next reads (read-your-writes).
 */
export function readRoutingPlugin(routing: ReadRouting): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'query') contextValue.readRoute.target = await routing.targetFor(contextValue.viewer?.sessionId);
        },
        async willSendResponse({ contextValue, operation }) {
          const sessionId = contextValue.viewer?.sessionId;
          if (operation?.operation === 'mutation' && sessionId) await routing.markWrite(sessionId);
        },
      };
    },
  };
}
