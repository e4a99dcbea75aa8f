import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RAG_COLOURS } from '../charts/palette';

/** An initiative's overdue benefit status reports as a chip (with the count), nothing when none. */
export const OverdueReportsChip = ({ count }: { count: number | null | undefined }) => {
  const translate = useTranslate();
  if (!count) return null;
  return (
    <Chip
      size="small"
      label={`${translate('gevinst.status_reports.overdue_chip')} (${count})`}
      title={translate('gevinst.status_reports.overdue_count', { smart_count: count })}
      sx={{ bgcolor: RAG_COLOURS.RED?.background, color: RAG_COLOURS.RED?.text, fontWeight: 600 }}
      data-testid="overdue-reports-chip"
    />
  );
};
