import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RAG_COLOURS } from '../charts/palette';

/** A benefit's status-report state as a chip with its name (never colour alone). */
export const DueStateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  const colours =
    state === 'OVERDUE'
      ? RAG_COLOURS.RED
      : state === 'DUE'
        ? RAG_COLOURS.AMBER
        : state === 'UP_TO_DATE'
          ? RAG_COLOURS.GREEN
          : undefined;
  return (
    <Chip
      size="small"
      variant={colours ? 'filled' : 'outlined'}
      label={translate(`enums.StatusReportState.${state}`)}
      sx={colours ? { bgcolor: colours.background, color: colours.text, fontWeight: 600 } : undefined}
      data-testid="status-report-state"
      data-state={state}
    />
  );
};
