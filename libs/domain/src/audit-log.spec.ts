import fc from 'fast-check';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_FIELDS,
  AUDIT_FIELDS_BY_TYPE,
  AUDIT_OPERATIONS,
  type AuditFormatContext,
  type AuditReference,
  auditActorName,
  auditDateTime,
  auditFieldChanges,
  auditMoney,
  auditNumber,
  auditSentence,
  auditSubject,
  auditReferenceIds,
  auditSnapshotFields,
  describeAuditEntity,
  referenceFromSnapshot,
} from './audit-log';

/** No-break spaces (Intl's thousands separator in nb-NO) as ordinary ones, for readable expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const BENEFIT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OLD = 'aaaaaaaa-0000-4000-8000-000000000002';
const NEW = 'aaaaaaaa-0000-4000-8000-000000000003';
const KARI = 'aaaaaaaa-0000-4000-8000-000000000004';
const BERGEN = 'aaaaaaaa-0000-4000-8000-000000000005';

const ref = (id: string, entityType: string, fields: Partial<AuditReference>): AuditReference => ({
  id,
  entityType,
  name: null,
  date: null,
  year: null,
  parentName: null,
  ...fields,
});
const references = new Map(
  [
    ref(BENEFIT, 'Benefit', { name: 'Mindre tid på registrering', parentName: 'DEMO-LIV-BEDRIFT' }),
    ref(OLD, 'BenefitMeasurement', { date: '2026-06-30', parentName: 'Mindre tid på registrering' }),
    ref(NEW, 'BenefitMeasurement', { date: '2026-06-30', parentName: 'Mindre tid på registrering' }),
    ref(KARI, 'User', { name: 'Kari Nordmann', parentName: 'Bergen kommune' }),
    ref(BERGEN, 'Organisation', { name: 'Bergen kommune' }),
  ].map((r) => [r.id, r]),
);
const LABELS: Record<string, string> = { 'RagStatus.RED': 'Rød', 'CostCategory.OPERATION': 'Drift' };
const ctx = (lang: 'nb' | 'en'): AuditFormatContext => ({
  lang,
  references,
  enumLabel: (enumName, value) => LABELS[`${enumName}.${value}`],
});

describe('describeAuditEntity', () => {
  it('names a measurement by its date and benefit, a cost item by its description and initiative', () => {
    expect(
      describeAuditEntity(
        'BenefitMeasurement',
        { name: null, date: '2026-06-30', year: null, parentName: 'Mindre tid på registrering' },
        'nb',
      ),
    ).toBe('Måling 30.06.2026 for Mindre tid på registrering');
    expect(
      describeAuditEntity(
        'CostItem',
        { name: 'Drift 2025', date: null, year: 2025, parentName: 'DEMO-LIV-JOBB' },
        'nb',
      ),
    ).toBe('Kostnadspost «Drift 2025» i DEMO-LIV-JOBB');
    expect(
      describeAuditEntity(
        'CostItem',
        { name: 'Drift 2025', date: null, year: 2025, parentName: 'DEMO-LIV-JOBB' },
        'en',
      ),
    ).toBe('Cost item “Drift 2025” in DEMO-LIV-JOBB');
    expect(
      describeAuditEntity(
        'AllocationRun',
        { name: null, date: null, year: 2024, parentName: 'DEMO-DIGIFIN-FIKS' },
        'nb',
      ),
    ).toBe('Fordelingskjøring 2024 for DEMO-DIGIFIN-FIKS');
  });

  it('falls back to the type alone when nothing names the entity', () => {
    expect(describeAuditEntity('Session', null, 'nb')).toBe('Innlogging');
    expect(describeAuditEntity('SomethingNew', null, 'en')).toBe('Change');
  });

  it('names a deleted entity from the event’s own snapshot', () => {
    const snapshot = { id: NEW, title: 'Kortere saksbehandling', initiativeId: 'x' };
    expect(
      describeAuditEntity('Benefit', referenceFromSnapshot('Benefit', snapshot, 'DEMO-LIV-JOBB'), 'nb'),
    ).toBe('Gevinst «Kortere saksbehandling» i DEMO-LIV-JOBB');
  });
});

describe('auditActorName and auditSentence', () => {
  it('names the person, not the e-mail; an API token and Gevinst itself in words', () => {
    expect(auditActorName({ kind: 'USER', name: 'Kari Nordmann', email: 'kari@x.no' }, 'nb')).toBe(
      'Kari Nordmann',
    );
    expect(auditActorName({ kind: 'API_TOKEN', name: 'Kari Nordmann', email: 'kari@x.no' }, 'en')).toBe(
      'Kari Nordmann (API token)',
    );
    expect(auditActorName({ kind: 'SYSTEM', name: null, email: null }, 'nb')).toBe('Gevinst');
  });

  it('makes the operation a sentence in each language', () => {
    const entity = 'Måling 30.06.2026 for Mindre tid på registrering';
    expect(auditSentence('Kari Nordmann', 'recordMeasurement', entity, 'nb')).toBe(
      'Kari Nordmann registrerte en måling: Måling 30.06.2026 for Mindre tid på registrering',
    );
    expect(auditSentence('Kari Nordmann', 'recordMeasurement', 'Measurement 30.06.2026 for X', 'en')).toBe(
      'Kari Nordmann recorded a measurement: Measurement 30.06.2026 for X',
    );
    // A sign-in names nothing beyond the person who signed in.
    expect(auditSentence('Kari Nordmann', 'login', 'Innlogging for Kari Nordmann', 'nb')).toBe(
      'Kari Nordmann logget inn',
    );
    // Just-in-time provisioning at the first sign-in with an identity provider (issue 20).
    expect(auditSentence('Kari Økonomi', 'provisionUser', 'Bruker Kari Økonomi', 'nb')).toBe(
      'Kari Økonomi ble opprettet som bruker ved første innlogging hos identitetsleverandøren',
    );
    expect(auditSentence('Kari Økonomi', 'updateUserFromProvider', 'User Kari Økonomi', 'en')).toBe(
      'Kari Økonomi had name, e-mail or roles updated from the identity provider',
    );
  });
});

describe('formatting', () => {
  it('writes money, decimals and local times the Norwegian way', () => {
    // 1 250 000,5 kroner with øre: two decimals, no-break thousands separators.
    expect(plain(auditMoney('1250000.5'))).toBe('1 250 000,50 kr');
    // An indicator value keeps its own precision: 3 284,5 (one decimal), 12 (none).
    expect(plain(auditNumber('3284.5'))).toBe('3 284,5');
    expect(auditNumber('12')).toBe('12');
    // 12:05 UTC on 30 June is 14:05 in Oslo (summer time, UTC+2); 12:05 UTC on 5 January is 13:05 (UTC+1).
    expect(auditDateTime('2026-06-30T12:05:00.000Z')).toBe('30.06.2026, 14:05');
    expect(auditDateTime('2026-01-05T12:05:00.000Z')).toBe('05.01.2026, 13:05');
  });
});

describe('auditFieldChanges', () => {
  const before = {
    id: OLD,
    benefitId: BENEFIT,
    date: '2026-06-30',
    value: '42.5',
    revision: 1,
    supersededAt: null,
    supersededById: null,
    correctionReason: null,
    recordedByUserId: KARI,
  };
  const after = {
    id: NEW,
    benefitId: BENEFIT,
    date: '2026-06-30',
    value: '40.25',
    revision: 2,
    supersedesId: OLD,
    correctionReason: 'Feil i uttrekket',
    recordedAt: '2026-07-01T08:30:00.000Z',
    recordedByUserId: KARI,
  };

  it('a correction: the fields in words, the old measurement by its name, local time, no ids', () => {
    const rows = auditFieldChanges('BenefitMeasurement', before, after, ctx('nb'));
    expect(rows.map((row) => [row.label, plain(row.before), plain(row.after)])).toEqual([
      ['Verdi', '42,5', '40,25'],
      ['Revisjon', '1', '2'],
      ['Erstatter måling', '–', 'Måling 30.06.2026 for Mindre tid på registrering'],
      ['Begrunnelse for korrigeringen', '–', 'Feil i uttrekket'],
      // 08:30 UTC on 1 July is 10:30 in Oslo (UTC+2).
      ['Registrert', '–', '01.07.2026, 10:30'],
    ]);
    expect(auditFieldChanges('BenefitMeasurement', before, after, ctx('en')).map((r) => r.label)).toEqual([
      'Value',
      'Revision',
      'Replaces measurement',
      'Reason for the correction',
      'Recorded',
    ]);
  });

  it('enum values as labels, lists row by row, a person with their organisation, money in kroner', () => {
    const rows = auditFieldChanges(
      'CostItem',
      null,
      { category: 'OPERATION', plannedAmount: '2000000.00', payingOrganisationId: BERGEN, isDemo: false },
      ctx('nb'),
    );
    expect(rows.map((row) => [row.label, plain(row.after)])).toEqual([
      ['Demodata', 'Nei'],
      ['Kategori', 'Drift'],
      ['Planlagt beløp', '2 000 000,00 kr'],
      ['Betalende organisasjon', 'Bergen kommune'],
    ]);
    const report = auditFieldChanges(
      'BenefitOwnerReport',
      null,
      { assessment: 'RED', reportedByUserId: KARI },
      ctx('nb'),
    );
    expect(report.map((row) => row.after)).toEqual(['Rød', 'Kari Nordmann (Bergen kommune)']);
    const targets = auditFieldChanges(
      'Benefit',
      null,
      { targets: [{ benefitId: BENEFIT, date: '2026-12-31', value: '12.5' }] },
      ctx('nb'),
    );
    expect(targets[0].after).toBe('Dato: 31.12.2026, Verdi: 12,5');
  });

  it('enum values the UI has no label for, in the trail’s own words; a free-named driver as written', () => {
    const rows = auditFieldChanges(
      'Initiative',
      null,
      { participant: { costGroup: 'LOCAL', role: 'X' }, driver: 'besøk' },
      ctx('nb'),
    );
    // Catalogue order: participant before driver; the unknown role X in words, never as the code.
    expect(rows.map((row) => row.after)).toEqual(['Kostnadsgruppe: Lokalt, Rolle: ukjent verdi', 'besøk']);
  });

  it('a changed list: only the items removed and added, one per line', () => {
    const target = (date: string, value: string) => ({ benefitId: BENEFIT, date, value });
    const rows = auditFieldChanges(
      'Benefit',
      { targets: [target('2025-12-31', '10'), target('2026-12-31', '12.5')] },
      { targets: [target('2025-12-31', '10'), target('2026-12-31', '14'), target('2027-12-31', '16')] },
      ctx('nb'),
    );
    // 31.12.2025 → 10 is in both and left out; 12,5 was replaced by 14, and 2027 was added.
    expect(rows).toEqual([
      {
        field: 'targets',
        label: 'Mål',
        before: 'Dato: 31.12.2026, Verdi: 12,5',
        after: 'Dato: 31.12.2026, Verdi: 14\nDato: 31.12.2027, Verdi: 16',
      },
    ]);
  });

  it('never shows an id, a code or a field name it has no words for', () => {
    const rows = auditFieldChanges(
      'CostItem',
      null,
      { category: 'NOT_A_CATEGORY', costSharingKeyId: OLD.replace('2', '9'), someNewField: 'x' },
      ctx('en'),
    );
    expect(rows.map((row) => [row.label, row.after])).toEqual([
      ['Cost-sharing key', '(deleted)'],
      ['Category', 'unknown value'],
      ['Other field', 'x'],
    ]);
  });

  it('shows a refused attempt’s message in the language, not the API’s names for what was refused', () => {
    expect(auditSentence('Kari Nordmann', 'accessDenied', 'Avvist forsøk', 'nb')).toBe(
      'Kari Nordmann ble nektet tilgang',
    );
    const refused = {
      operation: 'query previewAllocation',
      path: 'previewAllocation',
      message: 'You may not',
      messageNb: 'Du har ikke tilgang',
      ip: '127.0.0.1',
    };
    expect(auditFieldChanges('Access', null, refused, ctx('nb')).map((r) => [r.label, r.after])).toEqual([
      ['IP-adresse', '127.0.0.1'],
      ['Melding', 'Du har ikke tilgang'],
    ]);
    expect(auditFieldChanges('Access', null, refused, ctx('en')).map((r) => r.after)).toEqual([
      '127.0.0.1',
      'You may not',
    ]);
  });

  it('property: no UUID ever reaches a formatted value', () => {
    const uuid = fc.uuid();
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...Object.keys(AUDIT_FIELDS)),
          fc.oneof(uuid, fc.array(fc.record({ organisationId: uuid, userId: uuid })), fc.constant(null)),
        ),
        (snapshot) => {
          for (const row of auditFieldChanges('Initiative', null, snapshot, ctx('nb')))
            expect(row.after).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
        },
      ),
    );
  });
});

describe('catalogues', () => {
  it('every field, entity type and operation has words in both languages, and no label is a code', () => {
    const all = [
      ...Object.values(AUDIT_FIELDS),
      ...Object.values(AUDIT_FIELDS_BY_TYPE).flatMap((fields) => Object.values(fields)),
      ...Object.values(AUDIT_ENTITY_TYPES),
      ...Object.values(AUDIT_OPERATIONS),
    ];
    for (const words of all) {
      expect(words.nb.trim()).not.toBe('');
      expect(words.en.trim()).not.toBe('');
      expect(words.nb).not.toMatch(/[a-z][A-Z]|^[A-Z_]{3,}$/);
      expect(words.en).not.toMatch(/[a-z][A-Z]|^[A-Z_]{3,}$/);
    }
  });

  it('auditSnapshotFields lists nested fields and stops at opaque ones', () => {
    expect([...auditSnapshotFields({ participant: { role: 'X' }, rules: { method: 'Y' } })].sort()).toEqual([
      'participant',
      'role',
      'rules',
    ]);
  });
});

describe('auditSubject', () => {
  const lookup = (id: string) => references.get(id);
  const event = {
    entityType: 'BenefitMeasurement',
    entityId: NEW,
    initiativeId: null,
    before: null,
    after: { id: NEW, benefitId: BENEFIT, date: '2026-06-30' },
  };

  it('names a live entity as it is now, a deleted one from its before-snapshot with its benefit', () => {
    expect(describeAuditEntity('BenefitMeasurement', auditSubject(event, lookup), 'nb')).toBe(
      'Måling 30.06.2026 for Mindre tid på registrering',
    );
    const gone = 'bbbbbbbb-0000-4000-8000-000000000001';
    const deleted = {
      ...event,
      entityId: gone,
      before: { id: gone, benefitId: BENEFIT, date: '2025-12-31' },
      after: null,
    };
    expect(describeAuditEntity('BenefitMeasurement', auditSubject(deleted, lookup), 'en')).toBe(
      'Measurement 31.12.2025 for Mindre tid på registrering',
    );
  });

  it('a population: the organisation and the year of its composite id', () => {
    const population = { ...event, entityType: 'OrganisationPopulation', entityId: `${BERGEN}:2024` };
    expect(describeAuditEntity('OrganisationPopulation', auditSubject(population, lookup), 'nb')).toBe(
      'Innbyggertall 2024 for Bergen kommune',
    );
  });

  it('collects every id of both snapshots, nested ones too, once each', () => {
    expect(
      auditReferenceIds({
        ...event,
        initiativeId: BERGEN,
        before: { participant: { organisationId: BERGEN } },
        after: { list: [{ userId: KARI }, { userId: KARI }] },
      }).sort(),
    ).toEqual([BERGEN, KARI, NEW].sort());
  });
});
