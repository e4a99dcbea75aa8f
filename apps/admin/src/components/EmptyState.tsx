import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import { useTranslate } from 'react-admin';

/** What is missing and what to do next, instead of a blank table. */
export const EmptyState = ({
  message,
  hint,
  action,
  messageArgs,
}: {
  message: string;
  hint?: string;
  action?: ReactNode;
  messageArgs?: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 3, px: 2, display: 'flex', gap: 1.5, alignItems: 'flex-start' }} data-testid="empty-state">
      <InfoIcon color="action" aria-hidden />
      <Box>
        <Typography variant="body1">{translate(message, messageArgs)}</Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate(hint, messageArgs)}
          </Typography>
        )}
        {action && <Box sx={{ mt: 1.5 }}>{action}</Box>}
      </Box>
    </Box>
  );
};
