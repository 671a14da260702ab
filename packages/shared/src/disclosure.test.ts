import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_GROUP_THRESHOLD } from './analytics';
import { ownFromSubtrees, publishedGroups, type DisclosureNode } from './disclosure';

/** A random agency forest: node i's parent is an earlier node (or none), with 0..12 own staff. */
const forest = fc.array(fc.record({ parent: fc.option(fc.nat(), { nil: null, freq: 4 }), own: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 })) }), { minLength: 1, maxLength: 25 })
  .map((rows): DisclosureNode[] => rows.map((row, i) => ({
    id: i + 1,
    parentId: i === 0 || row.parent === null ? null : (row.parent % i) + 1,
    own: row.own,
  })));

/** Every group an analyst can read, as the set of people in it: SCOPE/CHILD subtrees and OWN rows. */
function answers(nodes: readonly DisclosureNode[]): { label: string; people: Set<string> }[] {
  const { subtrees, owns } = publishedGroups(nodes);
  const staff = (id: number) => Array.from({ length: nodes.find((n) => n.id === id)!.own }, (_, k) => `${id}.${k}`);
  const below = (id: number): number[] => [id, ...nodes.filter((n) => n.parentId === id).flatMap((n) => below(n.id))];
  return [
    ...[...subtrees].map((id) => ({ label: `subtree ${id}`, people: new Set(below(id).flatMap(staff)) })),
    ...[...owns].map((id) => ({ label: `own ${id}`, people: new Set(staff(id)) })),
  ];
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((p) => !b.has(p)).length;

describe('publishedGroups (complementary suppression)', () => {
  it('no two answers differ by a group of 1..4 people', () => {
    fc.assert(fc.property(forest, (nodes) => {
      const all = answers(nodes);
      for (const a of all) {
        expect(a.people.size === 0 || a.people.size >= SMALL_GROUP_THRESHOLD, a.label).toBe(true);
        for (const b of all) {
          const difference = minus(a.people, b.people);
          expect(difference === 0 || difference >= SMALL_GROUP_THRESHOLD, `${a.label} − ${b.label} = ${difference}`).toBe(true);
        }
      }
    }), { numRuns: 2000 });
  });

  it.each([
    // X (0 own) with children of 10 and 3: the 3 are hidden, and so is the 10 that would reveal them.
    { tree: [[1, null, 0], [2, 1, 10], [3, 1, 3]], subtrees: [1], owns: [] },
    // A kepala dinas alone above two big units: the head's own row and its parent are hidden too.
    { tree: [[1, null, 1], [2, 1, 6], [3, 1, 8]], subtrees: [1, 3], owns: [3] },
    // Nothing small: everything is shown.
    { tree: [[1, null, 5], [2, 1, 6], [3, 1, 0]], subtrees: [1, 2, 3], owns: [1, 2, 3] },
    // A tree of 4 people in all: nothing can be shown.
    { tree: [[1, null, 2], [2, 1, 2]], subtrees: [], owns: [] },
  ])('$tree → subtrees $subtrees, owns $owns', ({ tree, subtrees, owns }) => {
    const nodes = tree.map(([id, parentId, own]) => ({ id: id!, parentId: parentId ?? null, own: own! }));
    const published = publishedGroups(nodes);
    expect([...published.subtrees].sort()).toEqual(subtrees);
    expect([...published.owns].sort()).toEqual(owns);
  });

  it('derives own staff from subtree totals', () => {
    expect(ownFromSubtrees([{ id: 1, parentId: null, subtree: 13 }, { id: 2, parentId: 1, subtree: 10 }, { id: 3, parentId: 1, subtree: 3 }]))
      .toEqual([{ id: 1, parentId: null, own: 0 }, { id: 2, parentId: 1, own: 10 }, { id: 3, parentId: 1, own: 3 }]);
  });
});
