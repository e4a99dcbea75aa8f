import { Alert, AlertTitle, Box, Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { LinkBase, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import ArrowIcon from '@mui/icons-material/ArrowForward';
import { Role, type Principal } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { MENU } from '../layout/Menu';
import { CoFinancingDeadlinesCard } from '../coFinancingReports/DeadlinesCard';
import { StatusReportDeadlinesCard } from '../statusReports/StatusReportDeadlinesCard';
import { Intro } from './Intro';

/** Shown when the installation holds demo records (GEVINST_DEMO), so nobody mistakes them for real data. */
const DemoDataNote = () => {
  const translate = useTranslate();
  const { total } = useGetList('initiatives', {
    filter: { isDemo: true },
    pagination: { page: 1, perPage: 1 },
  });
  if (!total) return null;
  return (
    <Alert severity="info" variant="outlined" sx={{ mt: 2 }} role="note" data-testid="demo-data-note">
      <AlertTitle component="h2">{translate('gevinst.dashboard.demo_title')}</AlertTitle>
      {translate('gevinst.dashboard.demo_text')}
    </Alert>
  );
};

interface Task {
  key: string;
  to: string;
}

/** The jobs each role comes for, first things first. */
export function tasksFor(principal: Principal | undefined): Task[] {
  const tasks: Task[] = [];
  if (hasAnyRole(principal, Role.PORTFOLIO_REVIEWER, Role.ADMIN))
    tasks.push({ key: 'portfolio', to: '/portfolio' });
  if (hasAnyRole(principal, Role.INITIATIVE_OWNER)) {
    tasks.push({
      key: 'own_initiatives',
      to: `/initiatives?filter=${encodeURIComponent(JSON.stringify({ ownerId: principal?.organisationId }))}`,
    });
    tasks.push({ key: 'measure', to: '/benefits' });
    tasks.push({ key: 'keys', to: '/costSharingKeys' });
  }
  if (hasAnyRole(principal, Role.FINANCE_OFFICER)) tasks.push({ key: 'allocations', to: '/my-allocations' });
  if (hasAnyRole(principal, Role.ADMIN)) {
    tasks.push({ key: 'users', to: '/users' });
    tasks.push({ key: 'audit', to: '/auditEvents' });
  }
  if (hasAnyRole(principal, Role.READER)) tasks.push({ key: 'tokens', to: '/apiTokens/create' });
  if (!tasks.some((task) => task.key === 'own_initiatives'))
    tasks.push({ key: 'initiatives', to: '/initiatives' });
  return tasks;
}

/** The title page: what Gevinst is, the signed-in user's tasks, a note about demo data. */
export const Dashboard = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const { identity } = useGetIdentity();
  const tasks = tasksFor(principal);
  const shortcuts = MENU.filter((entry) => !entry.area).slice(0, 4);

  return (
    <Box sx={{ mt: 2, maxWidth: 1040 }}>
      <Title title="ra.page.dashboard" />
      <Card component="section" aria-labelledby="dashboard-title">
        <CardContent>
          <Intro headingId="dashboard-title" />
        </CardContent>
      </Card>

      <DemoDataNote />

      {/* The co-financing reports the user answers for or follows, overdue ones flagged (issue 15). */}
      <CoFinancingDeadlinesCard headingId="dashboard-co-financing" />

      {/* The benefit status reports due or overdue that the user writes or follows (issue 16). */}
      <StatusReportDeadlinesCard headingId="dashboard-status-reports" />

      <Box component="section" aria-labelledby="dashboard-tasks" sx={{ mt: 3 }}>
        <Typography id="dashboard-tasks" variant="h6" component="h2" gutterBottom>
          {identity?.fullName
            ? translate('gevinst.dashboard.tasks_for', { name: identity.fullName })
            : translate('gevinst.dashboard.tasks')}
        </Typography>
        <Grid container spacing={2}>
          {tasks.map((task) => (
            <Grid key={task.key} size={{ xs: 12, sm: 6, md: 4 }}>
              <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
                <CardContent sx={{ flex: 1 }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    {translate(`gevinst.dashboard.task.${task.key}.title`)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`gevinst.dashboard.task.${task.key}.text`)}
                  </Typography>
                </CardContent>
                <Box sx={{ px: 2, pb: 2 }}>
                  <Button
                    component={LinkBase}
                    to={task.to}
                    variant="contained"
                    endIcon={<ArrowIcon />}
                    data-testid={`task-${task.key}`}
                  >
                    {translate(`gevinst.dashboard.task.${task.key}.action`)}
                  </Button>
                </Box>
              </Card>
            </Grid>
          ))}
        </Grid>
      </Box>

      <Box component="nav" aria-labelledby="dashboard-shortcuts" sx={{ mt: 3 }}>
        <Typography id="dashboard-shortcuts" variant="h6" component="h2" gutterBottom>
          {translate('gevinst.dashboard.shortcuts')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          {shortcuts.map(({ to, label, icon }) => (
            <Button key={to} component={LinkBase} to={to} variant="outlined" startIcon={icon}>
              {translate(label, { smart_count: 2 })}
            </Button>
          ))}
        </Box>
      </Box>
    </Box>
  );
};

export default Dashboard;
