import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Chip, Link, Stack, TextField, Typography } from '@mui/material';
import { canAdministerSchemes } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { fieldErrorOf, useApiMutation, useApiQuery } from '../api/client';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../components';
import { formatDate } from '../format';
import { CO_FINANCING_CALLS, CREATE_CO_FINANCING_CALL } from './coFinancing.graphql';

/** The secretariat opens a call for a year; the API takes the rule set in force for that year. */
const NewCall = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const create = useApiMutation(CREATE_CO_FINANCING_CALL);
  const error = create.error;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('gevinst.co_financing.new_call')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={translate('gevinst.co_financing.year')}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            error={!!fieldErrorOf(error, 'year')}
            helperText={fieldErrorOf(error, 'year')}
          />
          <TextField
            label={translate('gevinst.co_financing.title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            sx={{ flex: 1 }}
            error={!!fieldErrorOf(error, 'title')}
            helperText={fieldErrorOf(error, 'title')}
          />
          <TextField
            label={translate('gevinst.co_financing.deadline')}
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button
            variant="contained"
            disabled={create.isPending || !deadline}
            onClick={() => create.mutate({ input: { year: Number(year), title, deadline } })}
          >
            {translate('gevinst.co_financing.create_call')}
          </Button>
        </Stack>
        {error && !fieldErrorOf(error, 'year') && !fieldErrorOf(error, 'title') && (
          <ApiErrorAlert error={error} />
        )}
      </CardContent>
    </Card>
  );
};

/** The co-financing calls: every signed-in user sees them; the secretariat opens new ones. */
export default function CoFinancingCalls() {
  const translate = useTranslate();
  const principal = usePrincipal();
  const calls = useApiQuery(CO_FINANCING_CALLS);
  const rows = calls.data?.coFinancingCalls ?? [];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="gevinst.co_financing.calls_title" />
      <Typography variant="h5" component="h1">
        {translate('gevinst.co_financing.calls_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, maxWidth: 900 }}>
        {translate('gevinst.co_financing.intro')}
      </Typography>
      <ApiErrorAlert error={calls.error} />
      <Card sx={{ mt: 2 }}>
        <CardContent sx={{ overflowX: 'auto' }}>
          <SimpleTable
            caption={translate('gevinst.co_financing.calls_title')}
            testId="co-financing-calls"
            rows={rows}
            rowKey={(row) => row.id}
            empty={<EmptyState message="gevinst.co_financing.no_calls" />}
            columns={[
              { key: 'year', label: translate('gevinst.co_financing.year'), render: (row) => row.year },
              {
                key: 'title',
                label: translate('gevinst.co_financing.title'),
                render: (row) => (
                  <Link component={RouterLink} to={`/co-financing/calls/${row.id}`}>
                    {row.title}
                  </Link>
                ),
              },
              {
                key: 'deadline',
                label: translate('gevinst.co_financing.deadline'),
                render: (row) => formatDate(row.deadline),
              },
              {
                key: 'status',
                label: translate('gevinst.co_financing.status'),
                render: (row) => (
                  <Chip
                    size="small"
                    color={row.status === 'OPEN' ? 'success' : 'default'}
                    label={translate(`enums.CoFinancingCallStatus.${row.status}`)}
                  />
                ),
              },
              {
                key: 'rules',
                label: translate('gevinst.co_financing.rule_set'),
                render: (row) => row.ruleSet.id,
              },
            ]}
          />
        </CardContent>
      </Card>
      {principal && canAdministerSchemes(principal) && <NewCall />}
    </Box>
  );
}
