import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Marks records that belong to the demo portfolio (`isDemo`). */
export const DemoChip = () => {
  const record = useRecordContext<{ id: string; isDemo?: boolean }>();
  const translate = useTranslate();
  if (!record?.isDemo) return null;
  return <Chip size="small" variant="outlined" label={translate('gevinst.demo_badge')} />;
};
