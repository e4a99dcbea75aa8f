import { buildSchema, parse, validate } from 'graphql';
import {
  analyseDocument,
  deprecatedCoordinates,
  deprecationReasonOf,
  operationOf,
  usedCoordinates,
} from './deprecated-usage.analysis.js';

const schema = buildSchema(`
  directive @trim(old: Boolean @deprecated(reason: "Always on."), on: Boolean) on FIELD
  enum Colour { RED GREEN BLUE @deprecated(reason: "Use GREEN.") }
  input RangeInput { from: Int to: Int }
  input KeyInput {
    amount: Int
    floor: Int @deprecated(reason: "Use floorAmount.")
    floorAmount: Int
    colour: Colour
    nested: [KeyInput!]
    range: RangeInput
  }
  input PlainInput { name: String }
  type Position {
    paid: Int @deprecated(reason: "Use paidAmount.")
    paidAmount: Int
    colour(as: Colour): Colour
  }
  type Query {
    positions(search: String @deprecated(reason: "Use filter."), filter: PlainInput, key: KeyInput): [Position!]!
    plain(input: PlainInput): Int
  }
`);

/** Parses and validates, as Apollo does before the plugin runs. */
function doc(source: string) {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  return document;
}

const used = (source: string, variables?: Record<string, unknown>, operationName?: string) =>
  [...deprecatedCoordinates(schema, doc(source), operationName, variables)].sort();

describe('deprecated usage analysis', () => {
  it('finds a selected deprecated field, also through fragments and inline fragments', () => {
    expect(used('{ positions { paid paidAmount } }')).toEqual(['Position.paid']);
    expect(
      used('query A { positions { ...P } } fragment P on Position { ...Q } fragment Q on Position { paid }'),
    ).toEqual(['Position.paid']);
    expect(used('{ positions { ... on Position { paid } } }')).toEqual(['Position.paid']);
  });

  it('finds nothing in an operation that uses nothing deprecated, and says it needs no variables', () => {
    const analysis = analyseDocument(
      schema,
      doc('query Clean($f: PlainInput) { positions(filter: $f) { paidAmount } }'),
    );
    expect(analysis.empty).toBe(true);
    expect(operationOf(analysis, 'Clean')?.needsVariables).toBe(false);
    expect(
      used('query Clean($f: PlainInput) { positions(filter: $f) { paidAmount } }', { f: { name: 'x' } }),
    ).toEqual([]);
  });

  it('keeps each operation of a document apart and answers for the one asked', () => {
    const source = 'query Old { positions { paid } } query New { positions { paidAmount } } ';
    expect(used(source, {}, 'Old')).toEqual(['Position.paid']);
    expect(used(source, {}, 'New')).toEqual([]);
    // Two operations and no name: there is no operation to run, so nothing is used.
    expect(used(source)).toEqual([]);
  });

  it('finds a deprecated argument given as a literal, and as a variable only when the variable is given', () => {
    expect(used('{ positions(search: "x") { paidAmount } }')).toEqual(['Query.positions(search:)']);
    const source = 'query Q($s: String) { positions(search: $s) { paidAmount } }';
    expect(used(source, { s: 'x' })).toEqual(['Query.positions(search:)']);
    expect(used(source, { s: null })).toEqual(['Query.positions(search:)']);
    expect(used(source, {})).toEqual([]);
    expect(used('query Q($s: String = "x") { positions(search: $s) { paidAmount } }', {})).toEqual([
      'Query.positions(search:)',
    ]);
    expect(used('{ positions { paidAmount @trim(old: true) } }')).toEqual(['@trim(old:)']);
    expect(used('{ positions { paidAmount @trim(on: true) } }')).toEqual([]);
  });

  it('finds deprecated input fields and enum values written in literals, nested too', () => {
    expect(used('{ positions(key: { floor: 1 }) { paidAmount } }')).toEqual(['KeyInput.floor']);
    expect(used('{ positions(key: { nested: [{ floor: 1, colour: BLUE }] }) { paidAmount } }')).toEqual([
      'Colour.BLUE',
      'KeyInput.floor',
    ]);
    expect(used('{ positions { colour(as: BLUE) } }')).toEqual(['Colour.BLUE']);
    expect(used('{ positions { colour(as: RED) } }')).toEqual([]);
    expect(used('query Q($f: Int) { positions(key: { floor: $f }) { paidAmount } }', {})).toEqual([]);
    expect(used('query Q($f: Int) { positions(key: { floor: $f }) { paidAmount } }', { f: 2 })).toEqual([
      'KeyInput.floor',
    ]);
  });

  it('walks a variable’s value along its input type for deprecated input fields and enum values', () => {
    const source = 'query Q($k: KeyInput) { positions(key: $k) { paidAmount } }';
    const usage = operationOf(analyseDocument(schema, doc(source)), 'Q')!;
    expect(usage.needsVariables).toBe(true);
    expect([...usedCoordinates(usage, { k: { floorAmount: 1 } })]).toEqual([]);
    expect([...usedCoordinates(usage, { k: { floor: 1 } })]).toEqual(['KeyInput.floor']);
    expect([...usedCoordinates(usage, { k: { floor: undefined } })]).toEqual([]);
    // A single value where a list is expected, an enum value deep down, a field explicitly null.
    expect(
      [...usedCoordinates(usage, { k: { nested: { nested: [{ colour: 'BLUE', floor: null }] } } })].sort(),
    ).toEqual(['Colour.BLUE', 'KeyInput.floor']);
    expect(
      used('query Q($c: Colour) { positions { colour(as: $c) } }', {
        c: 'BLUE',
      }),
    ).toEqual(['Colour.BLUE']);
    // The same request twice gives the same answer (the analysis is reused, not changed).
    expect([...usedCoordinates(usage, { k: { floor: 1 } })]).toEqual(['KeyInput.floor']);
  });

  it('names the deprecation reason of every kind of coordinate, null when not deprecated or gone', () => {
    expect(deprecationReasonOf(schema, 'Position.paid')).toBe('Use paidAmount.');
    expect(deprecationReasonOf(schema, 'Query.positions(search:)')).toBe('Use filter.');
    expect(deprecationReasonOf(schema, 'KeyInput.floor')).toBe('Use floorAmount.');
    expect(deprecationReasonOf(schema, 'Colour.BLUE')).toBe('Use GREEN.');
    expect(deprecationReasonOf(schema, '@trim(old:)')).toBe('Always on.');
    expect(deprecationReasonOf(schema, 'Position.paidAmount')).toBeNull();
    expect(deprecationReasonOf(schema, 'Position.gone')).toBeNull();
    expect(deprecationReasonOf(schema, 'Nothing.here')).toBeNull();
    expect(deprecationReasonOf(schema, 'not a coordinate')).toBeNull();
  });
});
