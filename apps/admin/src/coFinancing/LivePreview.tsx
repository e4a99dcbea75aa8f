import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, List, ListItem, Typography } from '@mui/material';
import { useApiQuery } from '../api/client';
import { formatNok } from '../format';
import { type ApplicationFormValues, toApplicationInput } from './ApplicationForm';
import { CO_FINANCING_ELIGIBILITY_PREVIEW } from './coFinancing.graphql';

/** `value`, once it has stayed the same for `ms` (so the API is asked when the typing pauses). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The findings the API would give the application as it is typed (coFinancingEligibilityPreview), nothing
 * saved. While the input itself is invalid (an amount that is not one, years that do not add up), the
 * field errors say so when the draft is saved; here nothing is shown.
 */
export function LivePreview({
  callId,
  initiativeId,
  values,
}: {
  callId: string;
  initiativeId: string;
  values: ApplicationFormValues;
}) {
  const translate = useTranslate();
  const settled = useDebounced(values, 400);
  const preview = useApiQuery(
    CO_FINANCING_ELIGIBILITY_PREVIEW,
    { input: { callId, initiativeId, ...toApplicationInput(settled) } },
    { enabled: !!initiativeId && !!callId, keepPrevious: true },
  );
  const result = preview.error ? null : preview.data?.coFinancingEligibilityPreview;
  return (
    <Box data-testid="live-preview" aria-live="polite" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">
        {translate('gevinst.co_financing.live_preview')}
      </Typography>
      {!result ? (
        <Typography variant="body2" color="text.secondary">
          {translate('gevinst.co_financing.live_preview_waiting')}
        </Typography>
      ) : (
        <>
          <Chip
            sx={{ my: 1 }}
            color={result.eligible ? 'success' : 'error'}
            label={translate(
              result.eligible ? 'gevinst.co_financing.eligible' : 'gevinst.co_financing.not_eligible',
            )}
          />
          <List dense>
            {result.findings.map((finding) => (
              <ListItem key={finding.code} sx={{ px: 0 }} data-code={finding.code}>
                <Alert severity="error" sx={{ width: '100%' }}>
                  <strong>
                    {translate(`gevinst.co_financing.finding.${finding.code}`, { _: finding.code })}
                  </strong>
                  : {finding.message}
                </Alert>
              </ListItem>
            ))}
          </List>
          <Typography variant="body2">
            {translate('gevinst.co_financing.max_grant')}: {formatNok(result.maxGrant)}
          </Typography>
        </>
      )}
    </Box>
  );
}
