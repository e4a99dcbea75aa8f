import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  print,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { readsOwnProperty } from './property-fields.js';

/**
 * The JSON text of kept lists, written into an answer as bytes made once (issue 18, docs/performance.md).
 *
 * A page of 50 initiatives answers up to 3,752 participants, and their text is most of the page's 570,000
 * characters: graphql-jit built an object for each participant and its organisation, json-chunks turned them
 * into text and the text into UTF-8, for every request, although the lists themselves are kept across
 * requests (initiative/participant-list-cache.ts) and do not change while they are kept. Here the UTF-8
 * text of a kept list, for one selection of its fields, is made once and kept with the list (a WeakMap: it
 * goes when the list goes). A resolver that has such lists (Query.initiatives) registers them for the
 * answer with `spliceLists`; graphqlHttpHandler hands the registrations to jsonChunks, which writes each
 * list's bytes in place of the list graphql-jit built (the answer is still complete without them: a
 * registration that is not used changes nothing).
 *
 * Only a selection whose every field reads its parent's own property (no resolver of its own, no
 * arguments, no directives, no fragments, each answer key once) and whose types are leaves, or objects of
 * the same kind, is rendered here: for those the text is what graphql-jit and JSON.stringify make of them
 * (leaf values through the type's own `serialize`, keys in the selection's order, `__typename` the type's
 * name). Anything else (a null where the type allows none, a function-valued property, a value `serialize`
 * refuses) makes `listText` answer undefined, and the list is then answered the ordinary way.
 */

/** Turns one item of a list into the plain value its JSON text is made of. */
type Renderer = (item: unknown) => unknown;

/** Why a value cannot be rendered here (caught in listText). */
class NotRenderable extends Error {}

/**
 * Renderers by the list field's node (Apollo parses a document once and reuses it, so its nodes are the
 * same from request to request), and by the selection's text (the same selection in other documents, or
 * in the same document parsed again, shares one renderer and so one text per list). At most
 * RENDERERS_KEPT selections per item type are kept; a list keeps the texts of at most TEXTS_PER_LIST of them
 * (the ones used last).
 */
export const RENDERERS_KEPT = 200;
export const TEXTS_PER_LIST = 4;
const rendererOfNode = new WeakMap<FieldNode, { renderer: Renderer | null }>();
const rendererOfSelection = new WeakMap<GraphQLObjectType, LRUCache<string, { renderer: Renderer | null }>>();
/** The UTF-8 text of each kept list, per renderer (a list may be selected in several ways). */
const texts = new WeakMap<readonly unknown[], Map<Renderer, Buffer | null>>();

/**
 * The renderer for a list field's selection, given the list's item type (an object type), or null when the
 * selection is not one this module renders (see above).
 */
export function listRenderer(field: FieldNode, itemType: GraphQLObjectType): Renderer | null {
  const known = rendererOfNode.get(field);
  if (known) return known.renderer;
  let entry: { renderer: Renderer | null };
  if (field.directives?.length || !field.selectionSet) entry = { renderer: null };
  else {
    let ofType = rendererOfSelection.get(itemType);
    if (!ofType) rendererOfSelection.set(itemType, (ofType = new LRUCache({ max: RENDERERS_KEPT })));
    const key = print(field.selectionSet);
    entry = ofType.get(key) ?? { renderer: objectRenderer(itemType, field.selectionSet) };
    ofType.set(key, entry);
  }
  rendererOfNode.set(field, entry);
  return entry.renderer;
}

let made = 0;

/** How many list texts this process has made (for tests: a kept text is not made again). */
export function listTextsMade(): number {
  return made;
}

/** The list's JSON text as UTF-8 (made once per list and renderer), or undefined when it cannot be made here. */
export function listText(list: readonly unknown[], renderer: Renderer): Buffer | undefined {
  let byRenderer = texts.get(list);
  if (!byRenderer) texts.set(list, (byRenderer = new Map<Renderer, Buffer | null>()));
  let text = byRenderer.get(renderer);
  if (text !== undefined) {
    // Used again: last to be dropped.
    byRenderer.delete(renderer);
    byRenderer.set(renderer, text);
  } else {
    made++;
    try {
      text = Buffer.from(JSON.stringify(list.map(renderer)));
    } catch {
      // NotRenderable, or anything else (a getter that throws, a value JSON.stringify refuses): the list is
      // then answered the ordinary way, which reports what it finds as it always did.
      text = null;
    }
    if (byRenderer.size >= TEXTS_PER_LIST) byRenderer.delete(byRenderer.keys().next().value as Renderer);
    byRenderer.set(renderer, text);
  }
  return text ?? undefined;
}

function objectRenderer(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode | undefined,
): Renderer | null {
  if (!selectionSet) return null;
  const fields = type.getFields();
  const parts: { key: string; read: (source: Record<string, unknown>) => unknown }[] = [];
  const keys = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length || selection.arguments?.length)
      return null;
    const key = selection.alias?.value ?? selection.name.value;
    // `__proto__` as an answer key: graphql-js keeps it as a key, a plain object here would not.
    if (keys.has(key) || key === '__proto__') return null;
    keys.add(key);
    const name = selection.name.value;
    if (name === '__typename') {
      parts.push({ key, read: () => type.name });
      continue;
    }
    const field = fields[name];
    if (!field || !readsProperty(field)) return null;
    const value = valueRenderer(field.type, selection.selectionSet);
    if (!value) return null;
    parts.push({ key, read: (source) => value(source[name]) });
  }
  return (item) => {
    if (typeof item !== 'object' || item === null) throw new NotRenderable();
    const out: Record<string, unknown> = {};
    for (const { key, read } of parts) out[key] = read(item as Record<string, unknown>);
    return out;
  };
}

/** A field graphql-jit answers by reading its parent's property: no resolver, or NestJS's property reader. */
function readsProperty(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.length === 0 && (!field.resolve || readsOwnProperty(field.resolve, field.name));
}

function valueRenderer(type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): Renderer | null {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  if (isListType(inner)) return null;
  let render: Renderer | null = null;
  if (isLeafType(inner)) {
    if (selectionSet) return null;
    render = (value) => {
      if (typeof value === 'function') throw new NotRenderable();
      let out: unknown;
      try {
        out = inner.serialize(value);
      } catch {
        throw new NotRenderable();
      }
      if (out === undefined) throw new NotRenderable();
      return out;
    };
  } else if (isObjectType(inner)) render = objectRenderer(inner, selectionSet);
  if (!render) return null;
  const present = render;
  return (value) => {
    if (value === null || value === undefined) {
      if (nonNull) throw new NotRenderable();
      return null;
    }
    return present(value);
  };
}

/** Where in an answer a registered list's parents are: the answer keys from `data` down to the parents' list. */
export interface ListSplice {
  /** Answer keys from `data` to the list of parents (e.g. ['initiatives', 'nodes']). */
  path: readonly string[];
  /** The answer key of the spliced field in each parent (e.g. 'participants'). */
  field: string;
  /** Each parent's list text and its number of items, by the parent's index in the list; undefined: none. */
  texts: readonly (ListText | undefined)[];
}

/** A list's text as kept bytes, and how many items it holds (checked against the list in the answer). */
export interface ListText {
  bytes: Buffer;
  items: number;
}

/** The registrations of one answer, by the express response it goes out on. */
const registered = new WeakMap<object, ListSplice[]>();

/** Registers lists whose text the answer on `response` writes from kept bytes (see above). */
export function spliceLists(response: object, splice: ListSplice): void {
  const list = registered.get(response);
  if (list) list.push(splice);
  else registered.set(response, [splice]);
}

/** The lists registered for the answer on `response`, taken (so each answer writes them once). */
export function takeSplices(response: object): ListSplice[] | undefined {
  const list = registered.get(response);
  registered.delete(response);
  return list;
}

/** A value of the trie jsonChunks follows: the children by answer key, and a registration ending here. */
export interface SpliceTrie {
  children: Map<string, SpliceTrie>;
  splices: ListSplice[];
}

/** The registrations as a trie of answer keys, rooted at the answer itself (its `data` the first key). */
export function spliceTrie(splices: readonly ListSplice[]): SpliceTrie {
  const root: SpliceTrie = { children: new Map(), splices: [] };
  for (const splice of splices) {
    let node = root;
    for (const key of ['data', ...splice.path]) {
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { children: new Map(), splices: [] }));
      node = next;
    }
    node.splices.push(splice);
  }
  return root;
}

/**
 * Registers, for the answer on `response`, the kept lists of the field `listField` of each item of the field
 * `parentsField` of the root field being resolved (Query.initiatives: `nodes`, then `participants`), given
 * in the parents' order (undefined: a parent without a kept list). Registers nothing unless the parents and
 * their list field are each selected once, without directives or fragments around them, and the list's
 * selection is one this module renders; so the answer's path to each list is known from the document.
 */
export function spliceKeptLists(
  info: GraphQLResolveInfo,
  response: object,
  parentsField: string,
  listField: string,
  lists: readonly (readonly unknown[] | undefined)[],
): void {
  if (info.path.prev !== undefined || typeof info.path.key !== 'string' || info.fieldNodes.length !== 1)
    return;
  const parents = onlyField(info.fieldNodes[0].selectionSet, parentsField);
  const list = parents && onlyField(parents.selectionSet, listField);
  if (!parents || !list) return;
  const parentsType = objectItemType(info.returnType);
  const parentType = parentsType && objectItemType(parentsType.getFields()[parentsField]?.type);
  const itemType = parentType && objectItemType(parentType.getFields()[listField]?.type);
  if (!itemType) return;
  const renderer = listRenderer(list, itemType);
  if (!renderer) return;
  const texts = lists.map((items) => {
    const bytes = items && listText(items, renderer);
    return bytes && items ? { bytes, items: items.length } : undefined;
  });
  if (!texts.some(Boolean)) return;
  spliceLists(response, {
    path: [info.path.key, parents.alias?.value ?? parents.name.value],
    field: list.alias?.value ?? list.name.value,
    texts,
  });
}

/** The one field of that name in a selection set without fragments, itself without directives; else none. */
function onlyField(selectionSet: SelectionSetNode | undefined, name: string): FieldNode | undefined {
  let found: FieldNode | undefined;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return undefined;
    if (selection.name.value !== name) continue;
    if (found || selection.directives?.length) return undefined;
    found = selection;
  }
  return found;
}

/** The item type of a field's type (through lists and non-null), when it is an object type. */
export function objectItemType(type: GraphQLOutputType | undefined): GraphQLObjectType | null {
  if (!type) return null;
  const named = getNamedType(type);
  return isObjectType(named) ? named : null;
}
