import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { checkedPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, offsetAfter, offsetPage, type CursorPage } from './paging.js';

export { checkedPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type CursorPage } from './paging.js';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an `endCursor`).' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The one factory for every connection type: `Connection(Employee, 'Employee')` → EmployeeConnection. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item in the list.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Validates paging arguments; `offset` is where the page starts. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  return { limit: checkedPageSize(args.first), offset: offsetAfter(args.after) };
}

/** An offset page (an ORM list) as a connection. */
export function toConnection<T>(items: T[], totalCount: number, offset: number): Connection<T> {
  return pageToConnection(offsetPage(items, totalCount, offset), (node) => node);
}

/** The one page-to-connection: any CursorPage (offset or keyset, paging.ts), each node mapped by `node`. */
export function pageToConnection<T, N>(page: CursorPage<T>, node: (row: T) => N): Connection<N> {
  const nodes = page.nodes.map(node);
  const edges = nodes.map((n, i) => ({ node: n, cursor: page.cursors[i]! }));
  return {
    nodes,
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.pageInfo.hasNextPage,
      hasPreviousPage: page.pageInfo.hasPreviousPage ?? false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: page.pageInfo.endCursor,
    },
  };
}
