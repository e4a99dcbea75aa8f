import {
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { LIMITS } from '@gevinst/domain';
import { useApiMutation } from '../api/client';
import { formatDate, formatDecimal } from '../format';
import { submitOrFieldErrors } from '../submit';
import { correctionInput, type CorrectionValues } from './measurementHistory';
import { validNumber } from './RecordMeasurementForm';
import { CORRECT_MEASUREMENT, type Measurement } from './benefits.graphql';

/**
 * Corrects the current version of a measurement: a new value and why. The API keeps the old version
 * (superseded) and refuses an unchanged value or an empty reason next to that field.
 */
export const CorrectMeasurementDialog = ({
  measurement,
  unit,
  onClose,
}: {
  measurement: Measurement;
  unit: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const correct = useApiMutation(CORRECT_MEASUREMENT);
  const date = formatDate(measurement.date);
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="correct-measurement-title"
      aria-describedby="correct-measurement-current"
      fullWidth
      maxWidth="sm"
    >
      <Form
        record={{ value: formatDecimal(measurement.value), reason: '' }}
        onSubmit={(values: CorrectionValues) =>
          submitOrFieldErrors(async () => {
            await correct.mutateAsync({ input: correctionInput(measurement.id, values) });
            notify('gevinst.measurement.corrected_ok', { type: 'success', messageArgs: { date } });
            refresh();
            onClose();
          }, notify)
        }
      >
        <DialogTitle id="correct-measurement-title">
          {translate('gevinst.measurement.correct_title', { date })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="correct-measurement-current" sx={{ mb: 2 }}>
            {translate('gevinst.measurement.correct_current', {
              value: `${formatDecimal(measurement.value)} ${unit}`,
              date,
              revision: measurement.revision,
            })}
          </DialogContentText>
          <TextInput
            source="value"
            label={translate('gevinst.measurement.corrected_value', { unit })}
            validate={[required(), validNumber]}
            slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            fullWidth
          />
          <TextInput
            source="reason"
            label="resources.measurements.fields.correctionReason"
            helperText="resources.measurements.help.correctionReason"
            validate={[required(), maxLength(LIMITS.measurementComment)]}
            multiline
            minRows={2}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="gevinst.measurement.correct_save" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
