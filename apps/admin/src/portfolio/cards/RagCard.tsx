import { Link, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Button } from '@mui/material';
import { ChartFigure, DonutChart, RAG_COLOURS } from '../../charts';
import { RagChip, SimpleTable } from '../../components';
import { formatInteger } from '../../format';
import { benefitsLink, initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary, RagCounts } from '../portfolio.graphql';
import { Section } from './Section';

/** The four statuses as the dashboard shows them: the counts' field, the initiatives filter, the colour. */
const RAG_STATUSES = [
  { status: 'GREEN', field: 'green', filter: 'GREEN', colour: RAG_COLOURS.GREEN.background },
  { status: 'AMBER', field: 'amber', filter: 'AMBER', colour: RAG_COLOURS.AMBER.background },
  { status: 'RED', field: 'red', filter: 'RED', colour: RAG_COLOURS.RED.background },
  { status: null, field: 'notAssessed', filter: 'NOT_ASSESSED', colour: '#78909c' },
] as const;

/** One row per status: its label, the benefits and the initiatives with it. */
const ragRowsOf = (translate: (key: string) => string, benefits: RagCounts, initiatives: RagCounts) =>
  RAG_STATUSES.map((row) => ({
    ...row,
    key: row.status ?? 'NONE',
    label: row.status ? translate(`enums.RagStatus.${row.status}`) : translate('gevinst.rag.none'),
    count: benefits[row.field],
    initiatives: initiatives[row.field],
  }));

/**
 * Benefits by RAG status, and how many initiatives have each status (each count opens them). A slice (or
 * its legend entry, a button) opens the initiatives whose overall status is the slice's: the initiatives
 * the benefits of that status belong to where that status is their worst (an initiative with one red and
 * two green benefits opens under red; its green benefits are counted in the green slice).
 */
export const RagCard = ({ data, filter }: { data: PortfolioSummary; filter: DashboardFilter }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const ragRows = ragRowsOf(translate, data.rag, data.initiativeRag);
  const initiativeIds = data.byInitiative.map((row) => row.initiativeId);
  const openStatus = (key: string) => {
    const row = ragRows.find((candidate) => candidate.key === key);
    if (row) void navigate(initiativesLink(filter, { rag: row.filter }));
  };
  return (
    <Section id="portfolio-rag" title={translate('gevinst.portfolio.rag')}>
      <ChartFigure
        testId="portfolio-rag"
        title={translate('gevinst.portfolio.rag_chart')}
        summary={`${translate('gevinst.portfolio.rag_summary', {
          green: data.rag.green,
          amber: data.rag.amber,
          red: data.rag.red,
          none: data.rag.notAssessed,
        })} ${translate('gevinst.portfolio.rag_opens')}`}
        interactive
        tableOpen
        chart={
          <DonutChart
            slices={ragRows.map((row) => ({
              key: row.key,
              label: row.label,
              value: row.count,
              colour: row.colour,
            }))}
            onSelect={openStatus}
            selectLabel={(slice) => {
              const row = ragRows.find((candidate) => candidate.key === slice.key);
              return translate('gevinst.portfolio.rag_slice_link', {
                status: slice.label,
                benefits: slice.value,
                smart_count: row?.initiatives ?? 0,
              });
            }}
          />
        }
        table={
          <SimpleTable
            caption={translate('gevinst.portfolio.rag_chart')}
            rows={ragRows}
            rowKey={(row) => row.key}
            columns={[
              {
                key: 'key',
                label: translate('resources.benefits.fields.rag'),
                render: (row) => <RagChip rag={row.status} />,
              },
              {
                key: 'count',
                label: translate('gevinst.portfolio.benefit_count'),
                align: 'right',
                // Each count opens the benefits it counts: the dashboard's initiatives' benefits with that status.
                render: (row) => {
                  const to = benefitsLink(initiativeIds, row.filter);
                  return to ? (
                    <Link to={to} data-testid={`rag-benefits-${row.filter}`}>
                      {formatInteger(row.count)}
                    </Link>
                  ) : (
                    formatInteger(row.count)
                  );
                },
              },
              {
                key: 'initiatives',
                label: translate('gevinst.portfolio.initiatives_by_rag'),
                align: 'right',
                render: (row) => (
                  <Link
                    to={initiativesLink(filter, { rag: row.filter })}
                    aria-label={translate('gevinst.portfolio.initiatives_by_rag_link', {
                      smart_count: row.initiatives,
                      status: row.label,
                    })}
                  >
                    {formatInteger(row.initiatives)}
                  </Link>
                ),
              },
            ]}
          />
        }
      />
      <Button component={Link} to={benefitsLink(initiativeIds) ?? '/benefits'} size="small">
        {translate('gevinst.portfolio.to_benefits')}
      </Button>
    </Section>
  );
};
