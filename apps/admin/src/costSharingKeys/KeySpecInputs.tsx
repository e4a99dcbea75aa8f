import { useMemo } from 'react';
import {
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useLocaleState,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Box, Grid, Typography } from '@mui/material';
import {
  AdministrativeLevel,
  COST_SHARING_METHODS,
  KNOWN_DRIVERS,
  type CostSharingMethod,
} from '@gevinst/domain';
import { enumLabelKey } from '../enums';
import { formatPercent, parseDecimalInput } from '../format';
import { PathProblem } from './problems';
import { driverLabel, groupLabel } from './describeSpec';
import { SourceScope } from './SourceScope';
import { GROUP_METHODS, METHOD_FIELDS, isMethod, startingValues, type SpecValues } from './specForm';
import type { ParticipantDetail } from '../initiatives/participants.graphql';

const decimalProps = { htmlInput: { inputMode: 'decimal' as const, autoComplete: 'off' } };

export interface EditorContext {
  /** Paying participants of the initiative the preview uses (for FIXED_SHARES). */
  participants: ParticipantDetail[];
  /** Driver names with values for that initiative, besides population. */
  drivers: string[];
}

const methodChoices = (methods: readonly CostSharingMethod[]) =>
  methods.map((method) => ({ id: method, name: enumLabelKey('CostSharingMethod', method) }));

const MethodHelp = ({ method }: { method: string | undefined }) => {
  const translate = useTranslate();
  if (!isMethod(method)) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="method-help">
      {translate(`gevinst.key_editor.method_help.${method}`)}
    </Typography>
  );
};

const SharesInputs = ({ context }: { context: EditorContext }) => {
  const translate = useTranslate();
  const { getSource } = useSourceContext();
  const shares = useWatch({ name: getSource('shares') }) as Record<string, string> | undefined;
  const sum = Object.values(shares ?? {}).reduce((total, share) => {
    const parsed = parseDecimalInput(share);
    return parsed === null ? total : total + Number(parsed);
  }, 0);
  if (context.participants.length === 0) {
    return <Typography variant="body2">{translate('gevinst.key_editor.shares_no_participants')}</Typography>;
  }
  return (
    <Box>
      <Grid container columnSpacing={2}>
        {context.participants.map((participant) => (
          <Grid key={participant.organisation.id} size={{ xs: 12, sm: 6 }}>
            <TextInput
              source={`shares.${participant.organisation.id}`}
              label={translate('gevinst.key_editor.share_of', { name: participant.organisation.name })}
              slotProps={decimalProps}
              fullWidth
            />
          </Grid>
        ))}
      </Grid>
      <PathProblem path={getSource('shares')} />
      <Typography
        variant="body2"
        sx={{ fontWeight: 600, color: Math.abs(sum - 100) < 1e-9 ? 'success.dark' : 'error.main' }}
        aria-live="polite"
        data-testid="shares-sum"
      >
        {translate('gevinst.key_editor.shares_sum', { sum: formatPercent(sum, { digits: 4 }) })}
      </Typography>
    </Box>
  );
};

const BandsInput = () => {
  const translate = useTranslate();
  return (
    <ArrayInput source="bands" label="gevinst.key_editor.bands" helperText="gevinst.key_editor.bands_help">
      <SimpleFormIterator inline disableReordering>
        <TextInput
          source="upTo"
          label="gevinst.key_editor.up_to"
          helperText={translate('gevinst.key_editor.up_to_help')}
          slotProps={decimalProps}
        />
        <TextInput source="fee" label="gevinst.key_editor.fee" slotProps={decimalProps} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/** The inputs of one key (the whole key, or a TWO_LEVEL group's key), relative to the source context. */
export const KeyFields = ({ context, group = false }: { context: EditorContext; group?: boolean }) => {
  const translate = useTranslate();
  const { getSource } = useSourceContext();
  const { setValue, getValues } = useFormContext();
  const method = useWatch({ name: getSource('method') }) as string | undefined;
  const fields = isMethod(method) ? METHOD_FIELDS[method] : [];
  const [locale] = useLocaleState();
  const language = locale === 'en' ? 'en' : 'nb';
  const driver = useWatch({ name: getSource('driver') }) as string | undefined;
  const driverHelp = useMemo(
    () =>
      translate('gevinst.key_editor.driver_help', {
        drivers: ['population', ...context.drivers.filter((name) => name !== 'population')]
          .map((name) => driverLabel(name, language))
          .join(', '),
      }),
    [context.drivers, translate, language],
  );
  // One of a set, so a select with labels (issue 17): the drivers Gevinst knows, those with values for the
  // preview's initiative, and the key's own (kept, so editing a key never drops it).
  const driverChoices = useMemo(
    () =>
      [...new Set([...KNOWN_DRIVERS, ...context.drivers, ...(driver ? [driver] : [])])].map((name) => ({
        id: name,
        name: driverLabel(name, language),
      })),
    [context.drivers, driver, language],
  );

  return (
    <Box sx={{ width: '100%' }}>
      <SelectInput
        source="method"
        label="gevinst.key_editor.method"
        choices={methodChoices(group ? GROUP_METHODS : COST_SHARING_METHODS)}
        onChange={(event: unknown) => {
          const next = (event as { target?: { value?: unknown } } | null)?.target?.value;
          if (!isMethod(next)) return;
          const current = (getValues(getSource('')) ?? {}) as SpecValues;
          for (const [key, value] of Object.entries(startingValues(next, current))) {
            setValue(getSource(key), value, { shouldDirty: true });
          }
        }}
        sx={{ minWidth: 320 }}
      />
      <MethodHelp method={method} />
      <PathProblem path={getSource('')} />
      <Grid container columnSpacing={2}>
        {fields.includes('driver') && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectInput
              source="driver"
              label="gevinst.key_editor.driver"
              helperText={driverHelp}
              choices={driverChoices}
              translateChoice={false}
              fullWidth
            />
          </Grid>
        )}
        {fields.includes('rate') && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextInput
              source="rate"
              label="gevinst.key_editor.rate"
              helperText="gevinst.key_editor.rate_help"
              slotProps={decimalProps}
              fullWidth
            />
          </Grid>
        )}
        {fields.includes('base') && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextInput source="base" label="gevinst.key_editor.base" slotProps={decimalProps} fullWidth />
          </Grid>
        )}
        {fields.includes('threshold') && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextInput
              source="threshold"
              label="gevinst.key_editor.threshold"
              helperText="gevinst.key_editor.threshold_help"
              slotProps={decimalProps}
              fullWidth
            />
          </Grid>
        )}
      </Grid>
      {fields.includes('bands') && <BandsInput />}
      {fields.includes('bands') && <PathProblem path={getSource('bands')} />}
      {fields.includes('shares') && <SharesInputs context={context} />}
      {fields.includes('groups') && (
        <ArrayInput
          source="groups"
          label="gevinst.key_editor.groups"
          helperText="gevinst.key_editor.groups_help"
        >
          <SimpleFormIterator disableReordering fullWidth sx={{ '& .RaSimpleFormIterator-line': { py: 1 } }}>
            <GroupInputs context={context} />
          </SimpleFormIterator>
        </ArrayInput>
      )}
      {fields.includes('groups') && <PathProblem path={getSource('groups')} />}
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInput
            source="floor"
            label="gevinst.key_editor.floor"
            helperText={group ? 'gevinst.key_editor.floor_group_help' : 'gevinst.key_editor.floor_help'}
            slotProps={decimalProps}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInput
            source="cap"
            label="gevinst.key_editor.cap"
            helperText="gevinst.key_editor.cap_help"
            slotProps={decimalProps}
            fullWidth
          />
        </Grid>
      </Grid>
    </Box>
  );
};

/**
 * One TWO_LEVEL group: its name, its percentage and its own key. The group is one of a set (a select with
 * labels): the administrative levels a participant belongs to by default, the groups set on the preview
 * initiative's participants, and the key's own.
 */
const GroupInputs = ({ context }: { context: EditorContext }) => {
  const translate = useTranslate();
  const { getSource } = useSourceContext();
  const group = useWatch({ name: getSource('group') }) as string | undefined;
  const choices = [
    ...new Set([
      AdministrativeLevel.CENTRAL,
      AdministrativeLevel.REGIONAL,
      AdministrativeLevel.LOCAL,
      ...context.participants.flatMap((participant) =>
        participant.costGroup ? [participant.costGroup] : [],
      ),
      ...(group ? [group] : []),
    ]),
  ].map((id) => ({ id, name: groupLabel(id, translate) }));
  return (
    <Box sx={{ width: '100%' }}>
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectInput
            source="group"
            label="gevinst.key_editor.group"
            helperText="gevinst.key_editor.group_help"
            choices={choices}
            translateChoice={false}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInput source="percent" label="gevinst.key_editor.percent" slotProps={decimalProps} fullWidth />
        </Grid>
      </Grid>
      <GroupKey context={context} />
    </Box>
  );
};

const GroupKey = ({ context }: { context: EditorContext }) => {
  const { getSource } = useSourceContext();
  const parent = getSource('key');
  return (
    <SourceScope prefix={parent}>
      <KeyFields context={context} group />
    </SourceScope>
  );
};
