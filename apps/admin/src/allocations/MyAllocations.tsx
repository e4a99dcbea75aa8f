import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  DataTable,
  Form,
  FunctionField,
  Link,
  ListBase,
  Pagination,
  ReferenceInput,
  Title,
  useListContext,
  useTranslate,
} from 'react-admin';
import {
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  Grid,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Role, isAdmin } from '@gevinst/domain';
import { BudgetForecastPanel } from '../budget/BudgetForecastPanel';
import { KostraCodesPanel } from '../budget/KostraCodesPanel';
import { usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../charts';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../components';
import { EnumField, NokField } from '../fields';
import {
  formatCompactNok,
  formatDateTime,
  formatNok,
  formatPercent,
  NOT_RECORDED,
  nokToNumber,
} from '../format';
import { useExplanationLanguage } from './useExplanationLanguage';
import { ALLOCATION_SUMMARY, type AllocationListMeta } from './allocations.graphql';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR + 1 - i);

/** The export links: same filters as the page, same session (the API reads the cookie). */
export function exportUrl(
  format: 'csv' | 'xlsx',
  filter: { organisationId: string; year: number; initiativeId?: string },
) {
  const params = new URLSearchParams();
  if (format === 'csv') params.set('dialect', 'nb');
  params.set('organisationId', filter.organisationId);
  params.set('year', String(filter.year));
  if (filter.initiativeId) params.set('initiativeId', filter.initiativeId);
  return `/api/exports/allocations.${format}?${params.toString()}`;
}

const LinesTotal = () => {
  const translate = useTranslate();
  const list = useListContext();
  const { total, isPending } = list;
  const totals = list.meta as AllocationListMeta | undefined;
  if (isPending || !totals) return null;
  return (
    <Typography variant="body1" sx={{ mt: 1, fontWeight: 600 }} data-testid="lines-total">
      {translate('gevinst.my_allocations.lines_total', {
        smart_count: total ?? 0,
        planned: formatNok(totals.totalAmount),
        actual: formatNok(totals.totalActualAmount) || NOT_RECORDED,
      })}
    </Typography>
  );
};

const Lines = ({
  organisationId,
  year,
  initiativeId,
}: {
  organisationId: string;
  year: number;
  initiativeId?: string;
}) => {
  const translate = useTranslate();
  return (
    <ListBase
      resource="allocations"
      filter={{ organisationId, year, ...(initiativeId ? { initiativeId } : {}) }}
      perPage={25}
      sort={{ field: 'initiative.code', order: 'ASC' }}
      disableSyncWithLocation
    >
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {translate('gevinst.my_allocations.lines')}
      </Typography>
      <DataTable
        bulkActionButtons={false}
        empty={
          <EmptyState message="gevinst.my_allocations.no_lines" hint="gevinst.my_allocations.no_lines_hint" />
        }
        expand={<Explanation />}
        data-testid="allocation-lines"
      >
        <DataTable.Col source="initiative.code" label="gevinst.allocations.initiative">
          <FunctionField<{ initiative: { id: string; code: string; name: string } }>
            render={(line) => (
              <Link to={`/initiatives/${line.initiative.id}/show/cost-sharing`} title={line.initiative.name}>
                {line.initiative.code}
              </Link>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="organisation.name" label="gevinst.allocations.organisation" />
        <DataTable.Col source="costCategory" label="gevinst.costs.category" disableSort>
          <EnumField source="costCategory" enumName="CostCategory" />
        </DataTable.Col>
        <DataTable.Col source="plannedAmount" label="gevinst.allocations.planned" align="right">
          <NokField source="plannedAmount" />
        </DataTable.Col>
        <DataTable.Col source="actualAmount" label="gevinst.allocations.actual" align="right">
          <NokField source="actualAmount" emptyText={NOT_RECORDED} />
        </DataTable.Col>
        <DataTable.Col source="share" label="gevinst.allocations.share" align="right" disableSort>
          <FunctionField<{ share: string }>
            render={(line) => formatPercent(line.share, { fraction: true, digits: 2 })}
          />
        </DataTable.Col>
        <DataTable.Col source="run.createdAt" label="gevinst.allocations.run_at" disableSort>
          <FunctionField<{ run: { createdAt: string } }>
            render={(line) => formatDateTime(line.run.createdAt)}
          />
        </DataTable.Col>
      </DataTable>
      <LinesTotal />
      <Pagination rowsPerPageOptions={[25, 50, 100]} />
    </ListBase>
  );
};

/**
 * The line's explanation in the UI's language; a run stored before Norwegian explanations existed has
 * only the English one, which is then shown and marked as English.
 */
const Explanation = () => {
  const language = useExplanationLanguage();
  return (
    <FunctionField<{ explanation: string; explanationNb: string }>
      render={(line) => {
        const english = language === 'EN' || line.explanationNb === line.explanation;
        return (
          <Typography variant="body2" lang={english ? 'en' : 'nb'} sx={{ maxWidth: 900 }}>
            {english ? line.explanation : line.explanationNb}
          </Typography>
        );
      }}
    />
  );
};

const OrganisationChooser = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => (
  <Form record={{ organisationId: value }}>
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label="gevinst.my_allocations.organisation"
        onChange={(id: string | null) => id && onChange(id)}
        sx={{ minWidth: { xs: 0, sm: 320 } }}
        helperText={false}
      />
    </ReferenceInput>
  </Form>
);

/**
 * A finance officer's page: what their organisation is allocated in a year, by initiative and line by
 * line, with the totals and the CSV (Norwegian dialect) and XLSX exports of exactly those lines.
 */
export const MyAllocations = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const [chosenOrganisation, setChosenOrganisation] = useState<string | null>(null);
  const [year, setYear] = useState(THIS_YEAR);
  const [initiativeId, setInitiativeId] = useState<string>('');
  const organisationId = chosenOrganisation ?? principal?.organisationId ?? null;
  const summary = useApiQuery(ALLOCATION_SUMMARY, { organisationId, year }, { enabled: !!organisationId });
  const data = summary.data?.organisation;
  const items = useMemo(() => data?.allocationSummary.byInitiative ?? [], [data]);
  const chartRows = items.map((item) => ({
    code: item.initiative.code,
    planned: nokToNumber(item.amount),
    actual: nokToNumber(item.actualAmount),
  }));
  const filter = organisationId ? { organisationId, year, initiativeId: initiativeId || undefined } : null;

  return (
    <Box sx={{ mt: 2 }} data-testid="my-allocations">
      <Title title="gevinst.menu.my_allocations" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('gevinst.my_allocations.title', { organisation: data?.name ?? '' })}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {translate('gevinst.my_allocations.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        {principal && isAdmin(principal) && organisationId && (
          <OrganisationChooser value={organisationId} onChange={setChosenOrganisation} />
        )}
        <FormControl size="small" sx={{ width: 140, flex: 'none' }}>
          <InputLabel id="my-allocations-year">{translate('gevinst.my_allocations.year')}</InputLabel>
          <Select
            labelId="my-allocations-year"
            label={translate('gevinst.my_allocations.year')}
            value={year}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setInitiativeId('');
            }}
            data-testid="year-select"
          >
            {YEARS.map((candidate) => (
              <MenuItem key={candidate} value={candidate}>
                {candidate}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ width: 320, maxWidth: '100%', flex: 'none' }}>
          <InputLabel id="my-allocations-initiative">
            {translate('gevinst.my_allocations.initiative')}
          </InputLabel>
          <Select
            labelId="my-allocations-initiative"
            label={translate('gevinst.my_allocations.initiative')}
            value={initiativeId}
            onChange={(event) => setInitiativeId(String(event.target.value))}
          >
            <MenuItem value="">{translate('gevinst.my_allocations.all_initiatives')}</MenuItem>
            {items.map((item) => (
              <MenuItem key={item.initiative.id} value={item.initiative.id}>
                {item.initiative.code}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      {filter && (
        <Stack direction="row" sx={{ mb: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            href={exportUrl('csv', filter)}
            download
            data-testid="download-csv"
          >
            {translate('gevinst.my_allocations.download_csv')}
          </Button>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            href={exportUrl('xlsx', filter)}
            download
            data-testid="download-xlsx"
          >
            {translate('gevinst.my_allocations.download_xlsx')}
          </Button>
        </Stack>
      )}
      <ApiErrorAlert error={summary.error} />
      {data && (
        <Grid container spacing={2} sx={{ mb: 2 }}>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="body2" color="text.secondary" component="p">
                  {translate('gevinst.my_allocations.total_planned', { year })}
                </Typography>
                <Typography variant="h5" component="p" data-testid="allocation-total">
                  {formatNok(data.allocationSummary.total)}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="body2" color="text.secondary" component="p">
                  {translate('gevinst.my_allocations.total_actual', { year })}
                </Typography>
                <Typography variant="h5" component="p" data-testid="allocation-actual-total">
                  {formatNok(data.allocationSummary.actualTotal) || NOT_RECORDED}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      )}
      {data && items.length === 0 && (
        <EmptyState
          message="gevinst.my_allocations.empty"
          messageArgs={{ year }}
          hint="gevinst.my_allocations.empty_hint"
        />
      )}
      {items.length > 0 && (
        <ChartFigure
          title={translate('gevinst.my_allocations.by_initiative', { year })}
          summary={translate('gevinst.my_allocations.chart_summary', {
            smart_count: items.length,
            total: formatNok(data?.allocationSummary.total),
          })}
          testId="allocations-by-initiative"
          tableOpen
          chart={
            <SeriesChart
              data={chartRows}
              xKey="code"
              horizontal
              height={Math.max(140, chartRows.length * 48 + 60)}
              valueFormat={formatNok}
              axisFormat={formatCompactNok}
              series={[
                {
                  key: 'planned',
                  label: translate('gevinst.allocations.planned'),
                  colour: SERIES_COLOURS[0],
                },
                { key: 'actual', label: translate('gevinst.allocations.actual'), colour: SERIES_COLOURS[1] },
              ]}
            />
          }
          table={
            <SimpleTable
              caption={translate('gevinst.my_allocations.by_initiative', { year })}
              rows={items}
              rowKey={(item) => item.initiative.id}
              columns={[
                {
                  key: 'initiative',
                  label: translate('gevinst.allocations.initiative'),
                  render: (item) => (
                    <Link to={`/initiatives/${item.initiative.id}/show/cost-sharing`}>
                      {item.initiative.code} – {item.initiative.name}
                    </Link>
                  ),
                },
                {
                  key: 'amount',
                  label: translate('gevinst.allocations.planned'),
                  align: 'right',
                  render: (item) => formatNok(item.amount),
                },
                {
                  key: 'actualAmount',
                  label: translate('gevinst.allocations.actual'),
                  align: 'right',
                  render: (item) => formatNok(item.actualAmount) || NOT_RECORDED,
                },
              ]}
              footer={[
                translate('gevinst.preview.sum'),
                formatNok(data?.allocationSummary.total),
                formatNok(data?.allocationSummary.actualTotal) || NOT_RECORDED,
              ]}
            />
          }
        />
      )}
      {filter && items.length > 0 && <Lines {...filter} />}
      {organisationId && <BudgetForecastPanel organisationId={organisationId} />}
      {organisationId && (
        <KostraCodesPanel
          organisationId={organisationId}
          canEdit={
            !!principal &&
            (isAdmin(principal) ||
              (principal.organisationId === organisationId && principal.roles.includes(Role.FINANCE_OFFICER)))
          }
        />
      )}
    </Box>
  );
};

export default MyAllocations;
