import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored, or null when it can. PostgreSQL refuses U+0000 in text ("invalid
 * byte sequence"), and a lone UTF-16 surrogate has no UTF-8 form (the driver would silently turn it
 * into U+FFFD): both reached the database as an INTERNAL_SERVER_ERROR, though the client is at fault.
 */
export function unstorableString(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

function badInput(where: string, reason: string): GraphQLError {
  return new GraphQLError(`${where}: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: where, http: { status: 400 } },
  });
}

/** The first unstorable string in a variable's JSON value, with its path (`$input.name`). */
function checkValue(value: unknown, where: string): GraphQLError | null {
  if (typeof value === 'string') {
    const reason = unstorableString(value);
    return reason ? badInput(where, reason) : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const error = checkValue(item, `${where}[${i}]`);
      if (error) return error;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unstorableString(key);
      if (keyReason) return badInput(`${where} (a key)`, keyReason);
      const error = checkValue(item, `${where}.${key}`);
      if (error) return error;
    }
  }
  return null;
}

/** The first unstorable string literal in the document, named by its argument and input fields. */
function checkLiterals(document: DocumentNode): GraphQLError | null {
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const reason = unstorableString(node.value);
      if (!reason) return undefined;
      // The direct parent (an Argument or ObjectField) is not among `ancestors`.
      const names = ([...ancestors, parent] as readonly (ASTNode | readonly ASTNode[] | undefined)[])
        .filter((a): a is ASTNode => !!a && !Array.isArray(a) && 'kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD))
        .map((a) => (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD ? a.name.value : ''));
      found = badInput(names.length ? names.join('.') : 'a string literal', reason);
      return BREAK;
    },
  });
  return found;
}

/** True when the operation (its fragments included) selects `__schema` or `__type`. */
function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Checks every operation once its document is parsed and validated, before anything runs:
 * strings the database cannot hold are the client's error (400, BAD_USER_INPUT, naming the argument or
 * variable), and in production only signed-in callers may introspect the schema — the dashboard's
 * code generator reads the committed schema.graphql, so no anonymous client needs it.
 */
export function edgeGuardPlugin(options: { production: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const literal = checkLiterals(document);
          if (literal) throw literal;
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const error = checkValue(value, `$${name}`);
            if (error) throw error;
          }
          if (options.production && !contextValue.viewer && asksForIntrospection(document)) {
            throw new GraphQLError('Introspection needs a signed-in user; the schema is published as schema.graphql.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/**
 * graphql-js appends "Did you mean …?" to unknown fields, arguments, types and enum values; in
 * production those hints would map the schema for someone who may not introspect it.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!/Did you mean/i.test(formatted.message)) return formatted;
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean [^?]*\?/gi, '') };
}
