import { useState } from 'react';
import { Form, SaveButton, TextInput, useNotify, useTranslate, type Validator } from 'react-admin';
import { Box, Paper, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/client';
import { formatDecimal, parseDecimalInput } from '../../format';
import { submitOrFieldErrors } from '../../submit';
import { ALLOCATION_DRIVERS, SET_ALLOCATION_DRIVERS } from '../../allocations/allocations.graphql';
import { INITIATIVE_PARTICIPANTS } from '../participants.graphql';

const validQuantity: Validator = (value: unknown) =>
  typeof value === 'string' &&
  value.trim() !== '' &&
  (parseDecimalInput(value) === null || value.trim().startsWith('-'))
    ? 'gevinst.validation.number'
    : undefined;

/**
 * The driver figures a key reads besides population (letters, transactions, users…), per paying
 * participant and year: the finance people of the owner enter them here before previewing and running.
 */
export const DriversEditor = ({
  initiativeId,
  year,
  drivers,
  canEdit,
}: {
  initiativeId: string;
  year: number;
  drivers: string[];
  canEdit: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const participants = useApiQuery(INITIATIVE_PARTICIPANTS, { id: initiativeId });
  const values = useApiQuery(ALLOCATION_DRIVERS, { initiativeId, year });
  const save = useApiMutation(SET_ALLOCATION_DRIVERS);
  const [formKey, setFormKey] = useState(0);
  const paying = (participants.data?.initiative?.participants ?? []).filter(
    (participant) => participant.pays,
  );
  if (drivers.length === 0 || !values.data || paying.length === 0) return null;

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="drivers-heading">
      <Typography id="drivers-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('gevinst.drivers.title', { year })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.drivers.help')}
      </Typography>
      {drivers.map((driver) => {
        const current = new Map(
          values.data.allocationDrivers
            .filter((row) => row.driver === driver && row.year === year)
            .map((row) => [row.organisation.id, row]),
        );
        const source = [...current.values()][0]?.source ?? '';
        const record = {
          source,
          values: Object.fromEntries(
            paying.map((p) => [p.organisation.id, formatDecimal(current.get(p.organisation.id)?.value)]),
          ),
        };
        return (
          <Box key={`${driver}-${formKey}`} sx={{ mb: 2 }} data-testid={`drivers-${driver}`}>
            <Typography variant="subtitle2" component="h4">
              {translate('gevinst.drivers.driver', { driver })}
            </Typography>
            {canEdit ? (
              <Form
                record={record}
                onSubmit={(submitted: { source?: string; values?: Record<string, string> }) =>
                  submitOrFieldErrors(async () => {
                    const entries = Object.entries(submitted.values ?? {}).filter(([, value]) =>
                      value?.trim(),
                    );
                    await save.mutateAsync({
                      input: {
                        initiativeId,
                        year,
                        driver,
                        ...(submitted.source?.trim() ? { source: submitted.source.trim() } : {}),
                        values: entries.map(([organisationId, value]) => ({
                          organisationId,
                          value: parseDecimalInput(value) ?? value,
                        })),
                      },
                    });
                    notify('gevinst.drivers.saved', { type: 'success' });
                    setFormKey((key) => key + 1);
                  }, notify)
                }
              >
                <Box
                  sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' },
                    columnGap: 2,
                  }}
                >
                  {paying.map((participant) => (
                    <TextInput
                      key={participant.organisation.id}
                      source={`values.${participant.organisation.id}`}
                      label={participant.organisation.name}
                      validate={validQuantity}
                      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
                    />
                  ))}
                </Box>
                <TextInput source="source" label="gevinst.drivers.source" fullWidth />
                <SaveButton label="gevinst.drivers.save" />
              </Form>
            ) : (
              <Typography variant="body2">
                {paying
                  .map(
                    (p) =>
                      `${p.organisation.name}: ${formatDecimal(current.get(p.organisation.id)?.value) || '–'}`,
                  )
                  .join(' · ')}
              </Typography>
            )}
          </Box>
        );
      })}
    </Paper>
  );
};
