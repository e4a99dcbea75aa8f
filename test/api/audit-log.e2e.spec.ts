import {
  type AuditReference,
  auditActorName,
  auditDateTime,
  auditFieldChanges,
  auditFieldSpec,
  auditSentence,
  auditSnapshotFields,
  describeAuditEntity,
} from '@gevinst/domain';
import { aBenefit } from './support/benefits.js';
import { aCostItem } from './support/cost-items.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';

const REFERENCE = 'id entityType name date year parentName';
const EVENTS = `query($filter: AuditEventFilter, $offset: Int!) {
  auditEvents(filter: $filter, offset: $offset, limit: 500) { totalCount nodes {
    id occurredAt operation entityType entityId actorKind actorEmail actorName actorOrganisationName
    before after subject { ${REFERENCE} } references { ${REFERENCE} } } } }`;

interface Event {
  id: string;
  occurredAt: string;
  operation: string;
  entityType: string;
  entityId: string;
  actorKind: string;
  actorEmail: string | null;
  actorName: string | null;
  actorOrganisationName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  subject: AuditReference | null;
  references: AuditReference[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The enum labels the admin has are not the API's; here any label will do, a missing one shows as such. */
const ctxOf = (event: Event, lang: 'nb' | 'en') => ({
  lang,
  references: new Map(event.references.map((ref) => [ref.id, ref])),
  enumLabel: (enumName: string, value: string) => `${enumName}:${value}`,
});

async function allEvents(gql: Gql, filter: Record<string, unknown> = {}): Promise<Event[]> {
  const events: Event[] = [];
  for (let offset = 0; ; offset += 500) {
    const data = await queryData<{ auditEvents: { totalCount: number; nodes: Event[] } }>(gql, EVENTS, {
      filter,
      offset,
    });
    events.push(...data.auditEvents.nodes);
    if (events.length >= data.auditEvents.totalCount || !data.auditEvents.nodes.length) return events;
  }
}

describe('the audit log in words (issue 17)', () => {
  let t: TestApp;
  let owner: Gql;
  let initiativeId: string;
  let benefitId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    owner = await t.as('eier@demo.gevinst.no'); // Ola Prosjekteier, Brønnøysundregistrene
    initiativeId = (await initiativeIdsByCode(owner))['DEMO-LIV-BEDRIFT'];
    const data = await queryData<{ initiative: { benefits: { id: string; title: string }[] } }>(
      owner,
      `query($id: ID!) { initiative(id: $id) { benefits { id title } } }`,
      { id: initiativeId },
    );
    benefitId = data.initiative.benefits.find(
      (b) => b.title === 'Mindre tid på registrering for gründere',
    )!.id;
  });
  afterAll(() => t.close());

  it('recording and correcting a measurement: the measurement, its benefit, the person by name, fields in words, local time', async () => {
    const recorded = await queryData<{ recordMeasurement: { id: string } }>(
      owner,
      `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: { benefitId, date: '2026-06-30', value: '41.5', source: 'Sakssystemet' } },
    );
    await queryData(
      owner,
      `mutation($input: CorrectMeasurementInput!) { correctMeasurement(input: $input) { id } }`,
      {
        input: {
          measurementId: recorded.recordMeasurement.id,
          value: '40.25',
          reason: 'Uttrekket manglet to avdelinger',
        },
      },
    );
    const events = await allEvents(t.gql, { entityType: 'BenefitMeasurement', initiativeId });
    const correction = events.find((e) => e.operation === 'correctMeasurement')!;
    const recording = events.find(
      (e) => e.operation === 'recordMeasurement' && e.entityId === recorded.recordMeasurement.id,
    )!;

    // The operation filter selects only that operation.
    const corrections = await allEvents(t.gql, { operation: 'correctMeasurement', initiativeId });
    expect(corrections.map((e) => e.id)).toEqual([correction.id]);

    // The entity by its date and benefit; the person by name with their organisation, not the e-mail.
    expect(describeAuditEntity(correction.entityType, correction.subject, 'nb')).toBe(
      'Måling 30.06.2026 for Mindre tid på registrering for gründere',
    );
    expect(correction.actorName).toBe('Ola Prosjekteier');
    expect(correction.actorOrganisationName).toMatch(/^Brønnøysundregistrene$/i);
    const actor = auditActorName(
      { kind: correction.actorKind, name: correction.actorName, email: correction.actorEmail },
      'nb',
    );
    expect(auditSentence(actor, correction.operation, 'Måling 30.06.2026 for …', 'nb')).toBe(
      'Ola Prosjekteier korrigerte en måling: Måling 30.06.2026 for …',
    );
    expect(
      auditSentence(
        auditActorName({ kind: recording.actorKind, name: recording.actorName, email: null }, 'en'),
        recording.operation,
        describeAuditEntity(recording.entityType, recording.subject, 'en'),
        'en',
      ),
    ).toBe(
      'Ola Prosjekteier recorded a measurement: Measurement 30.06.2026 for Mindre tid på registrering for gründere',
    );

    // The fields in words: 41,5 → 40,25, the reason, the replaced measurement by name; no id, no field name.
    const rows = auditFieldChanges(
      correction.entityType,
      correction.before,
      correction.after,
      ctxOf(correction, 'nb'),
    );
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]));
    expect(byLabel['Verdi']).toMatchObject({ before: '41,5', after: '40,25' });
    expect(byLabel['Begrunnelse for korrigeringen'].after).toBe('Uttrekket manglet to avdelinger');
    expect(byLabel['Erstatter måling'].after).toBe(
      'Måling 30.06.2026 for Mindre tid på registrering for gründere',
    );
    for (const row of rows) {
      expect(`${row.label} ${row.before} ${row.after}`).not.toMatch(UUID);
      expect(row.label).not.toMatch(/[a-z][A-Z]/);
    }
    // Local time: the recorded instant as the wall clock in Oslo, as the row's own time is shown.
    const recordedAt = String(correction.after!.recordedAt);
    expect(byLabel['Registrert'].after).toBe(auditDateTime(recordedAt));
    const utc = new Date(recordedAt);
    const osloHour = Number(byLabel['Registrert'].after.slice(-5, -3));
    // Norway is UTC+1 in winter and UTC+2 in summer: the shown hour is the UTC hour plus one or two.
    expect([(utc.getUTCHours() + 1) % 24, (utc.getUTCHours() + 2) % 24]).toContain(osloHour);
  });

  it('names a deleted entity from the event’s own before-snapshot', async () => {
    const created = await aBenefit(owner, { initiativeId, title: 'Gevinst som slettes' });
    await queryData(owner, `mutation($id: ID!, $v: Int!) { deleteBenefit(id: $id, version: $v) }`, {
      id: created.id,
      v: created.version,
    });
    const events = await allEvents(t.gql, { entityType: 'Benefit', entityId: created.id });
    const deleted = events.find((e) => e.operation === 'deleteBenefit')!;
    expect(describeAuditEntity('Benefit', deleted.subject, 'nb')).toBe(
      'Gevinst «Gevinst som slettes» i DEMO-LIV-BEDRIFT',
    );
  });

  it('every field in every audit event has a label in both languages, and no value shows an id', async () => {
    // More kinds of events: a cost item created, a sign-in (above), the demo's own history.
    await aCostItem(owner, {
      initiativeId,
      year: 2025,
      plannedAmount: '125000.50',
      description: 'Drift 2025',
    });
    const events = await allEvents(t.gql);
    const types = new Set(events.map((e) => e.entityType));
    expect(types).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...types]).toEqual(
      expect.arrayContaining(['BenefitMeasurement', 'Benefit', 'CostItem', 'Session']),
    );
    const missing: string[] = [];
    for (const event of events) {
      for (const field of auditSnapshotFields([event.before, event.after])) {
        const spec = auditFieldSpec(event.entityType, field);
        if (!spec?.nb || !spec.en) missing.push(`${event.entityType}.${field}`);
      }
      for (const lang of ['nb', 'en'] as const)
        for (const row of auditFieldChanges(event.entityType, event.before, event.after, ctxOf(event, lang)))
          if (UUID.test(`${row.before} ${row.after}`))
            missing.push(`${event.entityType}.${row.field} shows an id`);
    }
    expect([...new Set(missing)]).toEqual([]);
    const costItem = events.find(
      (e) => e.operation === 'createCostItem' && e.after?.description === 'Drift 2025',
    )!;
    expect(describeAuditEntity('CostItem', costItem.subject, 'nb')).toBe(
      'Kostnadspost «Drift 2025» i DEMO-LIV-BEDRIFT',
    );
  });
});
