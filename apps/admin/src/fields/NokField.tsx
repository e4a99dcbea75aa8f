import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatNok } from '../format';

/** A NOK amount (decimal string from the API) as "1 234 567,89 kr"; `emptyText` when there is none. */
export const NokField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | number | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatNok(value) || props.emptyText || ''}
    </Typography>
  );
};
