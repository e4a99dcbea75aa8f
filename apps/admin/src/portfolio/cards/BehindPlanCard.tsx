import { useMemo } from 'react';
import { Link, useTranslate } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import type { InitiativesRealisationQuery } from '../../api/graphql';
import { ApiErrorAlert, EmptyState, RagChip, SimpleTable } from '../../components';
import { formatNok, formatPercent } from '../../format';
import { behindPlanRows } from './behindPlan';
import { Section } from './Section';

/** The initiatives whose monetised benefits are furthest behind plan to date (behindPlanRows). */
const BehindPlan = ({ data }: { data: InitiativesRealisationQuery['initiatives']['nodes'] }) => {
  const translate = useTranslate();
  const rows = useMemo(() => behindPlanRows(data), [data]);
  return (
    <SimpleTable
      testId="behind-plan"
      caption={translate('gevinst.portfolio.behind_caption')}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<EmptyState message="gevinst.portfolio.behind_empty" />}
      columns={[
        {
          key: 'code',
          label: translate('resources.initiatives.name', { smart_count: 1 }),
          render: (row) => (
            <Link to={`/initiatives/${row.id}/show/benefits`}>
              {row.code} – {row.name}
            </Link>
          ),
        },
        {
          key: 'planned',
          label: translate('gevinst.portfolio.planned_to_date'),
          align: 'right',
          render: (row) => formatNok(row.planned),
        },
        {
          key: 'realised',
          label: translate('gevinst.portfolio.kpi.realised_benefit'),
          align: 'right',
          render: (row) => formatNok(row.realised),
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
              {row.red > 0 && <RagChip rag="RED" />}
              {row.amber > 0 && <RagChip rag="AMBER" />}
              <Typography variant="body2" component="span">
                {translate('gevinst.portfolio.red_amber_count', { red: row.red, amber: row.amber })}
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
  data: InitiativesRealisationQuery | undefined;
  error: unknown;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-behind" title={translate('gevinst.portfolio.behind')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.portfolio.behind_help')}
      </Typography>
      <ApiErrorAlert error={error} />
      {data && <BehindPlan data={data.initiatives.nodes} />}
    </Section>
  );
};
