import { useTranslate } from 'react-admin';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../../charts';
import { SimpleTable } from '../../components';
import { formatCompactNok, formatNok, nokToNumber } from '../../format';
import type { DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Section } from './Section';

/**
 * Planned cost and benefit against realised benefit, year by year. A year's bar or point (or its label on
 * the axis, a tab stop) narrows the dashboard to that year: its figures, breakdowns and the initiatives
 * behind plan in it, one more entry in the browser's history (back returns to the whole period).
 */
export const OverTimeCard = ({
  data,
  filter,
  update,
}: {
  data: PortfolioSummary;
  /** The dashboard's own filter (as in the address). */
  filter: DashboardFilter;
  update: (changes: Partial<DashboardFilter>) => void;
}) => {
  const translate = useTranslate();
  const selectYear = (year: number) => {
    if (filter.fromYear !== year || filter.toYear !== year) update({ fromYear: year, toYear: year });
  };
  return (
    <Section id="portfolio-years" title={translate('gevinst.portfolio.over_time')}>
      <ChartFigure
        testId="portfolio-by-year"
        title={translate('gevinst.portfolio.over_time_chart')}
        summary={`${translate('gevinst.portfolio.over_time_summary', {
          planned: formatNok(data.plannedBenefitNok),
          realised: formatNok(data.realisedBenefitNok),
        })} ${translate('gevinst.portfolio.year_opens')}`}
        interactive
        chart={
          <SeriesChart
            data={data.byYear.map((year) => ({
              year: String(year.year),
              plannedCost: nokToNumber(year.plannedCostNok),
              plannedBenefit: nokToNumber(year.plannedBenefitNok),
              realisedBenefit: year.realisedBenefitNok === null ? null : nokToNumber(year.realisedBenefitNok),
            }))}
            xKey="year"
            onSelect={(row) => selectYear(Number(row.year))}
            selectLabel={(row) => translate('gevinst.portfolio.open_year', { year: String(row.year) })}
            valueFormat={formatNok}
            axisFormat={formatCompactNok}
            series={[
              {
                key: 'plannedCost',
                label: translate('gevinst.portfolio.kpi.planned_cost'),
                colour: SERIES_COLOURS[2],
              },
              {
                key: 'plannedBenefit',
                label: translate('gevinst.portfolio.kpi.planned_benefit'),
                colour: SERIES_COLOURS[0],
                type: 'line',
                dashed: true,
              },
              {
                key: 'realisedBenefit',
                label: translate('gevinst.portfolio.kpi.realised_benefit'),
                colour: SERIES_COLOURS[1],
                type: 'line',
              },
            ]}
          />
        }
        table={
          <SimpleTable
            caption={translate('gevinst.portfolio.over_time_chart')}
            rows={data.byYear}
            rowKey={(row) => String(row.year)}
            columns={[
              { key: 'year', label: translate('gevinst.economics.year') },
              {
                key: 'plannedCostNok',
                label: translate('gevinst.portfolio.kpi.planned_cost'),
                align: 'right',
                render: (row) => formatNok(row.plannedCostNok),
              },
              {
                key: 'actualCostNok',
                label: translate('gevinst.economics.actual_cost'),
                align: 'right',
                render: (row) => formatNok(row.actualCostNok) || '–',
              },
              {
                key: 'plannedBenefitNok',
                label: translate('gevinst.portfolio.kpi.planned_benefit'),
                align: 'right',
                render: (row) => formatNok(row.plannedBenefitNok),
              },
              {
                key: 'realisedBenefitNok',
                label: translate('gevinst.portfolio.kpi.realised_benefit'),
                align: 'right',
                render: (row) => formatNok(row.realisedBenefitNok) || '–',
              },
            ]}
          />
        }
      />
    </Section>
  );
};
