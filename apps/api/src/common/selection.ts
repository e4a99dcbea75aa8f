import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What of the resolve info the selection walk reads. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Calls `visit` for every field of the selection set, fragments (named and inline) expanded. */
function eachField(
  info: SelectionInfo,
  selectionSet: SelectionSetNode | undefined,
  visit: (field: FieldNode) => void,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) visit(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) eachField(info, selection.selectionSet, visit);
    else eachField(info, info.fragments[selection.name.value]?.selectionSet, visit);
  }
}

/**
 * The names (not aliases) of the fields the query selects on the value of the field being resolved, or,
 * with `path`, on the value of the field reached by those field names below it (`['organisation']`: what
 * is selected of each item's organisation). Fragments are expanded; `@skip` and `@include` are ignored, so
 * the set may name a field that will not be resolved, never miss one that will. Used to read only the
 * columns an answer needs.
 */
export function selectedFields(info: SelectionInfo, path: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  for (const node of selectionAt(info, path).fieldNodes)
    eachField(info, node.selectionSet, (field) => names.add(field.name.value));
  return names;
}

/**
 * The selection of the field reached by the field names of `path` below the field being resolved (every
 * node of it, whatever its alias), as if that field were being resolved: for a list that reads what its
 * items' fields will need with the page.
 */
export function selectionAt(info: SelectionInfo, path: readonly string[]): SelectionInfo {
  let fieldNodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of fieldNodes)
      eachField(info, node.selectionSet, (field) => {
        if (field.name.value === name) next.push(field);
      });
    fieldNodes = next;
  }
  return { fieldNodes, fragments: info.fragments };
}
