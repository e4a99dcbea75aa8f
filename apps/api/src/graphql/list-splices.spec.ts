import fc from 'fast-check';
import {
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  buildSchema,
  executeSync,
  parse,
} from 'graphql';
import { CHUNK_BYTES, PIECE_CHARS, jsonChunks, splicedListsWritten } from './json-chunks.js';
import {
  type ListSplice,
  TEXTS_PER_LIST,
  listRenderer,
  listText,
  listTextsMade,
  spliceKeptLists,
  spliceLists,
  takeSplices,
} from './list-splices.js';

const SCHEMA = `
  enum Role { OWNER PARTNER }
  scalar Big
  type Organisation { id: ID!  name: String!  kind: String  size: Int  ratio: Float  parent: Organisation  computed: String }
  type Participant { id: ID!  role: Role!  pays: Boolean!  note: String  organisation: Organisation!  tags: [String!]  withArg(x: Int): String  big: Big }
  type Initiative { id: ID!  name: String!  participants: [Participant!]!  owner: Organisation }
  type Page { totalCount: Int!  nodes: [Initiative!]! }
  type Query { initiatives: Page!  other: Page! }
`;

function schema(): GraphQLSchema {
  const built = buildSchema(SCHEMA);
  // A field with a resolver of its own (not a property read): never rendered here.
  (built.getType('Organisation') as GraphQLObjectType).getFields().computed.resolve = () => 'computed';
  // A scalar whose value has no JSON text (JSON.stringify throws on a BigInt).
  (built.getType('Big') as GraphQLScalarType).serialize = (value) => BigInt(value as number);
  return built;
}

const organisation = (i: number) => ({
  id: `0b7e6f1c-1c8b-4b7f-9d61-${String(i).padStart(12, '0')}`,
  name: i % 3 ? `Kommune ${i} – «øst»` : 'Nord-Odal kommune',
  kind: i % 2 ? 'MUNICIPALITY' : null,
  size: i * 1000,
  ratio: i / 7,
  parent: i % 4 ? null : { id: 'p', name: 'Parent', kind: undefined, size: null, ratio: 0.5, parent: null },
});
const participants = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `participant-${i}`,
    role: i % 2 ? 'OWNER' : 'PARTNER',
    pays: i % 3 === 0,
    note: i % 5 ? null : 'merknad',
    organisation: organisation(i),
    tags: ['a'],
  }));

/** What graphql-js answers for the selection on each participant list, as JSON text per initiative. */
function executed(s: GraphQLSchema, selection: string, lists: unknown[][]): string[] {
  const result = executeSync({
    schema: s,
    document: parse(`{ initiatives { nodes { participants ${selection} } } }`),
    rootValue: { initiatives: { nodes: lists.map((list) => ({ participants: list })) } },
  });
  expect(result.errors).toBeUndefined();
  const nodes = (result.data as { initiatives: { nodes: { participants: unknown }[] } }).initiatives.nodes;
  return nodes.map((node) => JSON.stringify(node.participants));
}

/** The renderer for the selection, from a parsed field node (as the resolver would have it). */
function rendererFor(s: GraphQLSchema, selection: string) {
  const document = parse(`{ participants ${selection} }`);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as Parameters<typeof listRenderer>[0];
  return listRenderer(field, s.getType('Participant') as GraphQLObjectType);
}

describe('list-splices: the text of a kept list', () => {
  const s = schema();

  it.each([
    '{ role pays organisation { id name } }',
    '{ __typename r: role organisation { __typename kind id name size ratio } note id }',
    '{ organisation { parent { name kind parent { id } } name } pays }',
    '{ o: organisation { n: name } p: pays }',
  ])('is what graphql-js answers for %s', (selection) => {
    const lists = [participants(0), participants(1), participants(37)];
    const renderer = rendererFor(s, selection);
    expect(renderer).not.toBeNull();
    const expected = executed(s, selection, lists);
    lists.forEach((list, i) => expect(listText(list, renderer!)?.toString('utf8')).toBe(expected[i]));
  });

  it.each([
    ['a field with a resolver of its own', '{ organisation { computed } }'],
    ['a field with arguments', '{ withArg(x: 1) }'],
    ['a list-typed field', '{ tags }'],
    ['a fragment', '{ ... on Participant { role } }'],
    ['a directive', '{ role @include(if: true) }'],
    ['an answer key twice', '{ role role }'],
    ['an object without a selection', '{ organisation }'],
    ['a field the type lacks', '{ nothing }'],
    ['`__proto__` as an answer key', '{ __proto__: role }'],
  ])('is not made for %s', (_, selection) => {
    expect(rendererFor(s, selection)).toBeNull();
  });

  it('is not made for a list the selection cannot render, which graphql-js would answer otherwise', () => {
    const renderer = rendererFor(s, '{ role organisation { name } }')!;
    // null in a non-null field: an error for graphql-js, not a text here
    expect(listText([{ role: 'OWNER', organisation: null }], renderer)).toBeUndefined();
    // a value the enum does not know
    expect(listText([{ role: 'NOBODY', organisation: { name: 'x' } }], renderer)).toBeUndefined();
    // a function-valued property (graphql-js would call it; the API's property reader would not)
    expect(listText([{ role: () => 'OWNER', organisation: { name: 'x' } }], renderer)).toBeUndefined();
  });

  it('is not made, and does not fail, when a value has no JSON text', () => {
    const renderer = rendererFor(s, '{ big }')!;
    expect(listText([{ big: 1 }], renderer)).toBeUndefined();
  });

  it('is shared by the same selection in other documents', () => {
    expect(rendererFor(s, '{ role  pays }')).toBe(rendererFor(s, '{ role pays }'));
    expect(rendererFor(s, '{ pays role }')).not.toBe(rendererFor(s, '{ role pays }'));
  });

  it(`is kept for at most ${TEXTS_PER_LIST} selections of one list, the latest`, () => {
    const list = participants(2);
    const selections = ['{ id }', '{ role }', '{ pays }', '{ note }', '{ id role }'];
    const before = listTextsMade();
    for (const selection of selections) listText(list, rendererFor(s, selection)!);
    expect(listTextsMade() - before).toBe(5);
    listText(list, rendererFor(s, '{ id role }')!);
    listText(list, rendererFor(s, '{ role }')!);
    expect(listTextsMade() - before).toBe(5);
    // the first selection's text was dropped for the fifth: made again
    listText(list, rendererFor(s, '{ id }')!);
    expect(listTextsMade() - before).toBe(6);
    // dropped in order of use: { role }, used again above, is still kept; { pays } is not
    listText(list, rendererFor(s, '{ id pays }')!);
    listText(list, rendererFor(s, '{ role }')!);
    expect(listTextsMade() - before).toBe(7);
    listText(list, rendererFor(s, '{ pays }')!);
    expect(listTextsMade() - before).toBe(8);
  });

  it('is made once per list and selection, and kept while the list is', () => {
    const renderer = rendererFor(s, '{ pays }')!;
    const list = participants(3);
    const first = listText(list, renderer);
    expect(listText(list, renderer)).toBe(first);
    expect(listText([...list], renderer)).not.toBe(first);
    expect(listText([...list], renderer)?.equals(first!)).toBe(true);
  });

  it('matches graphql-js for any organisation names and flags (property)', () => {
    const renderer = rendererFor(s, '{ pays note organisation { name kind } }')!;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            pays: fc.boolean(),
            note: fc.option(fc.string({ unit: 'binary' }), { nil: null }),
            organisation: fc.record({
              name: fc.string({ unit: 'grapheme' }),
              kind: fc.option(fc.string(), { nil: undefined }),
            }),
          }),
          { maxLength: 20 },
        ),
        (list) => {
          const [expected] = executed(s, '{ pays note organisation { name kind } }', [list]);
          expect(listText(list, renderer)?.toString('utf8')).toBe(expected);
        },
      ),
    );
  });
});

describe('list-splices: registering a resolver’s kept lists', () => {
  const s = schema();

  /** Runs the document with a resolver for Query.initiatives that registers its lists; answers what it registered. */
  function registered(document: string, lists: unknown[][]): ListSplice[] | undefined {
    const response = {};
    const result = executeSync({
      schema: s,
      document: parse(document),
      rootValue: {
        initiatives: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          spliceKeptLists(info, response, 'nodes', 'participants', lists);
          return { nodes: lists.map((participants) => ({ participants })) };
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return takeSplices(response);
  }

  it('registers the lists at their answer keys, aliases included', () => {
    const lists = [participants(2), participants(0)];
    const [splice] = registered(`{ page: initiatives { n: nodes { p: participants { role } } } }`, lists)!;
    expect(splice.path).toEqual(['page', 'n']);
    expect(splice.field).toBe('p');
    expect(splice.texts.map((text) => text?.items)).toEqual([2, 0]);
    expect(splice.texts[0]?.bytes.toString('utf8')).toBe('[{"role":"PARTNER"},{"role":"OWNER"}]');
  });

  it.each([
    ['the parents inside a fragment', '{ initiatives { ... on Page { nodes { participants { role } } } } }'],
    [
      'the list inside a fragment',
      '{ initiatives { nodes { ... on Initiative { participants { role } } } } }',
    ],
    ['the parents twice', '{ initiatives { nodes { owner { id } } nodes { participants { role } } } }'],
    ['a directive on the list', '{ initiatives { nodes { participants @include(if: true) { role } } } }'],
    [
      'a selection not rendered here',
      '{ initiatives { nodes { participants { organisation { computed } } } } }',
    ],
  ])('registers nothing with %s', (_, document) => {
    expect(registered(document, [participants(2)])).toBeUndefined();
  });

  it('takes the registrations once', () => {
    const response = {};
    spliceLists(response, { path: ['a'], field: 'b', texts: [] });
    expect(takeSplices(response)).toHaveLength(1);
    expect(takeSplices(response)).toBeUndefined();
  });
});

describe('jsonChunks with registered lists', () => {
  const s = schema();
  const renderer = rendererFor(s, '{ role organisation { name } }')!;
  const text = (value: unknown, splices: ListSplice[]) =>
    Buffer.concat(jsonChunks(value, splices).chunks).toString();

  function answer(lists: unknown[][], key = 'participants') {
    return {
      data: {
        initiatives: {
          totalCount: lists.length,
          nodes: lists.map((list, i) => ({
            id: `i-${i}`,
            name: 'Ny løsning – «test»',
            [key]: list.map((p) => JSON.parse(JSON.stringify(renderer(p))) as unknown),
            version: i,
          })),
        },
      },
      extensions: { note: 'x' },
    };
  }
  const splice = (lists: unknown[][], field = 'participants'): ListSplice => ({
    path: ['initiatives', 'nodes'],
    field,
    texts: lists.map((list) => ({ bytes: listText(list, renderer)!, items: list.length })),
  });

  it('writes the kept bytes in place of each list, the same text as JSON.stringify', () => {
    const lists = [participants(3), participants(0), participants(400), participants(1)];
    const value = answer(lists);
    expect(text(value, [splice(lists)])).toBe(JSON.stringify(value));
  });

  it('writes an answer of many chunks with kept bytes between them the same', () => {
    const lists = Array.from({ length: 60 }, (_, i) => participants(i % 7 === 0 ? 900 : 15));
    const value = answer(lists);
    const { chunks, byteLength } = jsonChunks(value, [splice(lists)]);
    expect(chunks.length).toBeGreaterThan(60);
    const joined = Buffer.concat(chunks);
    expect(joined.length).toBe(byteLength);
    expect(joined.toString()).toBe(JSON.stringify(value));
  });

  it('writes a long member beside a kept list in pieces, the same text', () => {
    const lists = [participants(3), participants(2)];
    const value = answer(lists);
    const long = Array.from({ length: 2_000 }, (_, i) => ({ year: 2000 + (i % 30), note: `rad ${i} – «x»` }));
    (value.data.initiatives.nodes[0] as Record<string, unknown>).history = long;
    expect(JSON.stringify(long).length).toBeGreaterThan(PIECE_CHARS);
    const written = splicedListsWritten();
    const { chunks } = jsonChunks(value, [splice(lists)]);
    expect(splicedListsWritten() - written).toBe(2);
    expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify(value));
    // no piece of the answer but the kept bytes is larger than a chunk
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it('writes a list as it is where the answer does not hold what was registered', () => {
    const lists = [participants(3), participants(2)];
    const value = answer(lists);
    // a parent that is null, a list of another length, a path and a field that are not in the answer
    (value.data.initiatives.nodes as unknown[])[1] = null;
    const other = { ...splice(lists), texts: [{ bytes: Buffer.from('[]'), items: 5 }] };
    const written = splicedListsWritten();
    for (const wrong of [
      splice(lists),
      other,
      { ...splice(lists), path: ['other', 'nodes'] },
      { ...splice(lists), field: 'owner' },
    ])
      expect(text(value, [wrong])).toBe(JSON.stringify(value));
    // only the first parent of `splice(lists)` matched: the rest were written as they are
    expect(splicedListsWritten() - written).toBe(1);
  });
});
