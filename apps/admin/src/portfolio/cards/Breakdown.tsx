import { Link, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../../charts';
import { SimpleTable } from '../../components';
import { formatCompactNok, formatInteger, formatNok, formatPercent, nokToNumber } from '../../format';
import type { PortfolioFigures } from '../portfolio.graphql';

/** Rows of a breakdown with the same figures: a chart of planned against realised, and the table. */
function breakdownColumns(translate: (key: string, options?: object) => string) {
  return [
    {
      key: 'initiativeCount',
      label: translate('gevinst.portfolio.kpi.initiatives'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatInteger(row.initiativeCount),
    },
    {
      key: 'plannedCostNok',
      label: translate('gevinst.portfolio.kpi.planned_cost'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.plannedCostNok),
    },
    {
      key: 'plannedBenefitNok',
      label: translate('gevinst.portfolio.kpi.planned_benefit'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.plannedBenefitNok),
    },
    {
      key: 'realisedBenefitNok',
      label: translate('gevinst.portfolio.kpi.realised_benefit'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.realisedBenefitNok),
    },
    {
      key: 'realisationPercent',
      label: translate('gevinst.portfolio.kpi.realisation'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatPercent(row.realisationPercent, { digits: 1 }) || '–',
    },
  ];
}

/**
 * One breakdown of the portfolio (by ministry, life event or level): the chart and its table. Every bar
 * (and the group's label on the axis, a tab stop) opens the initiatives list behind it (`linkOf`), as the
 * table's links do.
 */
export const Breakdown = <Row extends PortfolioFigures>({
  title,
  rows,
  nameOf,
  linkOf,
  testId,
}: {
  title: string;
  rows: Row[];
  nameOf: (row: Row) => string;
  linkOf: (row: Row) => string;
  testId: string;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const chartRows = rows.map((row, index) => ({
    index,
    name: nameOf(row),
    plannedBenefit: nokToNumber(row.plannedBenefitNok),
    realisedBenefit: nokToNumber(row.realisedBenefitNok),
    plannedCost: nokToNumber(row.plannedCostNok),
  }));
  return (
    <ChartFigure
      testId={testId}
      title={title}
      summary={`${translate('gevinst.portfolio.breakdown_summary', { smart_count: rows.length })} ${translate('gevinst.portfolio.chart_opens')}`}
      interactive
      chart={
        <SeriesChart
          data={chartRows}
          xKey="name"
          horizontal
          height={Math.max(160, rows.length * 56 + 70)}
          valueFormat={formatNok}
          axisFormat={formatCompactNok}
          onSelect={(row) => void navigate(linkOf(rows[Number(row.index)]))}
          selectLabel={(row) =>
            translate('gevinst.portfolio.open_initiatives', {
              name: row.name,
              smart_count: rows[Number(row.index)].initiativeCount,
            })
          }
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
            },
            {
              key: 'realisedBenefit',
              label: translate('gevinst.portfolio.kpi.realised_benefit'),
              colour: SERIES_COLOURS[1],
            },
          ]}
        />
      }
      table={
        <SimpleTable
          caption={title}
          rows={rows}
          columns={[
            {
              key: 'name',
              label: translate('gevinst.portfolio.group'),
              render: (row: Row) => <Link to={linkOf(row)}>{nameOf(row)}</Link>,
            },
            ...breakdownColumns(translate),
          ]}
        />
      }
    />
  );
};
