import { useState } from 'react';
import {
  DateInput,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRefresh,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Grid, Paper, Typography } from '@mui/material';
import { LIMITS } from '@gevinst/domain';
import { useApiMutation } from '../api/client';
import { parseDecimalInput } from '../format';
import { submitOrFieldErrors } from '../submit';
import { type Benefit, RECORD_MEASUREMENT } from './benefits.graphql';

/** A number as a person types it ("1 234,5"); empty is left to required(). */
export const validNumber: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && parseDecimalInput(value) === null
    ? 'gevinst.validation.number'
    : undefined;

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The benefit owner's quick form: a value, its date and where it comes from. */
export const RecordMeasurementForm = ({ benefit }: { benefit: Benefit }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const record = useApiMutation(RECORD_MEASUREMENT);
  const [formKey, setFormKey] = useState(0);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="record-measurement">
      <Typography id="record-measurement" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('gevinst.measurement.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.measurement.help', {
          unit: benefit.indicator.unit,
          name: benefit.indicator.name,
        })}
      </Typography>
      <Form
        key={formKey}
        defaultValues={{ date: today(), value: '', source: '', comment: '' }}
        onSubmit={(values: { date?: string; value?: string; source?: string; comment?: string }) =>
          submitOrFieldErrors(async () => {
            await record.mutateAsync({
              input: {
                benefitId: benefit.id,
                date: values.date,
                value: parseDecimalInput(values.value) ?? values.value,
                ...(values.source?.trim() ? { source: values.source.trim() } : {}),
                ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
              },
            });
            notify('gevinst.measurement.recorded_ok', { type: 'success' });
            refresh();
            setFormKey((key) => key + 1);
          }, notify)
        }
      >
        <Grid container columnSpacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateInput source="date" label="gevinst.measurement.date" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextInput
              fullWidth
              source="value"
              label={translate('gevinst.measurement.value', { unit: benefit.indicator.unit })}
              validate={[required(), validNumber]}
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput
              source="source"
              label="gevinst.measurement.source"
              validate={maxLength(LIMITS.measurementSource)}
              fullWidth
            />
          </Grid>
          <Grid size={12}>
            <TextInput
              source="comment"
              label="gevinst.measurement.comment"
              validate={maxLength(LIMITS.measurementComment)}
              fullWidth
            />
          </Grid>
        </Grid>
        <SaveButton label="gevinst.measurement.save" alwaysEnable />
      </Form>
    </Paper>
  );
};
