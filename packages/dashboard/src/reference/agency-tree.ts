/** The fields of an agency the tree helpers read (a subset of the Reference query's agencies). */
export interface AgencyNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  depth: number;
}

export interface AgencyTree<T extends AgencyNode = AgencyNode> {
  byId: ReadonlyMap<string, T>;
  byCode: ReadonlyMap<string, T>;
  /** Agencies whose parent is not visible: the pemda for an ADMIN, the account's own agency otherwise. */
  roots: readonly T[];
  childrenOf(id: string): readonly T[];
  /** The agency and its visible ancestors, top first. */
  pathTo(code: string): readonly T[];
}

const byName = (a: AgencyNode, b: AgencyNode) => a.name.localeCompare(b.name, 'id');

/** Builds the tree from the flat `agencies` list (parents before children, but order is not relied on). */
export function buildAgencyTree<T extends AgencyNode>(agencies: readonly T[]): AgencyTree<T> {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const agency of agencies) {
    if (agency.parentId === null || !byId.has(agency.parentId)) {
      roots.push(agency);
      continue;
    }
    const siblings = children.get(agency.parentId);
    if (siblings) siblings.push(agency);
    else children.set(agency.parentId, [agency]);
  }
  roots.sort(byName);
  for (const list of children.values()) list.sort(byName);

  return {
    byId,
    byCode,
    roots,
    childrenOf: (id) => children.get(id) ?? [],
    pathTo(code) {
      const path: T[] = [];
      const seen = new Set<string>();
      let node = byCode.get(code);
      while (node && !seen.has(node.id)) {
        seen.add(node.id);
        path.unshift(node);
        node = node.parentId === null ? undefined : byId.get(node.parentId);
      }
      return path;
    },
  };
}

/** The tree in display order (depth-first, children by name), each with its depth below the visible roots. */
export function flattenAgencyTree<T extends AgencyNode>(tree: AgencyTree<T>): { agency: T; level: number }[] {
  const out: { agency: T; level: number }[] = [];
  const visit = (agency: T, level: number) => {
    out.push({ agency, level });
    for (const child of tree.childrenOf(agency.id)) visit(child, level + 1);
  };
  for (const root of tree.roots) visit(root, 0);
  return out;
}
