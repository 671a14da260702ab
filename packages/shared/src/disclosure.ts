/*
 * Disclosure control for readers of aggregates only (ANALYST, SPEC §5 "small groups").
 *
 * Suppressing every group of fewer than five people is not enough on its own: an analyst who reads
 * agency X (12 people) and its child Y (9 people) learns about the 3 people of X outside Y by
 * subtraction. The method here is the one statistical offices use for hierarchical tables —
 * primary suppression of small cells plus **complementary suppression** — applied so that the
 * answers are consistent whichever query asks:
 *
 * 1. Walk the agency tree bottom-up. A node's *residual* is its own staff plus the residuals of
 *    its children that are not published.
 * 2. A residual of 1–4 people is protected by also suppressing the node's published child with
 *    the smallest residual (then the next), pooling their residuals into it, until it reaches the
 *    threshold. If no child is left, the node itself is not published and its residual pools into
 *    its parent.
 * 3. A node's subtree is published when its residual is 0 or at least the threshold; the node's
 *    own staff (the OWN row of a comparison) only when it is exactly the residual.
 *
 * Every person then belongs to exactly one residual (an *atom*) of size 0 or ≥ threshold, and every
 * published group is a union of atoms — so the difference between any two published groups is a
 * union of atoms too: nobody, and never fewer than the threshold.
 */
import { SMALL_GROUP_THRESHOLD } from './analytics';

/** One agency with the people placed directly in it (not in any child). */
export interface DisclosureNode {
  id: number;
  parentId: number | null;
  /** people placed directly in this agency */
  own: number;
}

/** Which groups of a tree may be shown to a reader of aggregates only. */
export interface PublishedGroups {
  /** agencies whose whole subtree may be shown (SCOPE and CHILD rows) */
  subtrees: ReadonlySet<number>;
  /** agencies whose own staff may be shown as a group of its own (OWN rows) */
  owns: ReadonlySet<number>;
}

/**
 * The publishable groups of a forest of agencies (see the file comment). Nodes whose parent is
 * not in the list are roots. Deterministic: ties between children are broken by id.
 */
export function publishedGroups(nodes: readonly DisclosureNode[], threshold = SMALL_GROUP_THRESHOLD): PublishedGroups {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number, DisclosureNode[]>();
  const roots: DisclosureNode[] = [];
  for (const node of nodes) {
    if (node.parentId != null && ids.has(node.parentId)) {
      const siblings = children.get(node.parentId) ?? [];
      siblings.push(node);
      children.set(node.parentId, siblings);
    } else {
      roots.push(node);
    }
  }

  const residual = new Map<number, number>();
  const published = new Set<number>();
  // Post-order without recursion: agency trees can be deep.
  for (const node of postOrder(roots, children)) {
    const kids = children.get(node.id) ?? [];
    let r = node.own;
    for (const kid of kids) {
      if (!published.has(kid.id)) {
        r += residual.get(kid.id) ?? 0;
      }
    }
    const candidates = kids
      .filter((kid) => published.has(kid.id) && (residual.get(kid.id) ?? 0) > 0)
      .sort((a, b) => (residual.get(a.id) ?? 0) - (residual.get(b.id) ?? 0) || a.id - b.id);
    for (const kid of candidates) {
      if (!isSmall(r, threshold)) break;
      published.delete(kid.id);
      r += residual.get(kid.id) ?? 0;
    }
    residual.set(node.id, r);
    if (!isSmall(r, threshold)) published.add(node.id);
  }

  // The own staff form an atom of their own only when nothing was pooled into them.
  const owns = new Set(nodes.filter((n) => published.has(n.id) && residual.get(n.id) === n.own).map((n) => n.id));
  return { subtrees: published, owns };
}

/** A group of 1..threshold−1 people; an empty group singles nobody out. */
function isSmall(people: number, threshold: number): boolean {
  return people > 0 && people < threshold;
}

function* postOrder(roots: readonly DisclosureNode[], children: ReadonlyMap<number, DisclosureNode[]>): Generator<DisclosureNode> {
  const stack: { node: DisclosureNode; expanded: boolean }[] = roots.map((node) => ({ node, expanded: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.expanded) {
      yield top.node;
      continue;
    }
    stack.push({ node: top.node, expanded: true });
    for (const kid of [...(children.get(top.node.id) ?? [])].reverse()) stack.push({ node: kid, expanded: false });
  }
}

/**
 * The own staff of each agency from subtree totals (what the analytics cubes store): a subtree's
 * total minus its children's totals.
 */
export function ownFromSubtrees(nodes: readonly { id: number; parentId: number | null; subtree: number }[]): DisclosureNode[] {
  const childTotals = new Map<number, number>();
  for (const node of nodes) {
    if (node.parentId != null) childTotals.set(node.parentId, (childTotals.get(node.parentId) ?? 0) + node.subtree);
  }
  return nodes.map((node) => ({ id: node.id, parentId: node.parentId, own: node.subtree - (childTotals.get(node.id) ?? 0) }));
}
