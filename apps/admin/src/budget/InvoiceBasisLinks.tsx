import { useTranslate } from 'react-admin';
import { Button, Stack } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';

/** The invoice basis files of a run (issue 21), with the page's session (the API reads the cookie). */
export function invoiceBasisUrl(runId: string, format: 'csv' | 'xlsx', difference = false): string {
  const params = new URLSearchParams({ runId });
  if (format === 'csv') params.set('dialect', 'nb');
  if (difference) params.set('difference', 'true');
  return `/api/exports/invoice-basis.${format}?${params.toString()}`;
}

/**
 * The owner's downloads of a run's invoice basis (one line per payer) and, for a run that superseded
 * another, its credit-and-reissue basis (the differences per payer).
 */
export const InvoiceBasisLinks = ({ runId, supersedes }: { runId: string; supersedes: boolean }) => {
  const translate = useTranslate();
  const link = (format: 'csv' | 'xlsx', difference: boolean) => (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      href={invoiceBasisUrl(runId, format, difference)}
      download
      data-testid={`invoice-basis-${difference ? 'difference-' : ''}${format}`}
    >
      {translate(difference ? 'gevinst.budget.credit_file' : 'gevinst.budget.invoice_file', {
        format: format.toUpperCase(),
      })}
    </Button>
  );
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {link('csv', false)}
      {link('xlsx', false)}
      {supersedes && link('csv', true)}
      {supersedes && link('xlsx', true)}
    </Stack>
  );
};
