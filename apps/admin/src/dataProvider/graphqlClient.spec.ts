import { describe, expect, it, jest } from '@jest/globals';
import { HttpError } from 'react-admin';
import { i18nProvider } from '../i18n';
import {
  createGraphQLClient,
  entityOf,
  formFieldOf,
  graphqlClient,
  toHttpError,
  type GraphQLErrorBody,
} from './graphqlClient';

type FetchMock = jest.Mock<typeof globalThis.fetch>;

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function clientReturning(response: Response | Error): {
  fetch: FetchMock;
  client: ReturnType<typeof createGraphQLClient>;
} {
  const fetch: FetchMock = jest.fn<typeof globalThis.fetch>();
  if (response instanceof Error) fetch.mockRejectedValue(response);
  else fetch.mockResolvedValue(response);
  return { fetch, client: createGraphQLClient({ fetch }) };
}

async function errorOf(promise: Promise<unknown>): Promise<HttpError & { body: GraphQLErrorBody }> {
  try {
    await promise;
  } catch (error) {
    return error as HttpError & { body: GraphQLErrorBody };
  }
  throw new Error('expected the request to fail');
}

describe('createGraphQLClient', () => {
  it('POSTs the query and variables as JSON to /graphql and returns data', async () => {
    const { fetch, client } = clientReturning(jsonResponse({ data: { ok: true } }));
    await expect(client.request('query { ok }', { a: 1 }, { operationName: 'Ok' })).resolves.toEqual({
      ok: true,
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(init?.body as string)).toEqual({
      query: 'query { ok }',
      variables: { a: 1 },
      operationName: 'Ok',
    });
  });

  it('adds headers from the headers callback', async () => {
    const fetch: FetchMock = jest.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ data: {} }));
    const client = createGraphQLClient({ fetch, url: '/x', headers: () => ({ authorization: 'Bearer t' }) });
    await client.request('query { a }');
    expect((fetch.mock.calls[0][1]?.headers as Record<string, string>).authorization).toBe('Bearer t');
  });

  it('sends the UI’s current locale as Accept-Language, so the API answers in the same language', async () => {
    const fetch: FetchMock = jest.fn<typeof globalThis.fetch>();
    fetch.mockImplementation(() => Promise.resolve(jsonResponse({ data: {} })));
    let locale = 'nb';
    const client = createGraphQLClient({ fetch, locale: () => locale });
    await client.request('query { a }');
    locale = 'en';
    await client.request('query { a }');
    locale = 'de';
    await client.request('query { a }');
    const sent = fetch.mock.calls.map(
      ([, init]) => (init?.headers as Record<string, string>)['accept-language'],
    );
    expect(sent).toEqual(['nb', 'en', undefined]);
  });

  it('the app’s client follows the locale of the i18nProvider', async () => {
    const original = globalThis.fetch;
    const fetch: FetchMock = jest.fn<typeof globalThis.fetch>();
    fetch.mockImplementation(() => Promise.resolve(jsonResponse({ data: {} })));
    globalThis.fetch = fetch;
    try {
      await graphqlClient.request('query { a }');
      await i18nProvider.changeLocale('en');
      await graphqlClient.request('query { a }');
      await i18nProvider.changeLocale('nb');
    } finally {
      globalThis.fetch = original;
    }
    const sent = fetch.mock.calls.map(
      ([, init]) => (init?.headers as Record<string, string>)['accept-language'],
    );
    expect(sent).toEqual(['nb', 'en']);
  });

  it('maps BAD_USER_INPUT with a field to react-admin validation errors', async () => {
    const { client } = clientReturning(
      jsonResponse({
        data: null,
        errors: [
          {
            message: 'orgNumber has an invalid check digit',
            extensions: { code: 'BAD_USER_INPUT', field: 'orgNumber' },
          },
          { message: 'name is required', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } },
        ],
      }),
    );
    const error = await errorOf(client.request('mutation { x }'));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('orgNumber has an invalid check digit');
    expect(error.body.errors).toEqual({
      orgNumber: 'orgNumber has an invalid check digit',
      name: 'name is required',
      root: { serverError: 'orgNumber has an invalid check digit' },
    });
  });

  it("throws a mutation payload's userErrors as it throws errors: field errors and the first message", async () => {
    const { client } = clientReturning(
      jsonResponse({
        data: {
          createIdentityProvider: {
            identityProvider: null,
            userErrors: [
              {
                code: 'BAD_USER_INPUT',
                reason: 'NOT_AN_HTTPS_URL',
                field: ['input', 'issuerUrl'],
                message: 'må være en https-adresse',
              },
              {
                code: 'BAD_USER_INPUT',
                reason: 'REQUIRED',
                field: ['input', 'roleMappings', '0', 'claimValue'],
                message: 'mangler',
              },
            ],
          },
        },
      }),
    );
    const error = await errorOf(client.request('mutation CreateIdentityProvider { x }'));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('må være en https-adresse');
    expect(error.body.errors).toEqual({
      issuerUrl: 'må være en https-adresse',
      'roleMappings.0.claimValue': 'mangler',
      root: { serverError: 'må være en https-adresse' },
    });
  });

  it('shows a CONFLICT in userErrors with its own message, as a top-level CONFLICT of that rule', async () => {
    const { client } = clientReturning(
      jsonResponse({
        data: {
          setKostraCode: {
            kostraCodes: null,
            userErrors: [{ code: 'CONFLICT', reason: 'OIDC_SLUG_TAKEN', field: null, message: 'taken' }],
          },
        },
      }),
    );
    const error = await errorOf(client.request('mutation { x }'));
    expect(error.status).toBe(409);
    expect(error.message).toBe('taken');
    expect(error.body.graphQLErrors).toEqual([
      { message: 'taken', extensions: { code: 'CONFLICT', reason: 'OIDC_SLUG_TAKEN' } },
    ]);
  });

  it('returns the data of a payload whose userErrors are empty', async () => {
    const data = { deleteWebhookSubscription: { deletedId: 'w1', userErrors: [] } };
    const { client } = clientReturning(jsonResponse({ data }));
    await expect(client.request('mutation { x }')).resolves.toEqual(data);
  });

  it.each([
    ['NOT_FOUND', 404, 'ra.notification.item_doesnt_exist'],
    ['CONFLICT', 409, 'gevinst.errors.conflict'],
    ['FORBIDDEN', 403, 'ra.notification.not_authorized'],
    ['UNAUTHENTICATED', 401, 'ra.notification.logged_out'],
  ])('maps %s to HTTP %i with a translatable message', async (code, status, message) => {
    const { client } = clientReturning(
      jsonResponse({ errors: [{ message: 'server says', extensions: { code } }] }),
    );
    const error = await errorOf(client.request('query { x }'));
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    expect(error.body.code).toBe(code);
    expect(error.body.message).toBe('server says');
    expect(error.body.errors).toBeUndefined();
  });

  it('maps a stale version to the generic conflict sentence, and any other conflict to its own message', async () => {
    const stale = clientReturning(
      jsonResponse({
        errors: [
          { message: 'Initiative was changed', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } },
        ],
      }),
    );
    expect((await errorOf(stale.client.request('mutation { x }'))).message).toBe('gevinst.errors.conflict');
    // Issue 17: adding an organisation that takes part already said «Noen andre har endret denne posten…».
    const message = 'Bergen kommune deltar allerede i DEMO-LIV-JOBB som samarbeidspartner';
    const taken = clientReturning(
      jsonResponse({
        errors: [{ message, extensions: { code: 'CONFLICT', reason: 'ALREADY_TAKES_PART' } }],
      }),
    );
    const error = await errorOf(taken.client.request('mutation { x }'));
    expect(error.status).toBe(409);
    expect(error.message).toBe(message);
  });

  it('uses the HTTP status for request-level errors without a known code', async () => {
    const { client } = clientReturning(
      jsonResponse(
        { errors: [{ message: 'Cannot query field "nope"', extensions: { code: 'SOMETHING' } }] },
        400,
      ),
    );
    const error = await errorOf(client.request('query { nope }'));
    expect(error.status).toBe(400);
    expect(error.message).toBe('Cannot query field "nope"');
  });

  it('returns data when the only errors are tolerated', async () => {
    const { client } = clientReturning(
      jsonResponse({
        data: { r0: { id: '1' }, r1: null },
        errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }],
      }),
    );
    await expect(client.request('query { r0 r1 }', {}, { tolerate: ['NOT_FOUND'] })).resolves.toEqual({
      r0: { id: '1' },
      r1: null,
    });
  });

  it('keeps the request id of an error (extensions.requestId, else the X-Request-Id header) for the alert', async () => {
    const fromExtensions = clientReturning(
      jsonResponse({
        data: null,
        errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId: 'req-in-extensions' } }],
      }),
    );
    expect((await errorOf(fromExtensions.client.request('query { a }'))).body.requestId).toBe(
      'req-in-extensions',
    );
    const fromHeader = clientReturning(
      new Response('<html>proxy error</html>', { status: 502, headers: { 'x-request-id': 'req-in-header' } }),
    );
    expect((await errorOf(fromHeader.client.request('query { a }'))).body.requestId).toBe('req-in-header');
    const without = clientReturning(jsonResponse({ data: null, errors: [{ message: 'x' }] }));
    expect((await errorOf(without.client.request('query { a }'))).body.requestId).toBeUndefined();
  });

  it('reports network failures and non-JSON answers as HttpErrors', async () => {
    const offline = await errorOf(
      clientReturning(new TypeError('fetch failed')).client.request('query { a }'),
    );
    expect(offline.status).toBe(0);
    expect(offline.message).toBe('ra.notification.http_error');

    const html = await errorOf(
      clientReturning(
        new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ).client.request('query { a }'),
    );
    expect(html.status).toBe(502);
    expect(html.message).toBe('Bad Gateway');
  });
});

describe('formFieldOf', () => {
  it('turns API input paths into form sources', () => {
    expect(formFieldOf('orgNumber')).toBe('orgNumber');
    expect(formFieldOf('input.parentId')).toBe('parentId');
    expect(formFieldOf('fundingSources[1].amount')).toBe('fundingSources.1.amount');
  });
});

describe('toHttpError', () => {
  it('puts a BAD_USER_INPUT without field into the form-level error only', () => {
    const error = toHttpError([{ message: 'Dates overlap', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(error.status).toBe(400);
    expect((error.body as GraphQLErrorBody).errors).toEqual({ root: { serverError: 'Dates overlap' } });
  });
});

describe('entityOf', () => {
  it("answers a payload's entity and refuses a payload without one (an API fault, not a user error)", () => {
    expect(entityOf({ id: 'u1' }, 'createServiceAccount')).toEqual({ id: 'u1' });
    expect(() => entityOf(null, 'createServiceAccount')).toThrow(/createServiceAccount: no entity/);
  });
});
