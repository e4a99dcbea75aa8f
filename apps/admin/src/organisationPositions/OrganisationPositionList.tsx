import {
  AutocompleteInput,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, Box, Button, Chip, Link, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { OrganisationKind, Role } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { EmptyState } from '../components';
import { apiSort } from '../dataProvider/resources';
import { ORGANISATION_POSITION_SORT_FIELDS } from '../dataProvider/handlers/organisationPositions';
import { enumChoices, enumLabelKey } from '../enums';
import { formatDate, formatNok } from '../format';
import {
  ORGANISATION_POSITION_COUNTIES,
  type OrganisationPositionRow,
  type OrganisationPositionTotals,
} from './organisationPositions.graphql';
import { exportUrl, type PositionListFilter } from './positionFilters';

/** The county filter: the 15 counties by name, their numbers as values. */
const CountyInput = (props: { source: string; alwaysOn?: boolean }) => {
  const counties = useApiQuery(ORGANISATION_POSITION_COUNTIES, {}, { staleTime: Infinity });
  const choices = (counties.data?.counties ?? [])
    .map((county) => ({ id: county.number, name: county.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return (
    <SelectInput
      {...props}
      label="resources.organisationPositions.fields.countyNumber"
      choices={choices}
      translateChoice={false}
      isLoading={counties.isLoading}
      data-testid="filter-county"
    />
  );
};

function useFilters(admin: boolean) {
  return [
    <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
    <CountyInput key="countyNumber" source="countyNumber" alwaysOn />,
    <SelectInput
      key="flag"
      source="flag"
      label="resources.organisationPositions.fields.flag"
      choices={enumChoices('NetPositionFlag')}
      alwaysOn
      data-testid="filter-flag"
    />,
    <SelectInput
      key="level"
      source="level"
      label="resources.organisationPositions.fields.level"
      choices={enumChoices('AdministrativeLevel')}
      alwaysOn
    />,
    <SelectInput
      key="lifeEvent"
      source="lifeEvent"
      label="resources.organisationPositions.fields.lifeEvent"
      choices={enumChoices('LifeEvent')}
    />,
    ...(admin
      ? [
          <ReferenceInput
            key="ministryId"
            source="ministryId"
            reference="organisations"
            filter={{ kind: OrganisationKind.MINISTRY }}
          >
            <AutocompleteInput label="resources.organisationPositions.fields.ministryId" />
          </ReferenceInput>,
        ]
      : []),
    <SelectInput
      key="phase"
      source="phase"
      label="resources.organisationPositions.fields.phase"
      choices={enumChoices('InitiativePhase')}
    />,
    <SelectInput
      key="participantLevel"
      source="participantLevel"
      label="resources.organisationPositions.fields.participantLevel"
      choices={enumChoices('AdministrativeLevel')}
    />,
    <NumberInput key="fromYear" source="fromYear" label="resources.organisationPositions.fields.fromYear" />,
    <NumberInput key="toYear" source="toYear" label="resources.organisationPositions.fields.toYear" />,
    <SelectInput
      key="matrixPayer"
      source="matrixPayer"
      label="resources.organisationPositions.fields.matrixPayer"
      choices={enumChoices('MatrixPayer')}
    />,
    <SelectInput
      key="matrixBeneficiary"
      source="matrixBeneficiary"
      label="resources.organisationPositions.fields.matrixBeneficiary"
      choices={enumChoices('MatrixBeneficiary')}
    />,
  ];
}

/** The workbook of every matching row, in the list's order. */
const ExportButton = () => {
  const translate = useTranslate();
  const list = useListContext<OrganisationPositionRow & { id: string }>();
  const filterValues: unknown = list.filterValues;
  const sort = list.sort;
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      href={exportUrl(filterValues as PositionListFilter, apiSort(sort, ORGANISATION_POSITION_SORT_FIELDS))}
      download
      data-testid="download-positions-xlsx"
    >
      {translate('resources.organisationPositions.download_xlsx')}
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

/** The flags as chips with their labels. */
const Flags = ({ flags }: { flags: readonly string[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          color={flag === 'PAYS_WITHOUT_BENEFIT' ? 'warning' : 'info'}
          variant="outlined"
          label={translate(enumLabelKey('NetPositionFlag', flag))}
        />
      ))}
    </Stack>
  );
};

/** An organisation by name and number; a scheme by its name, marked as a grant scheme. */
const NameCell = ({ row }: { row: OrganisationPositionRow }) => {
  const translate = useTranslate();
  if (!row.organisation)
    return (
      <>
        {translate(enumLabelKey('FundingScheme', row.scheme ?? 'OTHER'))}
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('resources.organisationPositions.scheme')}
        </Typography>
      </>
    );
  return (
    <>
      {row.organisation.displayName}
      <Typography variant="caption" color="text.secondary" component="div">
        {row.organisation.orgNumber}
      </Typography>
    </>
  );
};

const numberCell = { textAlign: 'right', padding: '6px 8px', whiteSpace: 'nowrap' } as const;

/** The drill-down: the initiatives behind a row's figures, adding up to the row. */
const InitiativesPanel = () => {
  const translate = useTranslate();
  const row = useRecordContext<OrganisationPositionRow & { id: string }>();
  if (!row) return null;
  const name =
    row.organisation?.displayName ?? translate(enumLabelKey('FundingScheme', row.scheme ?? 'OTHER'));
  const columns = [
    'allocatedCostNok',
    'ownBudgetCostNok',
    'grantNok',
    'paidNok',
    'plannedBenefitNok',
    'realisedBenefitNok',
    'plannedNetNok',
  ] as const;
  return (
    <Box
      sx={{ overflowX: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={name}
      data-testid="position-initiatives"
    >
      <table style={{ borderCollapse: 'collapse', minWidth: 720 }}>
        <caption style={{ textAlign: 'left', padding: '4px 0' }}>
          <Typography variant="body2" color="text.secondary" component="span">
            {translate('resources.organisationPositions.initiatives_caption', { name })}
          </Typography>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: '6px 8px' }}>
              {translate('resources.organisationPositions.fields.initiative')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" style={numberCell}>
                {translate(`resources.organisationPositions.fields.${column}`)}
              </th>
            ))}
            <th scope="col" style={{ textAlign: 'left', padding: '6px 8px' }}>
              {translate('resources.organisationPositions.fields.flags')}
            </th>
          </tr>
        </thead>
        <tbody>
          {row.initiatives.map((initiative) => (
            <tr key={initiative.initiativeId} style={{ borderTop: '1px solid #e0e0e0' }}>
              <th scope="row" style={{ textAlign: 'left', padding: '6px 8px', fontWeight: 'normal' }}>
                <Link component={RouterLink} to={`/initiatives/${initiative.initiativeId}/show`}>
                  {initiative.initiative.code}
                </Link>{' '}
                {initiative.initiative.name}
              </th>
              {columns.map((column) => (
                <td key={column} style={numberCell}>
                  {formatNok(initiative[column])}
                </td>
              ))}
              <td style={{ padding: '6px 8px' }}>
                <Flags flags={initiative.flags} />
              </td>
            </tr>
          ))}
          <tr style={{ borderTop: '2px solid #9e9e9e', fontWeight: 'bold' }}>
            <th scope="row" style={{ textAlign: 'left', padding: '6px 8px' }}>
              {translate('resources.organisationPositions.sum')}
            </th>
            {columns.map((column) => (
              <td key={column} style={numberCell}>
                {formatNok(row[column])}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </Box>
  );
};

interface ListMeta {
  asOf: string;
  fromYear: number | null;
  toYear: number | null;
  initiativeCount: number;
  totals: OrganisationPositionTotals;
}

/** The sums of every matching row (all pages), the period, and a matrix cell's note. */
const Summary = () => {
  const translate = useTranslate();
  const list = useListContext<OrganisationPositionRow & { id: string }>();
  const meta: unknown = list.meta;
  const filterValues: unknown = list.filterValues;
  const total = list.total;
  const principal = usePrincipal();
  const info = meta as ListMeta | undefined;
  const filter = filterValues as PositionListFilter;
  const reviewer = hasAnyRole(principal, Role.ADMIN, Role.PORTFOLIO_REVIEWER);
  return (
    <Box sx={{ px: 2, pt: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.organisationPositions.intro')}
      </Typography>
      {principal && !reviewer && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('resources.organisationPositions.own_only')}
        </Alert>
      )}
      {(filter.matrixPayer || filter.matrixBeneficiary) && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="matrix-note">
          {translate('resources.organisationPositions.matrix_note', {
            payer: filter.matrixPayer
              ? translate(enumLabelKey('MatrixPayer', filter.matrixPayer))
              : translate('resources.organisationPositions.any'),
            beneficiary: filter.matrixBeneficiary
              ? translate(enumLabelKey('MatrixBeneficiary', filter.matrixBeneficiary))
              : translate('resources.organisationPositions.any'),
          })}
        </Alert>
      )}
      {info && (
        <Typography variant="body2" data-testid="positions-totals" sx={{ mb: 1 }}>
          {translate('resources.organisationPositions.totals', {
            rows: total ?? 0,
            paid: formatNok(info.totals.paidNok),
            planned: formatNok(info.totals.plannedBenefitNok),
            realised: formatNok(info.totals.realisedBenefitNok),
            net: formatNok(info.totals.plannedNetNok),
          })}{' '}
          {info.fromYear === null
            ? translate('resources.organisationPositions.no_period')
            : translate('resources.organisationPositions.period', {
                from: info.fromYear,
                to: info.toYear,
                initiatives: info.initiativeCount,
                asOf: formatDate(info.asOf),
              })}
        </Typography>
      )}
    </Box>
  );
};

const money = (source: keyof OrganisationPositionRow) => (
  <DataTable.Col
    source={source}
    label={`resources.organisationPositions.fields.${source}`}
    align="right"
    render={(row: OrganisationPositionRow) => formatNok(row[source] as string)}
  />
);

export const OrganisationPositionList = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const filters = useFilters(hasAnyRole(principal, Role.ADMIN));
  return (
    <>
      <List
        resource="organisationPositions"
        title={translate('resources.organisationPositions.name', { smart_count: 1 })}
        filters={filters}
        actions={<Actions />}
        sort={{ field: 'paidNok', order: 'DESC' }}
        perPage={25}
        exporter={false}
        empty={false}
      >
        <Summary />
        <Box
          sx={{ overflowX: 'auto', maxWidth: '100%' }}
          tabIndex={0}
          role="region"
          aria-label={translate('resources.organisationPositions.table')}
          data-testid="positions-table"
        >
          <DataTable
            bulkActionButtons={false}
            rowClick="expand"
            expand={<InitiativesPanel />}
            empty={<EmptyState message="resources.organisationPositions.empty" />}
            sx={{ minWidth: 1100 }}
          >
            <DataTable.Col
              source="name"
              label="resources.organisationPositions.fields.name"
              render={(row: OrganisationPositionRow) => <NameCell row={row} />}
            />
            <DataTable.Col
              source="level"
              label="resources.organisationPositions.fields.level"
              disableSort
              render={(row: OrganisationPositionRow) =>
                row.level ? translate(enumLabelKey('AdministrativeLevel', row.level)) : '–'
              }
            />
            {money('allocatedCostNok')}
            {money('ownBudgetCostNok')}
            {money('grantNok')}
            {money('paidNok')}
            {money('plannedBenefitNok')}
            {money('realisedBenefitNok')}
            {money('plannedNetNok')}
            {money('realisedNetNok')}
            <DataTable.Col
              source="flags"
              label="resources.organisationPositions.fields.flags"
              disableSort
              render={(row: OrganisationPositionRow) => <Flags flags={row.flags} />}
            />
            <DataTable.Col
              source="initiativeCount"
              label="resources.organisationPositions.fields.initiativeCount"
              disableSort
              align="right"
            />
          </DataTable>
        </Box>
      </List>
    </>
  );
};

export default OrganisationPositionList;
