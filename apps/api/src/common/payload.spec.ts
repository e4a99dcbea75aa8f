import { msg } from '@gevinst/domain';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import { bulkItemError } from './bulk.js';
import { badInput, badInputMany, conflict, forbidden, notFound, unauthenticated } from './errors.js';
import { PayloadMapper, isUserError, mutationArguments } from './payload.js';

const SCHEMA = buildSchema(`
  input ThingInput { url: String, roles: [String!] }
  type Query { ok: Boolean }
  type Mutation {
    update(id: ID!, input: ThingInput!): Boolean
    set(organisationId: ID!, year: Int!): Boolean
  }
`);

/** The `info` of resolving `field` of Mutation, as graphql-js passes it (the parts the mapper reads). */
const infoOf = (field: string) =>
  ({ parentType: SCHEMA.getMutationType()!, fieldName: field }) as unknown as GraphQLResolveInfo;

const mapper = (field: string, values: Record<string, unknown>, language: 'en' | 'nb' = 'en') =>
  new PayloadMapper(language, mutationArguments(infoOf(field), values));

const ID = '11111111-1111-4111-8111-111111111111';

describe('PayloadMapper', () => {
  it('answers the built payload with no userErrors when the service resolves', async () => {
    const payload = await mapper('update', { id: ID }).of(
      () => Promise.resolve({ id: ID }),
      (thing) => ({ thing }),
      { thing: null },
    );
    expect(payload).toEqual({ thing: { id: ID }, userErrors: [] });
  });

  it('answers an input error as one userError per field problem, with the path inside the input object', async () => {
    const payload = await mapper('update', { id: ID, input: {} }, 'nb').of(
      () =>
        Promise.reject(
          badInputMany([
            { field: 'url', message: msg('NOT_AN_HTTPS_URL') },
            { field: 'roles[1]', message: msg('REQUIRED') },
          ]),
        ),
      (thing) => ({ thing }),
      { thing: null },
    );
    expect(payload).toEqual({
      thing: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'NOT_AN_HTTPS_URL',
          field: ['input', 'url'],
          message: 'må være en https://-adresse (http:// bare for localhost)',
        },
        {
          code: 'BAD_USER_INPUT',
          reason: 'REQUIRED',
          field: ['input', 'roles', '1'],
          message: expect.any(String),
        },
      ],
    });
  });

  it('keeps a field that names an argument as it is, and has no input object to put others in', () => {
    const set = mapper('set', { organisationId: ID, year: 1800 });
    expect(set.userErrors(badInput('year', msg('REQUIRED')))[0].field).toEqual(['year']);
    const update = mapper('update', { id: ID, input: {} });
    expect(update.userErrors(badInput('id', msg('REQUIRED')))[0].field).toEqual(['id']);
  });

  it('names the argument holding the id of a NOT_FOUND, and no field for a CONFLICT of the state', () => {
    const update = mapper('update', { id: ID, input: { url: 'x' } });
    expect(update.userErrors(notFound('Thing', ID))).toEqual([
      { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'], message: `Thing ${ID} was not found` },
    ]);
    expect(update.userErrors(notFound('Thing', 'elsewhere'))[0].field).toBeNull();
    expect(update.userErrors(conflict(msg('OIDC_SLUG_TAKEN', { slug: 'x' })))[0]).toMatchObject({
      code: 'CONFLICT',
      reason: 'OIDC_SLUG_TAKEN',
      field: null,
    });
  });

  it('throws FORBIDDEN, UNAUTHENTICATED and faults on, as top-level errors', async () => {
    for (const error of [forbidden(), unauthenticated(), new Error('database gone')]) {
      await expect(
        mapper('update', { id: ID }).of(
          () => Promise.reject(error),
          () => ({}),
          {},
        ),
      ).rejects.toBe(error);
    }
    expect(isUserError(forbidden())).toBe(false);
    expect(isUserError(badInput('x', msg('REQUIRED')))).toBe(true);
  });
});

describe('bulkItemError (the same mapping, one error per item)', () => {
  it('keeps its shape: the first field, and every problem as "field: message"', () => {
    const error = badInputMany([
      { field: 'date', message: msg('REQUIRED') },
      { field: 'value', message: msg('REQUIRED') },
    ]);
    const item = bulkItemError(error, 'en');
    expect(item).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'date' });
    expect(item.message).toMatch(/^date: .+; value: .+$/);
    expect(bulkItemError(forbidden(), 'en')).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
      field: null,
    });
  });
});
