import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import { useApiQuery } from '../../api/client';
import { RAG_COLOURS } from '../../charts/palette';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../../components';
import { formatDate, formatNok, formatPercent } from '../../format';
import { FUNDING_STATUS_RAG, type FundingPlanRow, fundingPlanRows } from '../fundingPlan';
import { INITIATIVE_FUNDING_PLAN, type Initiative } from '../initiatives.graphql';

/** A funding status as a coloured chip with its name (never colour alone). */
export const FundingStatusChip = ({ status }: { status: string | null }) => {
  const translate = useTranslate();
  if (!status) return <>–</>;
  const colours = RAG_COLOURS[FUNDING_STATUS_RAG[status] ?? ''] ?? { background: '#546e7a', text: '#ffffff' };
  return (
    <Chip
      size="small"
      label={translate(`enums.FundingStatus.${status}`, { _: status })}
      sx={{ bgcolor: colours.background, color: colours.text, fontWeight: 600 }}
      data-testid="funding-status"
      data-status={status}
    />
  );
};

/** The funding plan: per year, the funding sources against the cost items, with the totals. */
export const FundingPlanTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const { data, error } = useApiQuery(INITIATIVE_FUNDING_PLAN, { id: record?.id }, { enabled: !!record });
  const plan = data?.initiative?.fundingPlan;
  if (!record) return null;
  if (error) return <ApiErrorAlert error={error} />;
  if (!plan) return null;
  const label = (key: string) => translate(`gevinst.funding_plan.${key}`);
  const rows = fundingPlanRows(plan);
  if (rows.length === 0)
    return (
      <Box data-testid="funding-plan-tab">
        <EmptyState message="gevinst.funding_plan.empty" hint="gevinst.funding_plan.empty_hint" />
      </Box>
    );
  const total = rows[rows.length - 1];
  const cell = (key: keyof FundingPlanRow) => (row: FundingPlanRow) => row[key];
  return (
    <Box data-testid="funding-plan-tab">
      <Typography variant="body1" sx={{ mb: 1 }} data-testid="funding-plan-status">
        {label('status')}: <FundingStatusChip status={plan.status} />
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <SimpleTable
          caption={translate('gevinst.funding_plan.caption', { asOf: formatDate(plan.asOf) })}
          testId="funding-plan-table"
          rows={rows.slice(0, -1)}
          rowKey={(row) => String(row.year)}
          columns={[
            { key: 'year', label: label('year') },
            {
              key: 'plannedFunding',
              label: label('planned_funding'),
              align: 'right',
              render: cell('plannedFunding'),
            },
            {
              key: 'receivedFunding',
              label: label('received_funding'),
              align: 'right',
              render: cell('receivedFunding'),
            },
            { key: 'plannedCost', label: label('planned_cost'), align: 'right', render: cell('plannedCost') },
            { key: 'actualCost', label: label('actual_cost'), align: 'right', render: cell('actualCost') },
            {
              key: 'plannedBalance',
              label: label('balance'),
              align: 'right',
              render: cell('plannedBalance'),
            },
            {
              key: 'status',
              label: label('status'),
              render: (row) => <FundingStatusChip status={row.status} />,
            },
            {
              key: 'receivedBalance',
              label: label('received_balance'),
              align: 'right',
              render: cell('receivedBalance'),
            },
            {
              key: 'receivedStatus',
              label: label('received_status'),
              render: (row) => <FundingStatusChip status={row.receivedStatus} />,
            },
          ]}
          footer={[
            label('total'),
            total.plannedFunding,
            total.receivedFunding,
            total.plannedCost,
            total.actualCost,
            total.plannedBalance,
            <FundingStatusChip key="status" status={total.status} />,
            total.receivedBalance,
            <FundingStatusChip key="received" status={total.receivedStatus} />,
          ]}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {label('definition')}
      </Typography>
      {plan.coFinancingShare !== null && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="co-financing-share">
          {translate('gevinst.funding_plan.co_financing_share', {
            share: formatPercent(plan.coFinancingShare, { digits: 2 }),
          })}{' '}
          {plan.coFinancingShareFlag &&
            translate(`enums.CoFinancingShareFlag.${plan.coFinancingShareFlag}`, {
              _: plan.coFinancingShareFlag,
            })}
        </Typography>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        {label('sources')}
      </Typography>
      <SimpleTable
        caption={label('sources_caption')}
        rows={plan.sources}
        rowKey={(source, index) => `${source.scheme}-${source.organisation?.id ?? ''}-${index}`}
        columns={[
          {
            key: 'scheme',
            label: label('scheme'),
            render: (source) => translate(`enums.FundingScheme.${source.scheme}`, { _: source.scheme }),
          },
          {
            key: 'organisation',
            label: label('organisation'),
            render: (source) => source.organisation?.name ?? '–',
          },
          {
            key: 'plannedAmount',
            label: label('planned_funding'),
            align: 'right',
            render: (s) => formatNok(s.plannedAmount),
          },
          {
            key: 'receivedAmount',
            label: label('received_funding'),
            align: 'right',
            render: (s) => formatNok(s.receivedAmount),
          },
          {
            key: 'inKind',
            label: label('in_kind'),
            render: (s) =>
              s.inKind
                ? translate('gevinst.funding_plan.in_kind_yes', {
                    description: s.inKindDescriptions.join('; '),
                  })
                : label('in_kind_no'),
          },
        ]}
      />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        {label('source_years')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <SimpleTable
          caption={label('source_years_caption')}
          testId="funding-source-years"
          rows={data?.initiative?.fundingSources ?? []}
          rowKey={(source, index) => `${source.year}-${source.scheme}-${index}`}
          columns={[
            { key: 'year', label: label('year') },
            {
              key: 'scheme',
              label: label('scheme'),
              render: (source) => translate(`enums.FundingScheme.${source.scheme}`, { _: source.scheme }),
            },
            {
              key: 'organisation',
              label: label('organisation'),
              render: (source) => source.organisation?.name ?? '–',
            },
            {
              key: 'chapterPost',
              label: label('chapter_post'),
              render: (source) =>
                source.budgetChapter ? `${source.budgetChapter}.${source.budgetPost}` : '–',
            },
            {
              key: 'plannedAmount',
              label: label('planned_funding'),
              align: 'right',
              render: (s) => formatNok(s.plannedAmount),
            },
            {
              key: 'receivedAmount',
              label: label('received_funding'),
              align: 'right',
              render: (s) => (s.receivedAmount === null ? '–' : formatNok(s.receivedAmount)),
            },
            {
              key: 'inKind',
              label: label('in_kind'),
              render: (s) =>
                s.inKind ? (
                  <span data-testid="in-kind">
                    {translate('gevinst.funding_plan.in_kind_yes', {
                      description: s.inKindDescription ?? '',
                    })}
                  </span>
                ) : (
                  label('in_kind_no')
                ),
            },
          ]}
        />
      </Box>
    </Box>
  );
};

export default FundingPlanTab;
