import { useState } from 'react';
import { LinkBase, useRecordContext, useTranslate } from 'react-admin';
import { coFinancingReportPath } from '../../coFinancingReports/paths';
import DownloadIcon from '@mui/icons-material/Download';
import { FundingScheme, canSeeCoFinancingReport } from '@gevinst/domain';
import { usePrincipal } from '../../access';
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
  Typography,
} from '@mui/material';
import { useApiQuery } from '../../api/client';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../../charts';
import { ApiErrorAlert, SimpleTable } from '../../components';
import {
  formatCompactNok,
  formatDate,
  formatDecimal,
  formatNok,
  formatPercent,
  nokToNumber,
} from '../../format';
import { enumLabelKey } from '../../enums';
import { INITIATIVE_ECONOMICS, type Initiative } from '../initiatives.graphql';

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Card variant="outlined" sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId} sx={{ whiteSpace: 'nowrap' }}>
        {value}
      </Typography>
    </CardContent>
  </Card>
);

/** The co-financing annual report (due 1 March) as a workbook, for the years of the analysis. */
const CoFinancingReport = ({ initiative, years }: { initiative: Initiative; years: number[] }) => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const lastYear = new Date().getFullYear() - 1;
  const [year, setYear] = useState(years.includes(lastYear) ? lastYear : (years.at(-1) ?? lastYear));
  if (
    !principal ||
    !initiative.ownerId ||
    !initiative.ministryId ||
    !canSeeCoFinancingReport(principal, { ownerId: initiative.ownerId, ministryId: initiative.ministryId }) ||
    // Only a co-financed initiative (a CO_FINANCING source above 0) has co-financing reports (issue 15).
    !initiative.fundingSources.some(
      (source) => source.scheme === FundingScheme.CO_FINANCING && Number(source.amount) > 0,
    )
  ) {
    return null;
  }
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <FormControl size="small" fullWidth={false} sx={{ width: 140 }}>
        <InputLabel id="co-financing-year">{translate('gevinst.economics.report_year')}</InputLabel>
        <Select
          labelId="co-financing-year"
          label={translate('gevinst.economics.report_year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
        >
          {years.map((candidate) => (
            <MenuItem key={candidate} value={candidate}>
              {candidate}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        href={`/api/exports/co-financing-report.xlsx?initiativeId=${encodeURIComponent(String(initiative.id))}&year=${year}`}
        download
        data-testid="download-co-financing-report"
      >
        {translate('gevinst.economics.co_financing_report')}
      </Button>
      <Button
        component={LinkBase}
        to={coFinancingReportPath(String(initiative.id), year)}
        variant="text"
        data-testid="open-co-financing-report"
      >
        {translate('gevinst.co_financing.open_report')}
      </Button>
    </Box>
  );
};

export const EconomicsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const { data, error } = useApiQuery(INITIATIVE_ECONOMICS, { id: record?.id }, { enabled: !!record });
  const economics = data?.initiative?.economics;
  if (!record) return null;
  if (error) return <ApiErrorAlert error={error} />;
  if (!economics) return null;

  // One row per year of the analysis period (costs and benefits run over the same years).
  const years = economics.years.map((row) => row.year);
  const rows = economics.years.map((row) => ({
    year: row.year,
    plannedCost: row.plannedCost,
    projectedCost: row.projectedCost,
    projected: row.projected,
    actualCost: row.actualCostNominal,
    actualCostFixed: row.actualCostFixedPrices,
    priceIndex: row.priceIndex,
    priceIndexEstimated: row.priceIndexEstimated,
    plannedBenefit: row.plannedBenefitNok,
    realisedBenefit: row.realisedBenefitNok,
  }));
  const chartRows = rows.map((row) => ({
    year: String(row.year),
    plannedCost: nokToNumber(row.plannedCost) + nokToNumber(row.projectedCost),
    actualCost: row.actualCost === null ? null : nokToNumber(row.actualCost),
    plannedBenefit: nokToNumber(row.plannedBenefit),
    realisedBenefit: row.realisedBenefit === null ? null : nokToNumber(row.realisedBenefit),
  }));
  const label = (key: string) => translate(`gevinst.economics.${key}`);

  return (
    <Box data-testid="economics-tab">
      <CoFinancingReport initiative={record} years={years} />
      <Grid container spacing={2} sx={{ mb: 3 }}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('npv')} value={formatNok(economics.npv)} testId="economics-npv" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure
            label={label('npv_per_nok')}
            value={economics.npvPerNokInvested === null ? '–' : formatDecimal(economics.npvPerNokInvested)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure
            label={label('payback')}
            value={economics.paybackYear === null ? label('no_payback') : String(economics.paybackYear)}
            testId="economics-payback"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('realised_to_date')} value={formatNok(economics.totalRealisedBenefitNok)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('pv_costs')} value={formatNok(economics.presentValueCosts)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('pv_benefits')} value={formatNok(economics.presentValueBenefits)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('pv_tax')} value={formatNok(economics.presentValueTaxFinancingCost)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure label={label('planned_cost')} value={formatNok(economics.totalPlannedCost)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure
            label={label('npv_per_budget_krone')}
            value={economics.npvPerBudgetKrone === null ? '–' : formatDecimal(economics.npvPerBudgetKrone)}
            testId="economics-npv-per-budget-krone"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Figure
            label={label('break_even')}
            value={
              economics.breakEvenBenefitShare === null
                ? '–'
                : formatPercent(Number(economics.breakEvenBenefitShare) * 100)
            }
            testId="economics-break-even"
          />
        </Grid>
      </Grid>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="economics-period">
        {translate('gevinst.economics.period', {
          from: economics.fromYear,
          to: economics.toYear,
          lifetime: economics.lifetimeYears,
          priceBase: economics.priceBaseYear,
          index: formatDecimal(economics.priceBaseIndex),
          estimated: economics.priceBaseIndexEstimated ? label('index_estimated') : '',
          residual: formatNok(economics.residualValue),
          running: formatNok(economics.projectedRunningCost),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('gevinst.economics.assumptions', {
          baseYear: economics.baseYear,
          rates: economics.discountRates
            .map((period) =>
              period.throughYear === null
                ? formatPercent(Number(period.rate) * 100)
                : `${formatPercent(Number(period.rate) * 100)} (${translate('gevinst.economics.through_year', { year: period.throughYear })})`,
            )
            .join(', '),
          tax: formatPercent(Number(economics.taxFinancingCost) * 100),
          asOf: formatDate(economics.asOf),
        })}
      </Typography>
      <ChartFigure
        title={label('chart_title')}
        summary={translate('gevinst.economics.chart_summary', {
          planned: formatNok(economics.totalPlannedBenefitNok),
          realised: formatNok(economics.totalRealisedBenefitNok),
          cost: formatNok(economics.totalPlannedCost),
        })}
        testId="economics-chart"
        chart={
          <SeriesChart
            data={chartRows}
            xKey="year"
            valueFormat={formatNok}
            axisFormat={formatCompactNok}
            series={[
              { key: 'plannedCost', label: label('planned_cost'), colour: SERIES_COLOURS[2] },
              { key: 'actualCost', label: label('actual_cost'), colour: SERIES_COLOURS[3] },
              {
                key: 'plannedBenefit',
                label: label('planned_benefit'),
                colour: SERIES_COLOURS[0],
                type: 'line',
                dashed: true,
              },
              {
                key: 'realisedBenefit',
                label: label('realised_benefit'),
                colour: SERIES_COLOURS[1],
                type: 'line',
              },
            ]}
          />
        }
        table={
          <SimpleTable
            caption={label('years_caption')}
            testId="economics-years"
            rows={rows}
            rowKey={(row) => String(row.year)}
            columns={[
              { key: 'year', label: label('year') },
              {
                key: 'plannedCost',
                label: label('planned_cost'),
                align: 'right',
                render: (row) => formatNok(row.plannedCost),
              },
              {
                key: 'projectedCost',
                label: label('projected_cost'),
                align: 'right',
                render: (row) =>
                  row.projected ? `${formatNok(row.projectedCost)} (${label('projected')})` : '–',
              },
              {
                key: 'actualCost',
                label: label('actual_cost'),
                align: 'right',
                render: (row) => formatNok(row.actualCost) || '–',
              },
              {
                key: 'actualCostFixed',
                label: translate('gevinst.economics.actual_fixed', { year: economics.priceBaseYear }),
                align: 'right',
                render: (row) => formatNok(row.actualCostFixed) || '–',
              },
              {
                key: 'priceIndex',
                label: label('price_index'),
                align: 'right',
                render: (row) => `${formatDecimal(row.priceIndex)}${row.priceIndexEstimated ? '*' : ''}`,
              },
              {
                key: 'plannedBenefit',
                label: label('planned_benefit'),
                align: 'right',
                render: (row) => formatNok(row.plannedBenefit),
              },
              {
                key: 'realisedBenefit',
                label: label('realised_benefit'),
                align: 'right',
                render: (row) => formatNok(row.realisedBenefit) || '–',
              },
            ]}
          />
        }
      />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        {label('sensitivity')}
      </Typography>
      <SimpleTable
        caption={label('sensitivity_caption')}
        testId="economics-sensitivity"
        rows={economics.sensitivity}
        rowKey={(row) => row.case}
        columns={[
          {
            key: 'case',
            label: label('sensitivity_case'),
            render: (row) => translate(`enums.SensitivityCase.${row.case}`),
          },
          { key: 'npv', label: label('npv'), align: 'right', render: (row) => formatNok(row.npv) },
          {
            key: 'change',
            label: label('sensitivity_change'),
            align: 'right',
            render: (row) => formatNok(row.change),
          },
        ]}
      />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        {label('non_monetised')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {label('non_monetised_help')}
      </Typography>
      <SimpleTable
        caption={label('non_monetised')}
        testId="economics-non-monetised"
        rows={economics.nonMonetisedBenefits}
        rowKey={(row) => row.benefitId}
        empty={<Typography variant="body2">{label('non_monetised_empty')}</Typography>}
        columns={[
          { key: 'title', label: label('title'), render: (row) => row.title },
          {
            key: 'indicator',
            label: label('indicator'),
            render: (row) => `${row.indicatorName} (${row.indicatorUnit})`,
          },
          {
            key: 'category',
            label: label('category'),
            render: (row) => translate(enumLabelKey('BenefitCategory', row.category)),
          },
        ]}
      />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        {label('npv_table')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <SimpleTable
          caption={label('npv_table_caption')}
          rows={economics.npvByYear}
          rowKey={(row) => String(row.year)}
          columns={[
            { key: 'year', label: label('year') },
            { key: 'cost', label: label('cost'), align: 'right', render: (row) => formatNok(row.cost) },
            {
              key: 'benefit',
              label: label('benefit'),
              align: 'right',
              render: (row) => formatNok(row.benefit),
            },
            { key: 'net', label: label('net'), align: 'right', render: (row) => formatNok(row.net) },
            {
              key: 'discountFactor',
              label: label('discount_factor'),
              align: 'right',
              render: (row) => formatDecimal(row.discountFactor),
            },
            {
              key: 'presentNet',
              label: label('present_net'),
              align: 'right',
              render: (row) => formatNok(row.presentNet),
            },
            {
              key: 'cumulativePresentNet',
              label: label('cumulative'),
              align: 'right',
              render: (row) => formatNok(row.cumulativePresentNet),
            },
          ]}
        />
      </Box>
    </Box>
  );
};

export default EconomicsTab;
