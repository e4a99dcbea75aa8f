import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { enumLabelKey, type EnumName } from '../enums';

/** One of the API's enum values, translated (`enums.<enumName>.<VALUE>`). */
export const EnumField = ({ enumName, ...props }: FieldProps & { enumName: EnumName }) => {
  const translate = useTranslate();
  const value = useFieldValue(props) as string | null | undefined;
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(enumLabelKey(enumName, value), { _: value })}
    </Typography>
  );
};
