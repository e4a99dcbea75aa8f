import { useMemo } from 'react';
import { Link, useTranslate } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { ApiErrorAlert, EmptyState, RagChip, SimpleTable } from '../../components';
import { formatNok, formatPercent } from '../../format';
import type { InitiativeFigures } from '../portfolio.graphql';
import { behindPlanRows } from './behindPlan';
import { Section } from './Section';

/** The initiatives whose monetised benefits are furthest behind plan to date (behindPlanRows). */
const BehindPlan = ({ data }: { data: readonly InitiativeFigures[] }) => {
  const translate = useTranslate();
  const rows = useMemo(() => behindPlanRows(data), [data]);
  return (
    <SimpleTable
      testId="behind-plan"
      caption={translate('gevinst.portfolio.behind_caption')}
      rows={rows}
      rowKey={(row) => row.initiativeId}
      empty={<EmptyState message="gevinst.portfolio.behind_empty" />}
      columns={[
        {
          key: 'code',
          label: translate('resources.initiatives.name', { smart_count: 1 }),
          render: (row) => (
            <Link to={`/initiatives/${row.initiativeId}/show/benefits`}>
              {row.code} – {row.name}
            </Link>
          ),
        },
        {
          key: 'planned',
          label: translate('gevinst.portfolio.planned_to_date'),
          align: 'right',
          render: (row) => formatNok(row.plannedBenefitToDateNok),
        },
        {
          key: 'realised',
          label: translate('gevinst.portfolio.kpi.realised_benefit'),
          align: 'right',
          render: (row) => formatNok(row.realisedBenefitNok),
        },
        {
          key: 'percent',
          label: translate('gevinst.portfolio.kpi.realisation'),
          align: 'right',
          render: (row) => formatPercent(row.percent, { digits: 1 }),
        },
        {
          key: 'rag',
          label: translate('gevinst.portfolio.red_amber'),
          render: (row) => (
            <Stack direction="row" spacing={0.5}>
              {row.rag.red > 0 && <RagChip rag="RED" />}
              {row.rag.amber > 0 && <RagChip rag="AMBER" />}
              <Typography variant="body2" component="span">
                {translate('gevinst.portfolio.red_amber_count', { red: row.rag.red, amber: row.rag.amber })}
              </Typography>
            </Stack>
          ),
        },
      ]}
    />
  );
};

/** The initiatives furthest behind plan, with the query's error if it failed. */
export const BehindPlanCard = ({
  data,
  error,
}: {
  data: readonly InitiativeFigures[] | undefined;
  error: unknown;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-behind" title={translate('gevinst.portfolio.behind')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.portfolio.behind_help')}
      </Typography>
      <ApiErrorAlert error={error} />
      {data && <BehindPlan data={data} />}
    </Section>
  );
};
