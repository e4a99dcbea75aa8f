import { buildSchema, graphql, type GraphQLObjectType } from 'graphql';
import { answerPreloadedFields, resolveSynchronously } from './preloaded-fields.js';

function schemaWithResolver(calls: string[]) {
  const schema = buildSchema(`
    type Organisation { name: String! }
    type Initiative { code: String! owner: Organisation! }
    type Query { initiatives: [Initiative!]! }
  `);
  const owner = (schema.getType('Initiative') as GraphQLObjectType).getFields().owner;
  owner.resolve = (source: { code: string }) => {
    calls.push(source.code);
    return { name: `loaded for ${source.code}` };
  };
  return schema;
}

describe('answerPreloadedFields', () => {
  it('answers an attached value without the resolver, and runs the resolver when none is attached', async () => {
    const calls: string[] = [];
    const schema = answerPreloadedFields(schemaWithResolver(calls), { Initiative: ['owner'] });
    const result = await graphql({
      schema,
      source: '{ initiatives { code owner { name } } }',
      rootValue: { initiatives: [{ code: 'A', owner: { name: 'attached' } }, { code: 'B' }] },
    });
    expect(result).toEqual({
      data: {
        initiatives: [
          { code: 'A', owner: { name: 'attached' } },
          { code: 'B', owner: { name: 'loaded for B' } },
        ],
      },
    });
    expect(calls).toEqual(['B']);
  });

  it('refuses a type or field that does not exist or has no resolver', () => {
    expect(() => answerPreloadedFields(schemaWithResolver([]), { Nothing: ['owner'] })).toThrow(
      'no object type Nothing',
    );
    expect(() => answerPreloadedFields(schemaWithResolver([]), { Initiative: ['code'] })).toThrow(
      'Initiative.code has no resolver',
    );
  });
});

describe('resolveSynchronously', () => {
  it('replaces the field resolver by the plain function, with its arguments and their defaults', async () => {
    const schema = buildSchema(`
      enum Language { EN NB }
      type Line { text(language: Language = EN): String! }
      type Query { lines: [Line!]! }
    `);
    const calls: string[] = [];
    (schema.getType('Line') as GraphQLObjectType).getFields().text.resolve = () => {
      calls.push('wrapped');
      return 'wrapped';
    };
    resolveSynchronously(schema, {
      Line: {
        text: (line: { en: string; nb: string }, args: { language: string }) =>
          args.language === 'NB' ? line.nb : line.en,
      },
    });
    const result = await graphql({
      schema,
      source: '{ lines { en: text nb: text(language: NB) } }',
      rootValue: { lines: [{ en: 'cost', nb: 'kostnad' }] },
    });
    expect(result).toEqual({ data: { lines: [{ en: 'cost', nb: 'kostnad' }] } });
    expect(calls).toEqual([]);
    expect(() => resolveSynchronously(schema, { Line: { missing: () => null } })).toThrow(
      'no field Line.missing',
    );
  });
});
