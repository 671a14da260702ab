/*
 * Paging for every list of the API, both kinds: offset pages (ORM lists) and keyset pages (the
 * analytics lists), with one page limit, one opaque cursor codec and one page shape that
 * connection.ts turns into a GraphQL connection. No decorators here: the analytics SQL layer and
 * the CLI import it without the GraphQL schema.
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

/** A page whose nodes carry their own cursors, keyset or offset: what every connection is made from. */
export interface CursorPage<T> {
  nodes: T[];
  /** the cursor of each node, for connection edges; `after` one of them continues behind it */
  cursors: string[];
  totalCount: number;
  /** `hasPreviousPage` is known for offset pages only; keyset pages only go forward */
  pageInfo: { hasNextPage: boolean; hasPreviousPage?: boolean; endCursor: string | null };
}

/** `after` is not a cursor this API returned: BAD_USER_INPUT naming `after`. */
export class InvalidCursorError extends UserInputError {
  constructor() {
    super('after', 'not a cursor returned by this API');
    this.name = 'InvalidCursorError';
  }
}

/**
 * The one cursor codec: an opaque encoding of a node's sort key (a keyset), or of its position in
 * the list's stable order (an offset cursor is the key `[index]`).
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in `cursor`, checked against the expected element types. */
export function decodeCursor<K extends readonly ('string' | 'number')[]>(
  cursor: string,
  types: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(key) || key.length !== types.length || key.some((v, i) => typeof v !== types[i])) {
    throw new InvalidCursorError();
  }
  return key as { [I in keyof K]: K[I] extends 'string' ? string : number };
}

/** Where the page after `after` starts in an offset list (0 without a cursor). */
export function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const [index] = decodeCursor(after, ['number'] as const);
  if (!Number.isSafeInteger(index) || index < 0) throw new InvalidCursorError();
  return index + 1;
}

/** An offset page: `items` start at `offset` in a list of `totalCount`. */
export function offsetPage<T>(items: T[], totalCount: number, offset: number): CursorPage<T> {
  const cursors = items.map((_, i) => encodeCursor([offset + i]));
  return {
    nodes: items,
    cursors,
    totalCount,
    pageInfo: { hasNextPage: offset + items.length < totalCount, hasPreviousPage: offset > 0, endCursor: cursors.at(-1) ?? null },
  };
}

/** A keyset page from `limit + 1` fetched rows: the extra row only says that there is a next page. */
export function keysetPage<R, T>(rows: R[], limit: number, totalCount: number, node: (row: R) => T, cursorOf: (row: R) => string): CursorPage<T> {
  const visible = rows.slice(0, limit);
  const cursors = visible.map(cursorOf);
  return {
    nodes: visible.map(node),
    cursors,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: cursors.at(-1) ?? null },
  };
}
