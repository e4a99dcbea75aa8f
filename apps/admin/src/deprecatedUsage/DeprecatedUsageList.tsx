import {
  DataTable,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { Button, Stack, Tooltip, Typography } from '@mui/material';
import FilterIcon from '@mui/icons-material/FilterAlt';
import { EmptyState } from '../components';
import { enumChoices, enumLabelKey } from '../enums';
import { formatDate, formatDateTime, formatInteger } from '../format';
import { deprecationReasonText } from './deprecationReason';

interface UsageRow {
  id: string;
  coordinate: string;
  deprecationReason: string | null;
  clientKind: string;
  clientId: string;
  clientName: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  ownerKind: string | null;
  operationName: string | null;
  day: string;
  requestCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** The filters: which coordinate (or its start), which kind of client, which operation, from which day. */
const FILTERS = [
  <TextInput key="coordinate" source="coordinate" alwaysOn resettable />,
  <SelectInput
    key="clientKind"
    source="clientKind"
    choices={enumChoices('DeprecatedUsageClientKind')}
    alwaysOn
  />,
  <DateInput key="since" source="since" alwaysOn />,
  <TextInput key="operationName" source="operationName" resettable />,
  <TextInput key="clientId" source="clientId" resettable />,
];

/** The client's name, what it acts as, and a button that shows only this client's rows. */
const ClientCell = ({ row }: { row: UsageRow }) => {
  const translate = useTranslate();
  const list = useListContext<UsageRow>();
  const filters = list.filterValues as Record<string, unknown>;
  const owner =
    row.clientKind === 'API_TOKEN' && row.ownerName
      ? `${row.ownerName}${row.ownerKind ? ` · ${translate(enumLabelKey('UserKind', row.ownerKind))}` : ''}`
      : null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Stack>
        <Typography variant="body2">
          {row.clientName ?? translate('resources.deprecatedUsage.client_gone')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate(enumLabelKey('DeprecatedUsageClientKind', row.clientKind))}
          {owner ? ` · ${owner}` : ''}
          {row.ownerEmail ? ` · ${row.ownerEmail}` : ''}
        </Typography>
      </Stack>
      {filters.clientId !== row.clientId && (
        <Tooltip title={translate('resources.deprecatedUsage.only_this_client')}>
          <Button
            size="small"
            aria-label={translate('resources.deprecatedUsage.only_this_client')}
            onClick={(event) => {
              event.stopPropagation();
              list.setFilters({ ...filters, clientId: row.clientId }, {});
            }}
          >
            <FilterIcon fontSize="small" />
          </Button>
        </Tooltip>
      )}
    </Stack>
  );
};

const UsageTable = () => {
  const translate = useTranslate();
  return (
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="day">
        <FunctionField<UsageRow> render={(row) => formatDate(row.day)} />
      </DataTable.Col>
      <DataTable.Col source="coordinate">
        <FunctionField<UsageRow>
          render={(row) => (
            <Stack>
              <code>{row.coordinate}</code>
              <Typography variant="caption" color="text.secondary">
                {row.deprecationReason
                  ? deprecationReasonText(row.deprecationReason, translate)
                  : translate('resources.deprecatedUsage.not_deprecated_now')}
              </Typography>
            </Stack>
          )}
        />
      </DataTable.Col>
      <DataTable.Col source="clientName">
        <FunctionField<UsageRow> render={(row) => <ClientCell row={row} />} />
      </DataTable.Col>
      <DataTable.Col source="operationName">
        <FunctionField<UsageRow>
          render={(row) =>
            row.operationName ? (
              <code>{row.operationName}</code>
            ) : (
              translate('resources.deprecatedUsage.unnamed')
            )
          }
        />
      </DataTable.Col>
      <DataTable.Col source="requestCount" align="right">
        <FunctionField<UsageRow> render={(row) => formatInteger(row.requestCount)} />
      </DataTable.Col>
      <DataTable.Col source="lastSeenAt">
        <FunctionField<UsageRow>
          render={(row) => (
            <Stack>
              <span>{formatDateTime(row.lastSeenAt)}</span>
              <Typography variant="caption" color="text.secondary">
                {translate('resources.deprecatedUsage.first_seen', { time: formatDateTime(row.firstSeenAt) })}
              </Typography>
            </Stack>
          )}
        />
      </DataTable.Col>
    </DataTable>
  );
};

/**
 * «Utfasede felt i bruk»: which integrations (API tokens) and users still use deprecated fields,
 * arguments, input fields or enum values — per day, operation and client, newest day first — so that the
 * operators know whom to ask before a removal (docs/api-changes.md). Administrators only.
 */
export const DeprecatedUsageList = () => (
  <List
    filters={FILTERS}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
    perPage={25}
    exporter={false}
    sort={{ field: 'day', order: 'DESC' }}
    empty={
      <EmptyState message="resources.deprecatedUsage.empty" hint="resources.deprecatedUsage.empty_hint" />
    }
  >
    <UsageTable />
  </List>
);

export default DeprecatedUsageList;
