import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatDate } from '../format';

/** A calendar date ("2026-11-23") as "23.11.2026", in a <time> element with the machine-readable date. */
export const IsoDateField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  if (!value) return null;
  return (
    <Typography component="time" variant="body2" dateTime={value}>
      {formatDate(value)}
    </Typography>
  );
};
