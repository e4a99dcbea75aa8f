import { Link as RouterLink, useParams } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Role, canAdministerSchemes, canSeeAllCoFinancingApplications } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { useApiMutation, useApiQuery } from '../api/client';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../components';
import { formatDate, formatDecimal, formatNok } from '../format';
import { CO_FINANCING_CALL, CO_FINANCING_RANKING, UPDATE_CO_FINANCING_CALL } from './coFinancing.graphql';

/** The call's ranking for the board: the secretariat's view, with the workbook. */
const Ranking = ({ callId }: { callId: string }) => {
  const translate = useTranslate();
  const ranking = useApiQuery(CO_FINANCING_RANKING, { callId });
  const rows = ranking.data?.coFinancingRanking ?? [];
  const col = (key: string) => translate(`gevinst.co_financing.col.${key}`);
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2">
            {translate('gevinst.co_financing.ranking')}
          </Typography>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            href={`/api/exports/co-financing-calls/${callId}/ranking.xlsx`}
            data-testid="ranking-xlsx"
          >
            {translate('gevinst.co_financing.download_xlsx')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('gevinst.co_financing.ranking_help')}
        </Typography>
        <ApiErrorAlert error={ranking.error} />
        <Box sx={{ overflowX: 'auto' }}>
          <SimpleTable
            caption={translate('gevinst.co_financing.ranking')}
            testId="co-financing-ranking"
            rows={rows}
            rowKey={(row) => row.applicationId}
            empty={<EmptyState message="gevinst.co_financing.no_ranking" />}
            columns={[
              { key: 'rank', label: col('rank'), align: 'right', render: (row) => row.rank },
              {
                key: 'initiative',
                label: col('initiative'),
                render: (row) => (
                  <>
                    <Link
                      component={RouterLink}
                      to={`/co-financing/applications/${row.applicationId}`}
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {row.initiativeCode}
                    </Link>
                    <Typography variant="body2" color="text.secondary">
                      {row.applicantName} · {translate(`enums.CoFinancingCategory.${row.category}`)} ·{' '}
                      {translate(`enums.CoFinancingApplicationStatus.${row.status}`)}
                    </Typography>
                  </>
                ),
              },
              {
                key: 'grant',
                label: col('requested_grant'),
                align: 'right',
                render: (row) => formatNok(row.requestedGrant),
              },
              { key: 'npv', label: col('npv'), align: 'right', render: (row) => formatNok(row.npv) },
              {
                key: 'budget',
                label: col('budget_kroner'),
                align: 'right',
                render: (row) => formatNok(row.budgetKroner),
              },
              {
                key: 'ratio',
                label: col('npv_per_budget_krone'),
                align: 'right',
                render: (row) =>
                  row.npvPerBudgetKrone === null ? '–' : formatDecimal(row.npvPerBudgetKrone),
              },
              {
                key: 'period',
                label: col('period'),
                render: (row) => (
                  <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                    {row.fromYear}–{row.toYear} ({row.priceBaseYear})
                  </Box>
                ),
              },
              {
                key: 'eligible',
                label: col('eligible'),
                render: (row) => (
                  <Chip
                    size="small"
                    color={row.eligible ? 'success' : 'error'}
                    label={translate(
                      row.eligible ? 'gevinst.co_financing.eligible' : 'gevinst.co_financing.not_eligible',
                    )}
                  />
                ),
              },
            ]}
          />
        </Box>
      </CardContent>
    </Card>
  );
};

/** A call: its rules, the ranking (secretariat), the applications the user may see, a new application. */
export default function CoFinancingCallPage() {
  const translate = useTranslate();
  const { id = '' } = useParams();
  const principal = usePrincipal();
  const call = useApiQuery(CO_FINANCING_CALL, { id });
  const update = useApiMutation(UPDATE_CO_FINANCING_CALL);
  const data = call.data?.coFinancingCall;
  const secretariat = !!principal && canSeeAllCoFinancingApplications(principal);
  const owner = hasAnyRole(principal, Role.INITIATIVE_OWNER, Role.ADMIN);
  if (!data) return <ApiErrorAlert error={call.error} />;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={data.title} />
      <Typography variant="h5" component="h1">
        {data.title}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          size="small"
          color={data.status === 'OPEN' ? 'success' : 'default'}
          label={translate(`enums.CoFinancingCallStatus.${data.status}`)}
        />
        <Typography variant="body2">
          {translate('gevinst.co_financing.deadline')}: {formatDate(data.deadline)}
        </Typography>
        {principal && canAdministerSchemes(principal) && (
          <Button
            size="small"
            onClick={() =>
              update.mutate({
                input: {
                  id: data.id,
                  version: data.version,
                  status: data.status === 'OPEN' ? 'CLOSED' : 'OPEN',
                },
              })
            }
          >
            {translate(
              data.status === 'OPEN' ? 'gevinst.co_financing.close_call' : 'gevinst.co_financing.open_call',
            )}
          </Button>
        )}
      </Stack>
      <ApiErrorAlert error={update.error} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="subtitle1" component="h2">
            {translate('gevinst.co_financing.rule_set')}: {data.ruleSet.id}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('gevinst.co_financing.rule_source')}: {data.ruleSet.source}
          </Typography>
          <ul>
            {data.ruleSet.categories.map((rules) => (
              <li key={rules.category}>
                <Typography variant="body2">
                  {[
                    `${translate(`enums.CoFinancingCategory.${rules.category}`)}:`,
                    rules.minTotalCost !== null && rules.maxTotalCost !== null
                      ? translate('gevinst.co_financing.limit_cost_range', {
                          min: formatNok(rules.minTotalCost),
                          max: formatNok(rules.maxTotalCost),
                        })
                      : rules.maxTotalCost !== null
                        ? translate('gevinst.co_financing.limit_cost_max', {
                            max: formatNok(rules.maxTotalCost),
                          })
                        : null,
                    translate('gevinst.co_financing.limit_share', { percent: rules.maxGrantPercent }),
                    rules.maxGrant !== null
                      ? translate('gevinst.co_financing.limit_cap', { cap: formatNok(rules.maxGrant) })
                      : null,
                  ]
                    .filter((part) => part !== null)
                    .join(' ')}
                </Typography>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      {secretariat && <Ranking callId={data.id} />}
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2">
              {translate('gevinst.co_financing.applications')}
            </Typography>
            {owner && data.status === 'OPEN' && (
              <Button variant="contained" component={RouterLink} to={`/co-financing/calls/${data.id}/apply`}>
                {translate('gevinst.co_financing.new_application')}
              </Button>
            )}
          </Stack>
          <Box sx={{ overflowX: 'auto' }}>
            <SimpleTable
              caption={translate('gevinst.co_financing.applications')}
              testId="co-financing-applications"
              rows={data.applications}
              rowKey={(row) => row.id}
              empty={<EmptyState message="gevinst.co_financing.no_applications" />}
              columns={[
                {
                  key: 'initiative',
                  label: translate('gevinst.co_financing.col.initiative'),
                  render: (row) => (
                    <Link component={RouterLink} to={`/co-financing/applications/${row.id}`}>
                      {row.initiative.code} – {row.initiative.name}
                    </Link>
                  ),
                },
                {
                  key: 'applicant',
                  label: translate('gevinst.co_financing.col.applicant'),
                  render: (row) => row.applicant.name,
                },
                {
                  key: 'category',
                  label: translate('gevinst.co_financing.col.category'),
                  render: (row) => translate(`enums.CoFinancingCategory.${row.category}`),
                },
                {
                  key: 'grant',
                  label: translate('gevinst.co_financing.col.requested_grant'),
                  align: 'right',
                  render: (row) => formatNok(row.requestedGrant),
                },
                {
                  key: 'status',
                  label: translate('gevinst.co_financing.col.status'),
                  render: (row) => translate(`enums.CoFinancingApplicationStatus.${row.status}`),
                },
              ]}
            />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
