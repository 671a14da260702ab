import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';

/** Where the API answers. Same origin in production (the API serves the dashboard); proxied by Vite in dev. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/** A request that did not produce data: HTTP failure, unreadable body, or GraphQL errors. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    /** The GraphQL `errors` array, empty when the failure happened before GraphQL (HTTP, network). */
    readonly errors: readonly GraphQLErrorEntry[] = [],
    /** HTTP status, when a response arrived. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers, e.g. `idempotency-key` on a mutation. */
  headers?: Record<string, string>;
}

// The session feature subscribes here (features/session/session.ts): graphql/ knows no feature.
const unauthenticatedListeners = new Set<() => void>();

/** Calls `listener` whenever the API answers UNAUTHENTICATED (an expired or revoked session); returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

// Generated documents are AST objects without source text; print each once and keep it.
const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

function serialise(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

/**
 * Run one GraphQL operation against the Kinerja API. Result and variables are typed by the document
 * that GraphQL Code Generator produced from the operation file.
 *
 * Throws GraphQLRequestError when there is no usable data: any GraphQL error fails the whole request,
 * because a chart drawn from partial data would silently misstate the figures.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const { query, operationName } = serialise(document);
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options.headers,
    },
    // The session is the API's HttpOnly cookie (SameSite=Strict); no Authorization header is sent.
    credentials: 'same-origin',
    body: JSON.stringify({ query, operationName, variables }),
    signal: options.signal,
  });

  let body: GraphQLResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = undefined;
  }

  const errors = body?.errors ?? [];
  // An expired or revoked session: the session feature forgets it, and the router sends the user to the sign-in page.
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) for (const listener of unauthenticatedListeners) listener();
  if (errors.length > 0) {
    throw new GraphQLRequestError(errors.map((e) => e.message).join('; '), errors, response.status);
  }
  if (!response.ok) {
    throw new GraphQLRequestError(
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      [],
      response.status,
    );
  }
  if (body?.data == null) {
    throw new GraphQLRequestError('The server answered without data', [], response.status);
  }
  return body.data;
}
