import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { messageOf, useApiMutation, useApiQuery } from '../api/client';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../charts';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatCompactNok, formatNok, nokToNumber } from '../format';
import { ADOPT_BUDGET_FORECAST, BUDGET_FORECAST } from './budget.graphql';
import { forecastProblems } from './forecast-problems';

const NEXT_YEAR = new Date().getFullYear() + 1;
const START_YEARS = [NEXT_YEAR - 1, NEXT_YEAR, NEXT_YEAR + 1];

/** The workbook of the forecast, with the page's session (the API reads the cookie). */
export function forecastWorkbookUrl(organisationId: string, startYear: number): string {
  const params = new URLSearchParams({ organisationId, startYear: String(startYear) });
  return `/api/exports/budget-forecast.xlsx?${params.toString()}`;
}

/**
 * «Mine fordelinger»: the organisation's four-year forecast (issue 21) — per initiative and budget year
 * what a run would allocate to it now, as a stacked chart and a table with KOSTRA codes, each year marked
 * as forecast until a run exists; a year can be marked as adopted in the budget, and the deviation shows.
 */
export const BudgetForecastPanel = ({ organisationId }: { organisationId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [startYear, setStartYear] = useState(NEXT_YEAR);
  const query = useApiQuery(BUDGET_FORECAST, { organisationId, startYear });
  const adopt = useApiMutation(ADOPT_BUDGET_FORECAST);
  const forecast = query.data?.budgetForecast;
  const codes = [...new Set(forecast?.rows.map((row) => row.initiativeCode) ?? [])];
  const chartRows =
    forecast?.years.map((year, index) => {
      const row: Record<string, string | number> = { year: String(year) };
      for (const r of forecast.rows)
        row[r.initiativeCode] = (Number(row[r.initiativeCode]) || 0) + nokToNumber(r.cells[index].amount);
      return row;
    }) ?? [];
  const problems = forecast ? forecastProblems(forecast.rows, locale) : [];
  const populationYears = [
    ...new Set(forecast?.rows.flatMap((row) => row.cells.flatMap((cell) => cell.populationYears)) ?? []),
  ].sort();

  return (
    <Box component="section" aria-labelledby="forecast-heading" sx={{ mt: 4 }} data-testid="budget-forecast">
      <Typography id="forecast-heading" variant="h5" component="h2" gutterBottom>
        {translate('gevinst.budget.forecast_title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {translate('gevinst.budget.forecast_intro')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <FormControl size="small" sx={{ width: 180, flex: 'none' }}>
          <InputLabel id="forecast-start">{translate('gevinst.budget.start_year')}</InputLabel>
          <Select
            labelId="forecast-start"
            label={translate('gevinst.budget.start_year')}
            value={startYear}
            onChange={(event) => setStartYear(Number(event.target.value))}
          >
            {START_YEARS.map((year) => (
              <MenuItem key={year} value={year}>
                {year}–{year + 3}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          href={forecastWorkbookUrl(organisationId, startYear)}
          download
          data-testid="download-forecast-xlsx"
        >
          {translate('gevinst.budget.download_forecast')}
        </Button>
      </Stack>
      <ApiErrorAlert error={query.error ?? adopt.error} />
      {forecast && populationYears.length > 0 && (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ mb: 1 }}
          data-testid="forecast-population-year"
        >
          {translate('gevinst.budget.population_years', { years: populationYears.join(', ') })}
        </Typography>
      )}
      {forecast && forecast.rows.length > 0 && (
        <ChartFigure
          title={translate('gevinst.budget.chart_title', {
            from: forecast.years[0],
            to: forecast.years.at(-1),
          })}
          summary={translate('gevinst.budget.chart_summary', {
            smart_count: codes.length,
            total: formatNok(forecast.totals[0]?.amount),
            year: forecast.years[0],
          })}
          testId="forecast-chart"
          tableOpen
          chart={
            <SeriesChart
              data={chartRows}
              xKey="year"
              height={300}
              valueFormat={formatNok}
              axisFormat={formatCompactNok}
              series={codes.map((code, index) => ({
                key: code,
                label: code,
                colour: SERIES_COLOURS[index % SERIES_COLOURS.length],
                stackId: 'forecast',
              }))}
            />
          }
          table={
            <SimpleTable
              caption={translate('gevinst.budget.table_caption')}
              testId="forecast-table"
              rows={forecast.rows}
              rowKey={(row) => `${row.initiativeId}-${row.kostraArt}-${row.kostraFunction}`}
              columns={[
                {
                  key: 'initiative',
                  label: translate('gevinst.allocations.initiative'),
                  render: (row) => <span title={row.initiativeName}>{row.initiativeCode}</span>,
                },
                {
                  key: 'kostra',
                  label: translate('gevinst.budget.kostra'),
                  render: (row) => `${row.kostraArt} / ${row.kostraFunction}`,
                },
                ...forecast.years.map((year, index) => ({
                  key: String(year),
                  label: String(year),
                  align: 'right' as const,
                  render: (row: (typeof forecast.rows)[number]) => {
                    const cell = row.cells[index];
                    if (cell.amount === null)
                      return (
                        <span title={(locale === 'en' ? cell.problem : cell.problemNb) ?? ''}>
                          {translate('gevinst.budget.not_computable')}
                        </span>
                      );
                    return (
                      <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
                        <span>{formatNok(cell.amount)}</span>
                        <Chip
                          size="small"
                          variant="outlined"
                          label={translate(`enums.ForecastStatus.${cell.status}`)}
                        />
                        {cell.deviation !== null && (
                          <Typography variant="caption" color="text.secondary">
                            {translate('gevinst.budget.deviation', { amount: formatNok(cell.deviation) })}
                          </Typography>
                        )}
                      </Stack>
                    );
                  },
                })),
              ]}
              footer={[
                translate('gevinst.preview.sum'),
                '',
                ...forecast.totals.map((total) => formatNok(total.amount)),
              ]}
            />
          }
        />
      )}
      {problems.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="forecast-problems">
          <Typography variant="subtitle2" component="h3">
            {translate('gevinst.budget.problems_title')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {problems.map((problem) => (
              <li key={`${problem.initiativeCode}-${problem.message}`}>
                <strong>{problem.initiativeCode}</strong> ({problem.years.join(', ')}): {problem.message}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {forecast && forecast.rows.length === 0 && (
        <Typography variant="body2">{translate('gevinst.budget.no_initiatives')}</Typography>
      )}
      {forecast && forecast.rows.length > 0 && (
        <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
          {forecast.totals.map((total) => (
            <Button
              key={total.year}
              variant="outlined"
              disabled={adopt.isPending}
              data-testid={`adopt-${total.year}`}
              onClick={() =>
                adopt.mutate(
                  { organisationId, year: total.year },
                  {
                    onSuccess: () =>
                      notify('gevinst.budget.adopted_ok', {
                        type: 'success',
                        messageArgs: { year: total.year },
                      }),
                    onError: (error) => notify(messageOf(error), { type: 'error' }),
                  },
                )
              }
            >
              {total.adopted === null
                ? translate('gevinst.budget.adopt', { year: total.year })
                : translate('gevinst.budget.adopt_again', { year: total.year })}
            </Button>
          ))}
        </Stack>
      )}
    </Box>
  );
};
