/**
 * An audit event in the UI's language, with the rules of @gevinst/domain (audit-log.ts): the entity named,
 * the person by name, the operation as a sentence, the fields in words. The API gives the names behind
 * the ids (`subject`, `references`); the enums' labels are the UI's (`enums.<Enum>.<VALUE>`).
 */
import {
  type AuditFieldChange,
  type AuditFormatContext,
  type AuditLanguage,
  type AuditReference,
  AUDIT_ENTITY_TYPES,
  AUDIT_OPERATIONS,
  auditActorName,
  auditFieldChanges,
  auditOperationPhrase,
  auditSentence,
  describeAuditEntity,
} from '@gevinst/domain';

type Json = Record<string, unknown> | null | undefined;

/** The fields of an audit event the UI reads (AUDIT_LIST). */
export interface AuditRecord {
  id: string;
  operation: string;
  entityType: string;
  actorKind: string;
  actorEmail?: string | null;
  actorName?: string | null;
  actorOrganisationName?: string | null;
  before?: Json;
  after?: Json;
  subject?: AuditReference | null;
  references?: AuditReference[] | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The audit rules' language for a UI locale (Norwegian Bokmål unless English). */
export const auditLanguage = (locale: string): AuditLanguage => (locale === 'en' ? 'en' : 'nb');

/** How values are formatted: names behind ids from the event, enum labels from the UI's catalogue. */
export function auditContext(record: AuditRecord, locale: string, translate: Translate): AuditFormatContext {
  return {
    lang: auditLanguage(locale),
    references: new Map((record.references ?? []).map((ref) => [ref.id, ref])),
    enumLabel: (enumName, value) => {
      const key = `enums.${enumName}.${value}`;
      const label = translate(key, { _: '' });
      return label && label !== key ? label : undefined;
    },
  };
}

/** «Måling 30.06.2026 for Mindre tid på registrering». */
export const auditEntityText = (record: AuditRecord, locale: string): string =>
  describeAuditEntity(record.entityType, record.subject ?? null, auditLanguage(locale));

/** The kind of entity in words («Måling»). */
export const auditEntityTypeText = (entityType: string, locale: string): string =>
  describeAuditEntity(entityType, null, auditLanguage(locale));

/** «Kari Nordmann»; «Kari Nordmann (API-nøkkel)»; «Gevinst». */
export const auditActorText = (record: AuditRecord, locale: string): string =>
  auditActorName(
    { kind: record.actorKind, name: record.actorName ?? null, email: record.actorEmail ?? null },
    auditLanguage(locale),
  );

/** «Kari Nordmann registrerte en måling: Måling 30.06.2026 for Mindre tid på registrering». */
export const auditSentenceText = (record: AuditRecord, locale: string): string =>
  auditSentence(
    auditActorText(record, locale),
    record.operation,
    auditEntityText(record, locale),
    auditLanguage(locale),
  );

/** The fields the event changed, in words. */
export const auditChangeRows = (
  record: AuditRecord,
  locale: string,
  translate: Translate,
): AuditFieldChange[] =>
  auditFieldChanges(record.entityType, record.before, record.after, auditContext(record, locale, translate));

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Filter choices: the entity types and operations by their words (react-admin shows `name` as is). */
export const entityTypeChoices = (locale: string) =>
  Object.entries(AUDIT_ENTITY_TYPES)
    .map(([id, words]) => ({ id, name: words[auditLanguage(locale)] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));

export const operationChoices = (locale: string) =>
  Object.keys(AUDIT_OPERATIONS)
    .map((id) => ({ id, name: capitalised(auditOperationPhrase(id, auditLanguage(locale))) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
