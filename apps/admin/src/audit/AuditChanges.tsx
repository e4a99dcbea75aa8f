import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { SimpleTable } from '../components';

type Json = Record<string, unknown> | null | undefined;

const show = (value: unknown): string => {
  if (value === undefined) return '–';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

/**
 * A field `xNb` holds the Norwegian text of field `x` (a refused attempt's `messageNb`): in Norwegian it is
 * shown as `x`, in English it is left out.
 */
function inLanguage(values: Json, locale: string): Json {
  if (!values) return values;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith('Nb') && key.slice(0, -2) in values) continue;
    const nb = values[`${key}Nb`];
    result[key] = locale === 'nb' && typeof nb === 'string' ? nb : value;
  }
  return result;
}

/** The fields an audit event changed: before and after, one row each (the whole record for creates). */
export function changedFields(
  beforeStored: Json,
  afterStored: Json,
  locale = 'en',
): { field: string; before: string; after: string }[] {
  const before = inLanguage(beforeStored, locale);
  const after = inLanguage(afterStored, locale);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .map((key) => ({ field: key, before: show(before?.[key]), after: show(after?.[key]) }));
}

/** The admin resource whose field labels name an audited entity's fields. */
const RESOURCE_OF: Record<string, string> = {
  Initiative: 'initiatives',
  Organisation: 'organisations',
  Benefit: 'benefits',
  BenefitMeasurement: 'measurements',
  Enabler: 'enablers',
  BenefitsMapEdge: 'benefitsMapEdges',
  CostSharingKey: 'costSharingKeys',
  User: 'users',
  ApiToken: 'apiTokens',
  Access: 'accessDenials',
};

/** Expanded row of an audit list. */
export const AuditChanges = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<{ id: string; entityType?: string; before?: Json; after?: Json }>();
  if (!record) return null;
  const rows = changedFields(record.before, record.after, locale);
  const resource = RESOURCE_OF[record.entityType ?? ''];
  // The field's label where the entity's form has one, and always its stored name (what the API returns).
  const fieldName = (field: string) => {
    const label = resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field;
    return label === field ? (
      <code>{field}</code>
    ) : (
      <>
        {label} <code>{field}</code>
      </>
    );
  };
  return (
    <Box sx={{ py: 1, maxWidth: 1000 }}>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('resources.auditEvents.no_changes')}</Typography>
      ) : (
        <SimpleTable
          caption={translate('resources.auditEvents.changes')}
          columns={[
            {
              key: 'field',
              label: translate('resources.auditEvents.fields.field'),
              render: (row) => fieldName(row.field),
            },
            {
              key: 'before',
              label: translate('resources.auditEvents.fields.before'),
              render: (row) => <code style={{ wordBreak: 'break-word' }}>{row.before}</code>,
            },
            {
              key: 'after',
              label: translate('resources.auditEvents.fields.after'),
              render: (row) => <code style={{ wordBreak: 'break-word' }}>{row.after}</code>,
            },
          ]}
          rows={rows}
        />
      )}
    </Box>
  );
};
