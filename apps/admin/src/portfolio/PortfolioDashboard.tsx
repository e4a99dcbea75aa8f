import { Title, useTranslate } from 'react-admin';
import { Alert, Box, Grid, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { Role, isAdmin } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { ApiErrorAlert, EmptyState } from '../components';
import { BehindPlanCard } from './cards/BehindPlanCard';
import { ByLevelCard } from './cards/ByLevelCard';
import { ByLifeEventCard } from './cards/ByLifeEventCard';
import { ByMinistryCard } from './cards/ByMinistryCard';
import { FilterBar } from './cards/FilterBar';
import { KpiCards } from './cards/KpiCards';
import { OverTimeCard } from './cards/OverTimeCard';
import { PayBenefitMatrixCard } from './cards/PayBenefitMatrixCard';
import { CoFinancingDeadlinesCard } from '../coFinancingReports/DeadlinesCard';
import { StatusReportDeadlinesCard } from '../statusReports/StatusReportDeadlinesCard';
import { RagCard } from './cards/RagCard';
import { filterFromSearch, toPortfolioFilter, withFilter, type DashboardFilter } from './filters';
import { NET_POSITIONS, PORTFOLIO_SUMMARY } from './portfolio.graphql';

/**
 * The portfolio dashboard for reviewers and administrators: key figures, planned against realised over
 * time, breakdowns, RAG, who pays against who benefits, and the initiatives furthest behind plan. Every
 * figure follows the filter and links to the initiatives behind it.
 */
export const PortfolioDashboard = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const admin = !!principal && isAdmin(principal);
  const reviewer = hasAnyRole(principal, Role.PORTFOLIO_REVIEWER) && !admin;
  // The filter lives in the address (issue 16): a view can be bookmarked and shared, every change is a
  // history entry (back and forward step through them) and a reload gives the same view.
  const [searchParams, setSearchParams] = useSearchParams();
  const { filter: stored, ignored } = filterFromSearch(searchParams);
  const setFilter = (next: DashboardFilter) => setSearchParams(withFilter(searchParams, next));
  // A reviewer always sees their own ministry; it is not theirs to choose, so it is not in the address.
  const filter: DashboardFilter = reviewer ? { ...stored, ministryId: principal?.organisationId } : stored;
  const update = (changes: Partial<DashboardFilter>) => setFilter({ ...stored, ...changes });

  const variables = { filter: toPortfolioFilter(filter) };
  const summary = useApiQuery(PORTFOLIO_SUMMARY, variables, { keepPrevious: true });
  const net = useApiQuery(NET_POSITIONS, variables, { keepPrevious: true });

  const data = summary.data?.portfolioSummary;
  const filtered = Object.values(stored).some((value) => value !== undefined && value !== '');

  return (
    <Box sx={{ mt: 2 }} data-testid="portfolio-dashboard">
      <Title title="gevinst.menu.portfolio" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('gevinst.portfolio.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {translate(reviewer ? 'gevinst.portfolio.intro_reviewer' : 'gevinst.portfolio.intro')}
      </Typography>

      {/* The co-financing reports of the portfolio in view, overdue ones flagged (issue 15). */}
      <Box sx={{ mb: 2 }}>
        <CoFinancingDeadlinesCard headingId="portfolio-co-financing" />
        {/* The overdue benefit status reports of the portfolio in view (issue 16). */}
        <StatusReportDeadlinesCard headingId="portfolio-status-reports" overdueOnly />
      </Box>

      <FilterBar
        filter={filter}
        admin={admin}
        filtered={filtered}
        update={update}
        clear={() => setFilter({})}
      />

      {ignored.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="portfolio-ignored-filters">
          {translate('gevinst.portfolio.ignored_filters', {
            filters: ignored.map((key) => translate(`gevinst.portfolio.filter_names.${key}`)).join(', '),
          })}
        </Alert>
      )}
      <ApiErrorAlert error={summary.error} />
      {data && (
        <Box aria-busy={summary.isFetching} sx={{ opacity: summary.isFetching ? 0.6 : 1 }}>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mb: 1 }}
            aria-live="polite"
            data-testid="portfolio-period"
          >
            {translate('gevinst.portfolio.period', {
              from: data.fromYear ?? '–',
              to: data.toYear ?? '–',
              smart_count: data.initiativeCount,
            })}
          </Typography>
          <KpiCards data={data} filter={filter} />

          {data.initiativeCount === 0 ? (
            <EmptyState message="gevinst.portfolio.empty" hint="gevinst.portfolio.empty_hint" />
          ) : (
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, lg: 8 }}>
                <OverTimeCard data={data} filter={stored} update={update} />
              </Grid>
              <Grid size={{ xs: 12, lg: 4 }}>
                <RagCard data={data} filter={filter} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <ByMinistryCard data={data} filter={filter} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <ByLifeEventCard data={data} filter={filter} />
              </Grid>
              <Grid size={{ xs: 12, lg: 5 }}>
                <ByLevelCard data={data} filter={filter} />
              </Grid>
              <Grid size={{ xs: 12, lg: 7 }}>
                <PayBenefitMatrixCard data={net.data} error={net.error} filter={filter} />
              </Grid>
              <Grid size={12}>
                <BehindPlanCard data={data.byInitiative} error={summary.error} />
              </Grid>
            </Grid>
          )}
        </Box>
      )}
    </Box>
  );
};

export default PortfolioDashboard;
