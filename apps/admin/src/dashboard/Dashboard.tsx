import { Alert, AlertTitle, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { LinkBase, Title, useGetList, useTranslate } from 'react-admin';
import { Intro } from './Intro';
import organisations from '../organisations';
import initiatives from '../initiatives';

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

/** The title page: what Gevinst is, a note about demo data, and the way in to the registers. */
export const Dashboard = () => {
  const translate = useTranslate();
  const shortcuts = [
    {
      to: '/initiatives',
      label: translate('resources.initiatives.name', { smart_count: 2 }),
      Icon: initiatives.icon,
    },
    {
      to: '/organisations',
      label: translate('resources.organisations.name', { smart_count: 2 }),
      Icon: organisations.icon,
    },
  ];

  return (
    <Box sx={{ mt: 2, maxWidth: 920 }}>
      <Title title="ra.page.dashboard" />
      <Card component="section" aria-labelledby="dashboard-title">
        <CardContent>
          <Intro headingId="dashboard-title" />
        </CardContent>
      </Card>

      <DemoDataNote />

      <Box component="nav" aria-labelledby="dashboard-shortcuts" sx={{ mt: 3 }}>
        <Typography id="dashboard-shortcuts" variant="h6" component="h2" gutterBottom>
          {translate('gevinst.dashboard.shortcuts')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {shortcuts.map(({ to, label, Icon }) => (
            <Button key={to} component={LinkBase} to={to} variant="contained" startIcon={<Icon />}>
              {label}
            </Button>
          ))}
        </Stack>
      </Box>
    </Box>
  );
};

export default Dashboard;
