import { randomUUID } from 'node:crypto';
import { type Gql, type GraphQLResponse, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const NB = { 'accept-language': 'nb' };

const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const INITIATIVE = `query($id: ID!) { initiative(id: $id) { id version } }`;
const UPDATE_INITIATIVE = `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id version } }`;
const USER = `query($id: ID!) { user(id: $id) { id } }`;

/** The error of a response, with the fields the localisation touches. */
function only(response: GraphQLResponse) {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}

describe('error messages in Norwegian Bokmål with Accept-Language', () => {
  let t: TestApp;
  let bergen: Gql & { token: string };
  let adminId: string;
  let initiative: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    adminId = (await t.gql(`{ me { id } }`)).data.me.id;
    const found = await t.gql(
      `{ initiatives(filter: { search: "DEMO-LIV-BEDRIFT" }) { nodes { id version } } }`,
    );
    initiative = found.data.initiatives.nodes[0];
  });
  afterAll(() => t.close());

  it('BAD_USER_INPUT with several problems: every problem and the message in Norwegian, the English kept', async () => {
    const input = { orgNumber: '958935421', name: '', kind: 'STATE_AGENCY', municipalityNumber: '0301' };
    const english = only(await t.gql(CREATE_ORGANISATION, { input }));
    const norwegian = only(await t.gql(CREATE_ORGANISATION, { input }, NB));

    expect(english.message).toBe(
      'orgNumber: 958935421 has an invalid check digit: expected 0, got 1; name: must not be empty; ' +
        'municipalityNumber: only municipalities have one (this is STATE_AGENCY)',
    );
    expect(english.extensions!.messageEn).toBeUndefined();
    expect(norwegian.message).toBe(
      'orgNumber: 958935421 har feil kontrollsiffer: forventet 0, fikk 1; name: må fylles ut; ' +
        'municipalityNumber: bare kommuner har kommunenummer (dette er en statlig virksomhet)',
    );
    expect(norwegian.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'orgNumber',
      messageEn: english.message,
      problems: [
        {
          field: 'orgNumber',
          message: '958935421 har feil kontrollsiffer: forventet 0, fikk 1',
          messageEn: '958935421 has an invalid check digit: expected 0, got 1',
        },
        { field: 'name', message: 'må fylles ut', messageEn: 'must not be empty' },
        {
          field: 'municipalityNumber',
          message: 'bare kommuner har kommunenummer (dette er en statlig virksomhet)',
          messageEn: 'only municipalities have one (this is STATE_AGENCY)',
        },
      ],
    });
  });

  it('NOT_FOUND', async () => {
    const id = randomUUID();
    const english = only(await t.gql(INITIATIVE, { id }));
    const norwegian = only(await t.gql(INITIATIVE, { id }, NB));
    expect(english).toMatchObject({
      message: `Initiative ${id} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect(english.extensions!.messageEn).toBeUndefined();
    expect(norwegian).toMatchObject({
      message: `Fant ikke initiativet ${id}`,
      extensions: { code: 'NOT_FOUND', id, messageEn: `Initiative ${id} was not found` },
    });
  });

  it('CONFLICT: a change sent with a version that is no longer current', async () => {
    const sent = initiative.version + 1;
    const input = { id: initiative.id, version: sent, name: 'Overskrevet' };
    const english = only(await t.gql(UPDATE_INITIATIVE, { input }));
    const norwegian = only(await t.gql(UPDATE_INITIATIVE, { input }, NB));
    const enMessage =
      `Initiative was changed by someone else: you sent version ${sent}, the current version is ${initiative.version}. ` +
      'Reload it and apply your change again.';
    expect(english).toMatchObject({ message: enMessage, extensions: { code: 'CONFLICT' } });
    expect(norwegian).toMatchObject({
      message:
        `Initiativet er endret av noen andre: du sendte versjon ${sent}, gjeldende versjon er ${initiative.version}. ` +
        'Last det inn på nytt og gjør endringen igjen.',
      extensions: {
        code: 'CONFLICT',
        sentVersion: sent,
        currentVersion: initiative.version,
        messageEn: enMessage,
      },
    });
    const unchanged = await t.gql(INITIATIVE, { id: initiative.id });
    expect(unchanged.data.initiative.version).toBe(initiative.version);
  });

  it('FORBIDDEN and UNAUTHENTICATED', async () => {
    const english = only(await bergen(USER, { id: adminId }));
    const norwegian = only(
      await bergen(USER, { id: adminId }, { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' }),
    );
    expect(english).toMatchObject({
      message: 'Only administrators see other users',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(norwegian).toMatchObject({
      message: 'Bare administratorer kan se andre brukere',
      extensions: { code: 'FORBIDDEN', messageEn: 'Only administrators see other users' },
    });

    const anonymous = only(
      await t.anonymous(`{ organisations(limit: 1) { totalCount } }`, {}, { 'accept-language': 'no' }),
    );
    expect(anonymous).toMatchObject({
      message: 'Logg inn eller send en gyldig API-nøkkel (Authorization: Bearer …)',
      extensions: {
        code: 'UNAUTHENTICATED',
        messageEn: 'Sign in or send a valid API token (Authorization: Bearer …)',
      },
    });
  });

  it('English for any other language, and Content-Language says which language the answer is in', async () => {
    const ask = async (headers: Record<string, string>) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        // One request id for all four (issue 17 puts it in every error's extensions.requestId), so the
        // bodies differ only by language.
        headers: { 'content-type': 'application/json', 'x-request-id': 'same-request-id', ...headers },
        body: JSON.stringify({
          query: INITIATIVE,
          variables: { id: '00000000-0000-4000-8000-000000000000' },
        }),
      });
      return { language: response.headers.get('content-language'), body: await response.text() };
    };
    const none = await ask({});
    const german = await ask({ 'accept-language': 'de-DE,de;q=0.9' });
    const english = await ask({ 'accept-language': 'en-GB' });
    const norwegian = await ask({ 'accept-language': 'nn' });
    expect([none.language, german.language, english.language, norwegian.language]).toEqual([
      'en',
      'en',
      'en',
      'nb',
    ]);
    expect(german.body).toBe(none.body);
    expect(english.body).toBe(none.body);
    expect(norwegian.body).not.toBe(none.body);
    expect(JSON.parse(norwegian.body).errors[0].extensions.code).toBe(
      JSON.parse(none.body).errors[0].extensions.code,
    );
  });

  it('the export endpoints answer their JSON errors in Norwegian as well', async () => {
    const get = (headers: Record<string, string>) =>
      fetch(`${t.url}/api/exports/allocations.csv?year=twenty`, {
        headers: { authorization: `Bearer ${bergen.token}`, ...headers },
      });
    const english = await get({});
    const norwegian = await get(NB);
    expect(english.status).toBe(400);
    expect(norwegian.status).toBe(400);
    expect(norwegian.headers.get('content-language')).toBe('nb');
    expect(await english.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'year: must be a year between 1990 and 2200 (got "twenty")',
    });
    expect(await norwegian.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'year: må være et årstall mellom 1990 og 2200 (fikk «twenty»)',
      messageEn: 'year: must be a year between 1990 and 2200 (got "twenty")',
      problems: [{ field: 'year', message: 'må være et årstall mellom 1990 og 2200 (fikk «twenty»)' }],
    });
  });

  it('keeps the codes of errors it cannot translate (GraphQL validation stays English)', async () => {
    const response = await t.gql(`{ nonsense }`, {}, NB);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toMatch(/Cannot query field "nonsense"/);
    expect(response.errors![0].extensions!.messageEn).toBeUndefined();
  });
});
