import { type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AutocompleteInput, Form, ReferenceInput, Title, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  InputLabel,
  MenuItem,
  Paper,
  Select,
  Stack,
  TablePagination,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useApiQuery } from '../api/client';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../charts';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatCompactNok, formatInteger, formatNok, nokToNumber } from '../format';
import { KEY_COMPARISON, KEY_COMPARISON_CHOICES } from './keyComparison.graphql';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 4 - i);
const POPULATION_YEARS = Array.from({ length: 8 }, (_, i) => THIS_YEAR - i);
const PAGE_SIZES = [25, 50, 100];
type SortChoice = 'DIFFERENCE_ASC' | 'DIFFERENCE_DESC' | 'NAME';

/** The export link: the same comparison as the page, the same session (the API reads the cookie). */
export function comparisonExportUrl(input: {
  initiativeId: string;
  year: number;
  keyIds: string[];
  referenceIndex: number;
  populationYear: number | null;
}): string {
  const params = new URLSearchParams();
  params.set('initiativeId', input.initiativeId);
  params.set('year', String(input.year));
  params.set('keyIds', input.keyIds.join(','));
  params.set('referenceIndex', String(input.referenceIndex));
  if (input.populationYear !== null) params.set('populationYear', String(input.populationYear));
  return `/api/exports/key-comparison.xlsx?${params.toString()}`;
}

/** A wide table that scrolls sideways on a narrow screen (reachable by keyboard: WCAG 2.1.1). */
const Scroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="region" aria-label={label}>
    {children}
  </Box>
);

const InitiativeChooser = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => (
  <Form record={{ initiativeId: value }}>
    <ReferenceInput source="initiativeId" reference="initiatives" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput
        label="gevinst.key_comparison.initiative"
        optionText="code"
        onChange={(id: string | null) => id && onChange(id)}
        sx={{ minWidth: 300 }}
        helperText={false}
      />
    </ReferenceInput>
  </Form>
);

/**
 * «Sammenlign nøkler»: two to five cost-sharing keys of an initiative applied to its costs of a year, per
 * paying organisation against a reference key (the API's keyComparison, computed by the allocation runs'
 * own arithmetic), as a table, a chart of gainers and losers by county and an XLSX download. A finance
 * officer sees their own organisation's row only. Existing keys only here; drafts through the API.
 */
export const KeyComparisonPage = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const initiativeId = params.get('initiativeId') ?? '';
  // The initiative and the year live in the address (the cost-sharing tab links to both).
  const year = Number(params.get('year')) || THIS_YEAR;
  const setYear = (next: number) =>
    setParams({ ...(initiativeId ? { initiativeId } : {}), year: String(next) });
  const [populationYear, setPopulationYear] = useState<number | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [chosenReference, setChosenReference] = useState(0);
  const [chosenShown, setChosenShown] = useState(1);
  const [sort, setSort] = useState<SortChoice>('DIFFERENCE_ASC');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);

  const first = useApiQuery(KEY_COMPARISON_CHOICES, { initiativeId }, { enabled: !!initiativeId });
  const ownerId = first.data?.initiative?.owner.id;
  const choices = useApiQuery(KEY_COMPARISON_CHOICES, { initiativeId, ownerId }, { enabled: !!ownerId });
  const initiative = choices.data?.initiative ?? first.data?.initiative;
  const keys = useMemo(() => {
    const own = initiative?.costSharingKey ? [initiative.costSharingKey] : [];
    const owner = choices.data?.costSharingKeys.nodes ?? [];
    return [...own, ...owner.filter((key) => !own.some((o) => o.id === key.id))];
  }, [initiative, choices.data]);

  // Until the user chooses, the initiative's own key and the next two (the agreed key and alternatives).
  const keyIds = chosen ?? keys.slice(0, 3).map((key) => key.id);
  const reference = chosenReference < keyIds.length ? chosenReference : 0;
  const shown =
    chosenShown < keyIds.length && chosenShown !== reference ? chosenShown : reference === 0 ? 1 : 0;

  const ready = !!initiativeId && keyIds.length >= 2 && keyIds.length <= 5;
  const input = {
    initiativeId,
    year,
    keyIds,
    referenceIndex: reference,
    populationYear,
    sort:
      sort === 'NAME'
        ? { field: 'NAME', direction: 'ASC' }
        : { field: 'DIFFERENCE', keyIndex: shown, direction: sort === 'DIFFERENCE_ASC' ? 'ASC' : 'DESC' },
    offset: page * perPage,
    limit: perPage,
  };
  const result = useApiQuery(KEY_COMPARISON, { input }, { enabled: ready, keepPrevious: true });
  const comparison = ready ? result.data?.keyComparison : undefined;
  const names = keyIds.map((id) => keys.find((k) => k.id === id)?.name ?? id);

  const toggle = (id: string) => {
    setChosen(keyIds.includes(id) ? keyIds.filter((k) => k !== id) : [...keyIds, id]);
    setPage(0);
  };

  const counties = (comparison?.byCounty ?? []).filter((g) => g.keyIndex === shown);
  const chartRows = counties.map((g) => ({
    county: g.group ? (g.label ?? g.group) : translate('gevinst.key_comparison.no_county'),
    gain: -nokToNumber(g.gainersSum),
    loss: nokToNumber(g.losersSum),
  }));
  const levels = (comparison?.byLevel ?? []).filter((g) => g.keyIndex === shown);
  const totals = counties.reduce(
    (sum, g) => ({
      gainers: sum.gainers + g.gainers,
      losers: sum.losers + g.losers,
      gain: sum.gain - nokToNumber(g.gainersSum),
      loss: sum.loss + nokToNumber(g.losersSum),
    }),
    { gainers: 0, losers: 0, gain: 0, loss: 0 },
  );
  type Row = NonNullable<typeof comparison>['rows']['nodes'][number];
  const others = (comparison?.keys ?? []).filter((k) => k.index !== comparison?.referenceIndex);

  return (
    <Box sx={{ mt: 2 }} data-testid="key-comparison">
      <Title title="gevinst.menu.key_comparison" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('gevinst.key_comparison.title')}
        {initiative ? `: ${initiative.code}` : ''}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {translate('gevinst.key_comparison.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <InitiativeChooser
          value={initiativeId}
          onChange={(id) => {
            setChosen(null);
            setPage(0);
            setParams({ initiativeId: id, year: String(year) });
          }}
        />
        <FormControl size="small" sx={{ width: 140, flex: 'none' }}>
          <InputLabel id="comparison-year">{translate('gevinst.key_comparison.year')}</InputLabel>
          <Select
            labelId="comparison-year"
            label={translate('gevinst.key_comparison.year')}
            value={year}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setPage(0);
            }}
            data-testid="comparison-year"
          >
            {YEARS.map((candidate) => (
              <MenuItem key={candidate} value={candidate}>
                {candidate}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ width: 220, flex: 'none' }}>
          <InputLabel id="comparison-population-year" shrink>
            {translate('gevinst.key_comparison.population_year')}
          </InputLabel>
          <Select
            labelId="comparison-population-year"
            label={translate('gevinst.key_comparison.population_year')}
            value={populationYear === null ? '' : String(populationYear)}
            onChange={(event) => {
              setPopulationYear(event.target.value ? Number(event.target.value) : null);
              setPage(0);
            }}
            displayEmpty
          >
            <MenuItem value="">{translate('gevinst.key_comparison.own_population_year')}</MenuItem>
            {POPULATION_YEARS.map((candidate) => (
              <MenuItem key={candidate} value={String(candidate)}>
                {candidate}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      {!initiativeId && (
        <Alert severity="info">{translate('gevinst.key_comparison.choose_initiative')}</Alert>
      )}
      {initiativeId && (
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <FormControl component="fieldset">
            <FormLabel component="legend">{translate('gevinst.key_comparison.keys')}</FormLabel>
            <FormGroup>
              {keys.map((key) => (
                <FormControlLabel
                  key={key.id}
                  control={
                    <Checkbox
                      checked={keyIds.includes(key.id)}
                      onChange={() => toggle(key.id)}
                      disabled={!keyIds.includes(key.id) && keyIds.length >= 5}
                    />
                  }
                  label={key.name}
                />
              ))}
            </FormGroup>
          </FormControl>
          {keyIds.length < 2 && (
            <Alert severity="info">{translate('gevinst.key_comparison.pick_keys')}</Alert>
          )}
          {keyIds.length >= 2 && (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2 }}>
              <FormControl size="small" sx={{ minWidth: 260 }}>
                <InputLabel id="comparison-reference">
                  {translate('gevinst.key_comparison.reference')}
                </InputLabel>
                <Select
                  labelId="comparison-reference"
                  label={translate('gevinst.key_comparison.reference')}
                  value={reference}
                  onChange={(event) => {
                    setChosenReference(Number(event.target.value));
                    setPage(0);
                  }}
                  data-testid="comparison-reference"
                >
                  {names.map((name, index) => (
                    <MenuItem key={keyIds[index]} value={index}>
                      {name}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              <FormControl size="small" sx={{ minWidth: 260 }}>
                <InputLabel id="comparison-shown">
                  {translate('gevinst.key_comparison.compared_key')}
                </InputLabel>
                <Select
                  labelId="comparison-shown"
                  label={translate('gevinst.key_comparison.compared_key')}
                  value={shown}
                  onChange={(event) => {
                    setChosenShown(Number(event.target.value));
                    setPage(0);
                  }}
                >
                  {names.map((name, index) =>
                    index === reference ? null : (
                      <MenuItem key={keyIds[index]} value={index}>
                        {name}
                      </MenuItem>
                    ),
                  )}
                </Select>
              </FormControl>
              <Button
                variant="contained"
                startIcon={<DownloadIcon />}
                href={comparisonExportUrl({
                  initiativeId,
                  year,
                  keyIds,
                  referenceIndex: reference,
                  populationYear,
                })}
                download
                data-testid="download-comparison-xlsx"
                sx={{ alignSelf: { md: 'center' }, whiteSpace: 'nowrap', flex: 'none' }}
              >
                {translate('gevinst.key_comparison.download_xlsx')}
              </Button>
            </Stack>
          )}
        </Paper>
      )}
      <ApiErrorAlert error={ready ? result.error : null} />
      {comparison && (
        <>
          {comparison.scope === 'OWN_ORGANISATION' && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('gevinst.key_comparison.own_only')}
            </Alert>
          )}
          <Scroll label={translate('gevinst.key_comparison.keys_table')}>
            <SimpleTable
              caption={translate('gevinst.key_comparison.keys_table')}
              testId="compared-keys"
              rowKey={(key) => String(key.index)}
              rows={comparison.keys}
              columns={[
                {
                  key: 'name',
                  label: translate('gevinst.key_comparison.reference'),
                  render: (key) => (key.index === comparison.referenceIndex ? '✓' : ''),
                },
                {
                  key: 'name2',
                  label: translate('resources.costSharingKeys.fields.name'),
                  render: (key) => key.name,
                },
                {
                  key: 'method',
                  label: translate('gevinst.key_comparison.method'),
                  render: (key) => translate(`enums.CostSharingMethod.${key.method}`),
                },
                {
                  key: 'population',
                  label: translate('gevinst.key_comparison.population_year'),
                  align: 'right',
                  render: (key) => key.populationYear,
                },
                ...(comparison.scope === 'ALL'
                  ? [
                      {
                        key: 'total',
                        label: translate('gevinst.key_comparison.total'),
                        align: 'right' as const,
                        render: (key: (typeof comparison.keys)[number]) => formatNok(key.total),
                      },
                    ]
                  : []),
                {
                  key: 'reconciles',
                  label: translate('gevinst.key_comparison.reconciles'),
                  render: (key) => translate(`gevinst.key_comparison.${key.reconciles ? 'yes' : 'no'}`),
                },
              ]}
            />
          </Scroll>
          <Box sx={{ mt: 3 }}>
            {comparison.scope === 'ALL' ? (
              <ChartFigure
                testId="comparison-chart"
                title={translate('gevinst.key_comparison.chart_title', {
                  key: names[shown] ?? '',
                  reference: names[reference] ?? '',
                })}
                summary={translate('gevinst.key_comparison.chart_summary', {
                  gainers: formatInteger(totals.gainers),
                  losers: formatInteger(totals.losers),
                  gain: formatNok(totals.gain),
                  loss: formatNok(totals.loss),
                })}
                chart={
                  <SeriesChart
                    data={chartRows}
                    xKey="county"
                    horizontal
                    height={Math.max(300, chartRows.length * 34)}
                    valueFormat={formatNok}
                    axisFormat={formatCompactNok}
                    series={[
                      {
                        key: 'gain',
                        label: translate('gevinst.key_comparison.gain'),
                        colour: SERIES_COLOURS[1],
                      },
                      {
                        key: 'loss',
                        label: translate('gevinst.key_comparison.loss'),
                        colour: SERIES_COLOURS[3] ?? SERIES_COLOURS[0],
                      },
                    ]}
                  />
                }
                table={
                  <SimpleTable
                    caption={translate('gevinst.key_comparison.county')}
                    rowKey={(g) => g.group ?? 'none'}
                    rows={counties}
                    columns={[
                      {
                        key: 'county',
                        label: translate('gevinst.key_comparison.county'),
                        render: (g) =>
                          g.group
                            ? `${g.group} ${g.label ?? ''}`
                            : translate('gevinst.key_comparison.no_county'),
                      },
                      {
                        key: 'gainers',
                        label: translate('gevinst.key_comparison.gainers'),
                        align: 'right',
                        render: (g) => g.gainers,
                      },
                      {
                        key: 'gain',
                        label: translate('gevinst.key_comparison.gain'),
                        align: 'right',
                        render: (g) => formatNok(g.gainersSum),
                      },
                      {
                        key: 'losers',
                        label: translate('gevinst.key_comparison.losers'),
                        align: 'right',
                        render: (g) => g.losers,
                      },
                      {
                        key: 'loss',
                        label: translate('gevinst.key_comparison.loss'),
                        align: 'right',
                        render: (g) => formatNok(g.losersSum),
                      },
                      {
                        key: 'net',
                        label: translate('gevinst.key_comparison.net'),
                        align: 'right',
                        render: (g) => formatNok(g.net),
                      },
                    ]}
                  />
                }
              />
            ) : (
              <ChartFigure
                testId="comparison-chart"
                title={translate('gevinst.key_comparison.own_chart_title')}
                summary={translate('gevinst.key_comparison.own_chart_summary')}
                chart={
                  <SeriesChart
                    data={comparison.keys.map((key) => ({
                      key: key.name,
                      amount: nokToNumber(comparison.rows.nodes[0]?.amounts[key.index] ?? null),
                    }))}
                    xKey="key"
                    horizontal
                    valueFormat={formatNok}
                    axisFormat={formatCompactNok}
                    series={[
                      {
                        key: 'amount',
                        label: translate('gevinst.key_comparison.amount'),
                        colour: SERIES_COLOURS[0],
                      },
                    ]}
                  />
                }
                table={
                  <SimpleTable
                    caption={translate('gevinst.key_comparison.own_chart_title')}
                    rowKey={(key) => String(key.index)}
                    rows={comparison.keys}
                    columns={[
                      {
                        key: 'name',
                        label: translate('resources.costSharingKeys.fields.name'),
                        render: (key) => key.name,
                      },
                      {
                        key: 'amount',
                        label: translate('gevinst.key_comparison.amount'),
                        align: 'right',
                        render: (key) => formatNok(comparison.rows.nodes[0]?.amounts[key.index] ?? null),
                      },
                    ]}
                  />
                }
              />
            )}
          </Box>
          {levels.length > 0 && (
            <Scroll label={translate('gevinst.key_comparison.level_title')}>
              <SimpleTable
                caption={translate('gevinst.key_comparison.level_title')}
                testId="comparison-levels"
                rowKey={(g) => g.group ?? 'none'}
                rows={levels}
                columns={[
                  {
                    key: 'level',
                    label: translate('gevinst.key_comparison.level'),
                    render: (g) => translate(`enums.AdministrativeLevel.${g.group}`),
                  },
                  {
                    key: 'gainers',
                    label: translate('gevinst.key_comparison.gainers'),
                    align: 'right',
                    render: (g) => g.gainers,
                  },
                  {
                    key: 'gain',
                    label: translate('gevinst.key_comparison.gain'),
                    align: 'right',
                    render: (g) => formatNok(g.gainersSum),
                  },
                  {
                    key: 'losers',
                    label: translate('gevinst.key_comparison.losers'),
                    align: 'right',
                    render: (g) => g.losers,
                  },
                  {
                    key: 'loss',
                    label: translate('gevinst.key_comparison.loss'),
                    align: 'right',
                    render: (g) => formatNok(g.losersSum),
                  },
                  {
                    key: 'unchanged',
                    label: translate('gevinst.key_comparison.unchanged'),
                    align: 'right',
                    render: (g) => g.unchanged,
                  },
                  {
                    key: 'net',
                    label: translate('gevinst.key_comparison.net'),
                    align: 'right',
                    render: (g) => formatNok(g.net),
                  },
                ]}
              />
            </Scroll>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 3, mb: 1, alignItems: 'center' }}>
            <Typography variant="h6" component="h2">
              {translate('gevinst.key_comparison.organisation')}
            </Typography>
            <FormControl size="small" sx={{ minWidth: 220 }}>
              <InputLabel id="comparison-sort">{translate('gevinst.key_comparison.sort')}</InputLabel>
              <Select
                labelId="comparison-sort"
                label={translate('gevinst.key_comparison.sort')}
                value={sort}
                onChange={(event) => {
                  setSort(event.target.value);
                  setPage(0);
                }}
              >
                <MenuItem value="DIFFERENCE_ASC">
                  {translate('gevinst.key_comparison.sort_difference_asc')}
                </MenuItem>
                <MenuItem value="DIFFERENCE_DESC">
                  {translate('gevinst.key_comparison.sort_difference_desc')}
                </MenuItem>
                <MenuItem value="NAME">{translate('gevinst.key_comparison.sort_name')}</MenuItem>
              </Select>
            </FormControl>
          </Stack>
          <Box
            sx={{ overflowX: 'auto' }}
            tabIndex={0}
            role="region"
            aria-label={translate('gevinst.key_comparison.rows_caption')}
          >
            <SimpleTable<Row>
              caption={translate('gevinst.key_comparison.rows_caption')}
              testId="comparison-rows"
              rowKey={(row) => row.organisationId}
              rows={comparison.rows.nodes}
              columns={[
                {
                  key: 'name',
                  label: translate('gevinst.key_comparison.organisation'),
                  render: (row) => row.name,
                },
                {
                  key: 'population',
                  label: translate('gevinst.key_comparison.population'),
                  align: 'right',
                  render: (row) => formatInteger(row.population),
                },
                ...comparison.keys.map((key) => ({
                  key: `amount-${key.index}`,
                  label: key.name,
                  align: 'right' as const,
                  render: (row: Row) => formatNok(row.amounts[key.index]),
                })),
                ...others.flatMap((key) => [
                  {
                    key: `difference-${key.index}`,
                    label: `${translate('gevinst.key_comparison.difference')}: ${key.name}`,
                    align: 'right' as const,
                    render: (row: Row) => formatNok(row.differences[key.index]),
                  },
                  {
                    key: `per-inhabitant-${key.index}`,
                    label: translate('gevinst.key_comparison.per_inhabitant'),
                    align: 'right' as const,
                    render: (row: Row) => formatNok(row.differencesPerInhabitant[key.index]),
                  },
                  {
                    key: `outcome-${key.index}`,
                    label: translate('gevinst.key_comparison.outcome'),
                    render: (row: Row) => translate(`enums.ComparisonOutcome.${row.outcomes[key.index]}`),
                  },
                ]),
              ]}
            />
          </Box>
          <TablePagination
            component="div"
            count={comparison.rows.totalCount}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={PAGE_SIZES}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
            }
            onPageChange={(_, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPerPage(Number(event.target.value));
              setPage(0);
            }}
          />
        </>
      )}
    </Box>
  );
};

export default KeyComparisonPage;
