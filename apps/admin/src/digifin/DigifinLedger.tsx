import { type ReactNode, useEffect, useState } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import {
  Alert,
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
  TablePagination,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useApiQuery } from '../api/client';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../charts';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../components';
import { formatCompactNok, formatInteger, formatNok, nokToNumber } from '../format';
import { DIGIFIN_CONTRIBUTIONS, DIGIFIN_LEDGER } from './digifin.graphql';

const THIS_YEAR = new Date().getFullYear();
/** The fund started in 2017 (the state's first contribution). */
const FIRST_YEAR = 2017;
const YEARS = Array.from({ length: THIS_YEAR + 2 - FIRST_YEAR }, (_, i) => THIS_YEAR + 1 - i);
const DEFAULT_YEAR = 2024;

/** The workbook of the year's contributions per organisation (the session cookie authorises it). */
export function digifinExportUrl(year: number, search: string): string {
  const params = new URLSearchParams({ year: String(year) });
  if (search.trim()) params.set('search', search.trim());
  return `/api/exports/digifin-contributions.xlsx?${params.toString()}`;
}

/**
 * A table that may be wider than a phone: it scrolls sideways inside the page, and keyboard users can
 * focus it to scroll with the arrow keys (WCAG 2.1.1; axe scrollable-region-focusable).
 */
const ScrollRegion = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
    {children}
  </Box>
);

const Kpi = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Card variant="outlined" sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="h5" component="p" data-testid={testId}>
        {value}
      </Typography>
    </CardContent>
  </Card>
);

/** The year's contributions per organisation: searched and paged on the server, with the totals. */
const Contributions = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(25);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(search);
      setPage(0);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const query = useApiQuery(
    DIGIFIN_CONTRIBUTIONS,
    { year, search: debounced || null, offset: page * rowsPerPage, limit: rowsPerPage },
    { keepPrevious: true },
  );
  const data = query.data?.digifinLedger?.contributions;
  return (
    <Box sx={{ mt: 3 }} data-testid="digifin-contributions">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('gevinst.digifin.contributions', { year })}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { sm: 'center' } }}>
        <TextField
          size="small"
          label={translate('gevinst.digifin.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ width: { xs: '100%', sm: 320 } }}
          slotProps={{ htmlInput: { 'data-testid': 'digifin-search' } }}
        />
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          href={digifinExportUrl(year, debounced)}
          download
          data-testid="digifin-download-xlsx"
        >
          {translate('gevinst.digifin.download_xlsx')}
        </Button>
      </Stack>
      <ApiErrorAlert error={query.error} />
      {data && (
        <ScrollRegion label={translate('gevinst.digifin.contributions', { year })}>
          <SimpleTable
            caption={translate('gevinst.digifin.contributions_caption', {
              smart_count: data.totalCount,
              total: formatNok(data.totalAmount),
              population: formatInteger(data.totalPopulation),
            })}
            testId="digifin-contributions-table"
            rows={data.nodes}
            rowKey={(row) => row.organisationId}
            empty={<EmptyState message="gevinst.digifin.no_contributions" messageArgs={{ year }} />}
            columns={[
              { key: 'name', label: translate('gevinst.digifin.organisation') },
              { key: 'orgNumber', label: translate('gevinst.digifin.org_number') },
              {
                key: 'kind',
                label: translate('gevinst.digifin.kind'),
                render: (row) => translate(`enums.OrganisationKind.${row.kind}`),
              },
              {
                key: 'population',
                label: translate('gevinst.digifin.population'),
                align: 'right',
                render: (row) =>
                  translate('gevinst.digifin.population_of', {
                    population: formatInteger(row.population),
                    year: row.populationYear,
                  }),
              },
              {
                key: 'rate',
                label: translate('gevinst.digifin.rate'),
                align: 'right',
                render: (row) => formatNok(row.rate),
              },
              {
                key: 'amount',
                label: translate('gevinst.digifin.amount'),
                align: 'right',
                render: (row) => formatNok(row.amount),
              },
            ]}
            footer={[
              translate('gevinst.preview.sum'),
              '',
              '',
              formatInteger(data.totalPopulation),
              '',
              formatNok(data.totalAmount),
            ]}
          />
          <TablePagination
            component="div"
            count={data.totalCount}
            page={page}
            rowsPerPage={rowsPerPage}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setRowsPerPage(Number(event.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
            }
          />
        </ScrollRegion>
      )}
    </Box>
  );
};

/**
 * The DigiFin fund (KS) as a ledger: the balance by year (table and chart), the matching rule, the year's
 * contributions per organisation (searchable, paged, downloadable) and its grants per project. Every
 * signed-in user; definitions in docs/funding-schemes.md, "DigiFin".
 */
export const DigifinLedger = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(DEFAULT_YEAR);
  const ledger = useApiQuery(DIGIFIN_LEDGER, { year }, { keepPrevious: true });
  const data = ledger.data?.digifinLedger;
  const chartRows = (data?.years ?? []).map((y) => ({
    year: String(y.year),
    contributions: nokToNumber(y.contributions),
    grants: nokToNumber(y.grants),
    closing: nokToNumber(y.closing),
  }));
  const matching = data?.matching;
  return (
    <Box sx={{ mt: 2 }} data-testid="digifin-ledger">
      <Title title="gevinst.menu.digifin" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('gevinst.digifin.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {translate('gevinst.digifin.intro')}
      </Typography>
      <FormControl size="small" sx={{ width: 140, mb: 2 }}>
        <InputLabel id="digifin-year">{translate('gevinst.digifin.year')}</InputLabel>
        <Select
          labelId="digifin-year"
          label={translate('gevinst.digifin.year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          data-testid="digifin-year-select"
        >
          {YEARS.map((candidate) => (
            <MenuItem key={candidate} value={candidate}>
              {candidate}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <ApiErrorAlert error={ledger.error} />
      {data && matching && (
        <>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Kpi
                label={translate('gevinst.digifin.kpi_contributions', { year })}
                value={formatNok(data.selectedYear?.contributions ?? '0')}
                testId="digifin-kpi-contributions"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Kpi
                label={translate('gevinst.digifin.kpi_grants', { year })}
                value={formatNok(data.selectedYear?.grants ?? '0')}
                testId="digifin-kpi-grants"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Kpi
                label={translate('gevinst.digifin.kpi_closing', { year })}
                value={data.selectedYear ? formatNok(data.selectedYear.closing) : '–'}
                testId="digifin-kpi-closing"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Kpi
                label={translate('gevinst.digifin.kpi_total_grants')}
                value={formatNok(data.totals.grants)}
                testId="digifin-kpi-total-grants"
              />
            </Grid>
          </Grid>
          <Alert
            severity={matching.met ? 'success' : 'warning'}
            sx={{ mb: 2, maxWidth: '90ch' }}
            data-testid="digifin-matching"
          >
            {translate(matching.met ? 'gevinst.digifin.matching_met' : 'gevinst.digifin.matching_not_met', {
              local: formatNok(matching.cumulativeLocal),
              state: formatNok(matching.cumulativeState),
              surplus: formatNok(matching.surplus),
              from: matching.metFrom ?? '',
            })}
            {matching.yearsNotMet.length > 0 &&
              ' ' +
                translate('gevinst.digifin.matching_years_not_met', {
                  years: matching.yearsNotMet.join(', '),
                })}
          </Alert>
          <ChartFigure
            title={translate('gevinst.digifin.balance_by_year')}
            summary={translate('gevinst.digifin.chart_summary', {
              first: data.years[0]?.year ?? '',
              last: data.years.at(-1)?.year ?? '',
              closing: formatNok(data.totals.closing),
            })}
            testId="digifin-balance"
            tableOpen
            chart={
              <SeriesChart
                data={chartRows}
                xKey="year"
                height={300}
                valueFormat={formatNok}
                axisFormat={formatCompactNok}
                series={[
                  {
                    key: 'contributions',
                    label: translate('gevinst.digifin.contributions_column'),
                    colour: SERIES_COLOURS[0],
                  },
                  {
                    key: 'grants',
                    label: translate('gevinst.digifin.grants_column'),
                    colour: SERIES_COLOURS[1],
                  },
                  {
                    key: 'closing',
                    label: translate('gevinst.digifin.closing'),
                    colour: SERIES_COLOURS[2],
                    type: 'line',
                  },
                ]}
              />
            }
            table={
              <ScrollRegion label={translate('gevinst.digifin.balance_by_year')}>
                <SimpleTable
                  caption={translate('gevinst.digifin.balance_by_year')}
                  testId="digifin-balance-table"
                  rows={data.years}
                  rowKey={(row) => String(row.year)}
                  columns={[
                    { key: 'year', label: translate('gevinst.digifin.year') },
                    {
                      key: 'opening',
                      label: translate('gevinst.digifin.opening'),
                      align: 'right',
                      render: (row) => formatNok(row.opening),
                    },
                    {
                      key: 'state',
                      label: translate('gevinst.digifin.state'),
                      align: 'right',
                      render: (row) => formatNok(row.state),
                    },
                    {
                      key: 'municipalities',
                      label: translate('gevinst.digifin.municipalities'),
                      align: 'right',
                      render: (row) => formatNok(row.municipalities),
                    },
                    {
                      key: 'countyAuthorities',
                      label: translate('gevinst.digifin.county_authorities'),
                      align: 'right',
                      render: (row) => formatNok(row.countyAuthorities),
                    },
                    {
                      key: 'grants',
                      label: translate('gevinst.digifin.grants_column'),
                      align: 'right',
                      render: (row) => formatNok(row.grants),
                    },
                    {
                      key: 'closing',
                      label: translate('gevinst.digifin.closing'),
                      align: 'right',
                      render: (row) => formatNok(row.closing),
                    },
                    {
                      key: 'matchingMet',
                      label: translate('gevinst.digifin.matching_column'),
                      render: (row) =>
                        translate(row.matchingMet ? 'gevinst.digifin.yes' : 'gevinst.digifin.no'),
                    },
                  ]}
                />
              </ScrollRegion>
            }
          />
          <Box sx={{ mt: 3 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('gevinst.digifin.grants', { year })}
            </Typography>
            <ScrollRegion label={translate('gevinst.digifin.grants_caption', { year })}>
              <SimpleTable
                caption={translate('gevinst.digifin.grants_caption', { year })}
                testId="digifin-grants-table"
                rows={data.grants}
                rowKey={(row) => `${row.initiativeId}-${row.year}`}
                empty={<EmptyState message="gevinst.digifin.no_grants" messageArgs={{ year }} />}
                columns={[
                  {
                    key: 'code',
                    label: translate('gevinst.digifin.initiative'),
                    render: (row) => (
                      <Link to={`/initiatives/${row.initiativeId}/show`} title={row.name}>
                        {row.code}
                      </Link>
                    ),
                  },
                  { key: 'name', label: translate('gevinst.digifin.initiative_name') },
                  { key: 'ownerName', label: translate('gevinst.digifin.owner') },
                  {
                    key: 'planned',
                    label: translate('gevinst.digifin.granted'),
                    align: 'right',
                    render: (row) => formatNok(row.planned),
                  },
                  {
                    key: 'received',
                    label: translate('gevinst.digifin.received'),
                    align: 'right',
                    render: (row) => (row.received === null ? '–' : formatNok(row.received)),
                  },
                ]}
              />
            </ScrollRegion>
          </Box>
          {/* A new year starts at the first page (the component is new). */}
          <Contributions key={year} year={year} />
        </>
      )}
    </Box>
  );
};

export default DigifinLedger;
