/**
 * Issue 21: a paying participant confirms or objects to the current version of an initiative's key, with a
 * comment (audited); the owner and the responsible ministry's reviewer see who confirmed, who objected and
 * who has not answered (the reminder list). Demo: DEMO-DIGIFIN-FIKS (owner KS, ministry KDD, 357 paying
 * municipalities).
 */
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { aSignedInUser } from './support/users.js';

const CONFIRMATIONS = `query($i: ID!) { keyConfirmations(initiativeId: $i) {
  keyName keyVersion keyVersionId
  participants { orgNumber name status comment decidedByEmail decidedAt } } }`;
const RESPOND = `mutation($i: RespondToKeyInput!) { respondToKey(input: $i) {
  keyConfirmation { decision comment decidedAt }
  userErrors { code reason field message } } }`;

describe('key confirmations (issue 21)', () => {
  let t: TestApp;
  let owner: Gql;
  let reviewer: Gql;
  let bergen: Gql;
  let oslo: Gql;
  let initiativeId: string;
  let keyVersionId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const org = await organisationIds(t.gql, { ks: '971032146' });
    owner = await aSignedInUser(t, { organisationId: org.ks, roles: ['INITIATIVE_OWNER'] });
    reviewer = await t.as('departement@demo.gevinst.no');
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    [{ id: initiativeId }] = await t.db.query(`SELECT id FROM initiatives WHERE code = 'DEMO-DIGIFIN-FIKS'`);
    const res = await owner(CONFIRMATIONS, { i: initiativeId });
    expect(res.errors).toBeUndefined();
    keyVersionId = res.data.keyConfirmations.keyVersionId;
  });
  afterAll(async () => t?.close());

  it('lists every paying participant as not answered before anyone answers', async () => {
    const res = await owner(CONFIRMATIONS, { i: initiativeId });
    expect(res.data.keyConfirmations.keyName).toBe('[Demo] DigiFin – 20 kr per innbygger');
    expect(res.data.keyConfirmations.keyVersion).toBe(1);
    const statuses = res.data.keyConfirmations.participants.map((p: { status: string }) => p.status);
    expect(statuses).toHaveLength(357);
    expect(new Set(statuses)).toEqual(new Set(['NOT_ANSWERED']));
  });

  it('refuses an objection without a comment, a stale version (userErrors) and a non-participant (FORBIDDEN)', async () => {
    const stored = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT ((SELECT count(*) FROM key_confirmations) + (SELECT count(*) FROM audit_events WHERE entity_type = 'CostSharingKeyVersion'))::int AS n`,
        )
      )[0].n;
    const before = await stored();
    const noComment = { i: { initiativeId, keyVersionId, decision: 'OBJECTED' } };
    const nb = await bergen(RESPOND, noComment, { 'accept-language': 'nb' });
    const en = await bergen(RESPOND, noComment, { 'accept-language': 'en' });
    expect(nb.errors).toBeUndefined();
    expect(nb.data.respondToKey).toEqual({
      keyConfirmation: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'OBJECTION_NEEDS_COMMENT',
          field: ['input', 'comment'],
          message: 'skriv hvorfor dere protesterer: en innsigelse må ha en kommentar',
        },
      ],
    });
    expect(en.data.respondToKey.userErrors[0].message).toBe(
      'say why you object: an objection needs a comment',
    );
    const stale = await bergen(RESPOND, {
      i: { initiativeId, keyVersionId: '00000000-0000-4000-8000-000000000000', decision: 'CONFIRMED' },
    });
    expect(stale.data.respondToKey).toMatchObject({
      keyConfirmation: null,
      userErrors: [
        { code: 'BAD_USER_INPUT', reason: 'KEY_VERSION_NOT_CURRENT', field: ['input', 'keyVersionId'] },
      ],
    });
    expect(await stored()).toBe(before);
    const outsider = await t.as('eier@demo.gevinst.no');
    const refused = await outsider(RESPOND, { i: { initiativeId, keyVersionId, decision: 'CONFIRMED' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions!.reason).toBe('KEY_CONFIRMATION_PARTICIPANTS_ONLY');
  });

  it('shows the owner and the reviewer that Bergen objects (with its comment) and Oslo confirms', async () => {
    const comment = 'Innbyggertall alene gir ikke en rettferdig fordeling for store byer med egne løsninger.';
    const objected = await bergen(RESPOND, {
      i: { initiativeId, keyVersionId, decision: 'OBJECTED', comment },
    });
    expect(objected.errors).toBeUndefined();
    expect(objected.data.respondToKey).toMatchObject({
      keyConfirmation: { decision: 'OBJECTED', comment },
      userErrors: [],
    });
    const confirmed = await oslo(RESPOND, { i: { initiativeId, keyVersionId, decision: 'CONFIRMED' } });
    expect(confirmed.errors).toBeUndefined();

    for (const viewer of [owner, reviewer]) {
      const res = await viewer(CONFIRMATIONS, { i: initiativeId });
      expect(res.errors).toBeUndefined();
      const participants = res.data.keyConfirmations.participants as {
        orgNumber: string;
        status: string;
        comment: string | null;
        decidedByEmail: string | null;
      }[];
      expect(participants.find((p) => p.orgNumber === '964338531')).toMatchObject({
        status: 'OBJECTED',
        comment,
        decidedByEmail: 'okonomi.bergen@demo.gevinst.no',
      });
      expect(participants.find((p) => p.orgNumber === '958935420')).toMatchObject({ status: 'CONFIRMED' });
      expect(participants.filter((p) => p.status === 'NOT_ANSWERED')).toHaveLength(355);
    }

    const audit = await t.db.query(
      `SELECT operation, after FROM audit_events WHERE entity_type = 'CostSharingKeyVersion' AND entity_id = $1
        ORDER BY id`,
      [keyVersionId],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
      'objectToKeyVersion',
      'confirmKeyVersion',
    ]);
    expect(audit[0].after.comment).toBe(comment);
  });

  it('is not shown to a participant: the list is the owner’s and the reviewer’s', async () => {
    expect(errorCode(await bergen(CONFIRMATIONS, { i: initiativeId }))).toBe('FORBIDDEN');
  });
});
