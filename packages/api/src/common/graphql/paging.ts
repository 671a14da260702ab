/*
 * The page limit of every list of the API (offset connections and the analytics keyset pages). No
 * decorators here: the analytics SQL layer and the CLI import it without the GraphQL schema.
 */
import { UserInputError } from './user-input-error.js';

/** At most this many nodes per page. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The page size asked for, or a refusal naming `first`: a size outside 1..MAX_PAGE_SIZE is refused,
 * never clamped, so a client cannot believe it received everything it asked for.
 */
export function checkedPageSize(first: number = DEFAULT_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new UserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** A page whose nodes carry their own cursors (keyset pages of the analytics layer). */
export interface CursorPage<T> {
  nodes: T[];
  /** the cursor of each node, for connection edges; `after` one of them continues behind it */
  cursors: string[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
