import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects `name` directly on the field being resolved (in any of its field
 * nodes, through fragments and inline fragments), so that a resolver can load what nested fields
 * need for all its rows at once, and only when they are asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean => !!set && set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    return within(info.fragments[selection.name.value]?.selectionSet);
  });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
