import { useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { fieldErrorOf } from '../api/client';
import { formatNok, parseNokInput } from '../format';

export interface ApplicationFormValues {
  category: 'CATEGORY_1' | 'CATEGORY_2';
  totalCost: string;
  requestedGrant: string;
  requestedByYear: { year: string; amount: string }[];
  ksConsulted: boolean;
  ksConsultedOn: string;
  ksNote: string;
}

/** An amount as the API takes it: typed the Norwegian way ("1 234 567,89"), else as typed (the API says why). */
const nok = (text: string) => parseNokInput(text) ?? text.trim();

/** The form's values as the API's application fields. */
export function toApplicationInput(values: ApplicationFormValues) {
  return {
    category: values.category,
    totalCost: nok(values.totalCost),
    requestedGrant: nok(values.requestedGrant),
    requestedByYear: values.requestedByYear.map((row) => ({
      year: Number(row.year),
      amount: nok(row.amount),
    })),
    ksConsulted: values.ksConsulted,
    ksConsultedOn: values.ksConsulted && values.ksConsultedOn ? values.ksConsultedOn : null,
    ksNote: values.ksNote,
  };
}

/** An amount from the API as the form shows it ("14000000.00" → "14 000 000,00"). */
export const nokText = (value: string) => formatNok(value).replace(/\s?kr$/, '');

/**
 * The owner's application fields: category, total cost, requested grant by year and KS's consultation.
 * The API checks them; its field errors appear next to each input.
 */
export function ApplicationForm({
  initial,
  error,
  busy,
  onSave,
  extraActions,
  preview,
}: {
  initial: ApplicationFormValues;
  error: unknown;
  busy: boolean;
  onSave: (values: ApplicationFormValues) => void;
  extraActions?: React.ReactNode;
  /** Shows the findings of the values as they are typed, next to the form. */
  preview?: (values: ApplicationFormValues) => React.ReactNode;
}) {
  const translate = useTranslate();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof ApplicationFormValues>(key: K, value: ApplicationFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const fieldError = (field: string) => fieldErrorOf(error, field);
  const label = (key: string) => translate(`gevinst.co_financing.${key}`);
  return (
    <Box
      component="form"
      onSubmit={(e) => (e.preventDefault(), onSave(values))}
      data-testid="application-form"
    >
      <Stack spacing={2} sx={{ maxWidth: 720 }}>
        <TextField
          select
          label={label('category')}
          value={values.category}
          onChange={(e) => set('category', e.target.value as ApplicationFormValues['category'])}
        >
          {(['CATEGORY_1', 'CATEGORY_2'] as const).map((category) => (
            <MenuItem key={category} value={category}>
              {translate(`enums.CoFinancingCategory.${category}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={label('total_cost')}
            name="totalCost"
            value={values.totalCost}
            onChange={(e) => set('totalCost', e.target.value)}
            error={!!fieldError('totalCost')}
            helperText={fieldError('totalCost')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            fullWidth
          />
          <TextField
            label={label('requested_grant')}
            name="requestedGrant"
            value={values.requestedGrant}
            onChange={(e) => set('requestedGrant', e.target.value)}
            error={!!fieldError('requestedGrant')}
            helperText={fieldError('requestedGrant')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            fullWidth
          />
        </Stack>
        <Typography variant="subtitle2" component="h3">
          {label('by_year')}
        </Typography>
        {fieldError('requestedByYear') && (
          <Typography color="error" variant="body2" role="alert">
            {fieldError('requestedByYear')}
          </Typography>
        )}
        {values.requestedByYear.map((row, index) => (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={label('year')}
              value={row.year}
              onChange={(e) =>
                set(
                  'requestedByYear',
                  values.requestedByYear.map((r, i) => (i === index ? { ...r, year: e.target.value } : r)),
                )
              }
              error={!!fieldError(`requestedByYear[${index}].year`)}
              helperText={fieldError(`requestedByYear[${index}].year`)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ width: 110, flexShrink: 0 }}
            />
            <TextField
              label={label('amount')}
              value={row.amount}
              onChange={(e) =>
                set(
                  'requestedByYear',
                  values.requestedByYear.map((r, i) => (i === index ? { ...r, amount: e.target.value } : r)),
                )
              }
              error={!!fieldError(`requestedByYear[${index}].amount`)}
              helperText={fieldError(`requestedByYear[${index}].amount`)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              fullWidth
            />
            <IconButton
              aria-label={label('remove_year')}
              onClick={() =>
                set(
                  'requestedByYear',
                  values.requestedByYear.filter((_, i) => i !== index),
                )
              }
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button
            size="small"
            onClick={() =>
              set('requestedByYear', [
                ...values.requestedByYear,
                { year: String(new Date().getFullYear() + 1), amount: '' },
              ])
            }
          >
            {label('add_year')}
          </Button>
        </Box>
        <FormControlLabel
          control={
            <Checkbox checked={values.ksConsulted} onChange={(e) => set('ksConsulted', e.target.checked)} />
          }
          label={label('ks_consulted')}
        />
        {values.ksConsulted && (
          <TextField
            label={label('ks_consulted_on')}
            type="date"
            value={values.ksConsultedOn}
            onChange={(e) => set('ksConsultedOn', e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!fieldError('ksConsultedOn')}
            helperText={fieldError('ksConsultedOn')}
          />
        )}
        <TextField
          label={label('ks_note')}
          value={values.ksNote}
          onChange={(e) => set('ksNote', e.target.value)}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
        {preview?.(values)}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={busy}>
            {label('save_draft')}
          </Button>
          {extraActions}
        </Stack>
      </Stack>
    </Box>
  );
}
