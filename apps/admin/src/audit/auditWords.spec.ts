import { describe, expect, it } from '@jest/globals';
import {
  type AuditRecord,
  auditChangeRows,
  auditEntityText,
  auditSentenceText,
  entityTypeChoices,
  operationChoices,
} from './auditWords';

const BENEFIT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OLD = 'aaaaaaaa-0000-4000-8000-000000000002';
const NEW = 'aaaaaaaa-0000-4000-8000-000000000003';
const benefitRef = {
  id: BENEFIT,
  entityType: 'Benefit',
  name: 'Mindre tid på registrering',
  date: null,
  year: null,
  parentName: 'DEMO-LIV-BEDRIFT',
};
const oldRef = { ...benefitRef, id: OLD, entityType: 'BenefitMeasurement', name: null, date: '2026-06-30' };
oldRef.parentName = 'Mindre tid på registrering';

const correction: AuditRecord = {
  id: '7',
  operation: 'correctMeasurement',
  entityType: 'BenefitMeasurement',
  actorKind: 'USER',
  actorEmail: 'kari@demo.no',
  actorName: 'Kari Nordmann',
  actorOrganisationName: 'Bergen kommune',
  before: { id: OLD, benefitId: BENEFIT, date: '2026-06-30', value: '42.5' },
  after: {
    id: NEW,
    benefitId: BENEFIT,
    date: '2026-06-30',
    value: '40',
    supersedesId: OLD,
    correctionReason: 'Feil',
  },
  subject: { ...oldRef, id: NEW },
  references: [benefitRef, oldRef],
};
// The UI catalogue as react-admin's translate sees it: a missing key returns the `_` default.
const LABELS: Record<string, string> = { 'enums.RagStatus.RED': 'Rød' };
const translate = (key: string, options?: Record<string, unknown>) =>
  LABELS[key] ?? (typeof options?._ === 'string' ? options._ : key);

describe('the audit log in words', () => {
  it('a correction as a sentence, naming the person and the measurement, in Norwegian and English', () => {
    expect(auditSentenceText(correction, 'nb')).toBe(
      'Kari Nordmann korrigerte en måling: Måling 30.06.2026 for Mindre tid på registrering',
    );
    expect(auditSentenceText(correction, 'en')).toBe(
      'Kari Nordmann corrected a measurement: Measurement 30.06.2026 for Mindre tid på registrering',
    );
    expect(auditEntityText(correction, 'nb')).toBe('Måling 30.06.2026 for Mindre tid på registrering');
  });

  it('the changed fields in words, the replaced measurement by name, no ids', () => {
    expect(auditChangeRows(correction, 'nb', translate).map((r) => [r.label, r.before, r.after])).toEqual([
      ['Verdi', '42,5', '40'],
      ['Erstatter måling', '–', 'Måling 30.06.2026 for Mindre tid på registrering'],
      ['Begrunnelse for korrigeringen', '–', 'Feil'],
    ]);
  });

  it('enum values with the UI’s labels', () => {
    const report: AuditRecord = {
      ...correction,
      entityType: 'BenefitOwnerReport',
      before: null,
      after: { assessment: 'RED' },
    };
    expect(auditChangeRows(report, 'nb', translate)[0]).toMatchObject({ label: 'Vurdering', after: 'Rød' });
  });

  it('filters offer the entity types and operations by their words, not their codes', () => {
    const types = entityTypeChoices('nb');
    expect(types).toContainEqual({ id: 'BenefitMeasurement', name: 'Måling' });
    expect(operationChoices('en')).toContainEqual({
      id: 'recordMeasurement',
      name: 'Recorded a measurement',
    });
    for (const choice of [...types, ...operationChoices('nb')])
      expect(choice.name).not.toMatch(/[a-z][A-Z]|_/);
  });
});
