import { useMemo } from 'react';
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box, Grid, LinearProgress, Paper, Typography } from '@mui/material';
import { isAdmin, LIMITS } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { KeyFields, type EditorContext } from './KeySpecInputs';
import { KeyPreviewPanel } from './KeyPreviewPanel';
import { PreviewProblemsProvider } from './problems';
import { SourceScope } from './SourceScope';
import { formToSpec, type SpecValues } from './specForm';
import { ALLOCATION_DRIVER_NAMES } from '../allocations/allocations.graphql';
import { KEY_USAGE } from './costSharingKeys.graphql';
import { usePopulationYears } from './usePopulationYears';
import { INITIATIVE_PARTICIPANTS } from '../initiatives/participants.graphql';

const THIS_YEAR = new Date().getFullYear();

export interface PreviewDefaults {
  initiativeId: string | null;
  year: number;
  total: string;
  /** The newest year with population figures (null when none is stored): a new key's population year. */
  populationYear: number | null;
}

/**
 * The preview's initiative and year: one that uses the key, else one the user's organisation owns, else
 * the first; its latest cost year. Undefined while loading.
 */
export function usePreviewDefaults(keyId?: string): PreviewDefaults | undefined {
  const principal = usePrincipal();
  const usage = useApiQuery(KEY_USAGE, { limit: LIMITS.pageSize });
  const population = usePopulationYears();
  return useMemo(() => {
    if (population.loading) return undefined;
    // Issue 17: a population-based key's preview failed by default (cost year 2027, figures for 2024 only).
    const populationYear = population.years[0] ?? null;
    if (usage.error) return { initiativeId: null, year: THIS_YEAR, total: '', populationYear };
    const nodes = usage.data?.initiatives.nodes;
    if (!nodes) return undefined;
    const chosen =
      (keyId && nodes.find((node) => node.costSharingKey?.id === keyId)) ||
      nodes.find((node) => node.owner.id === principal?.organisationId) ||
      nodes[0];
    const years = (chosen?.costItems ?? []).map((item) => item.year).sort((a, b) => a - b);
    return { initiativeId: chosen?.id ?? null, year: years.at(-1) ?? THIS_YEAR, total: '', populationYear };
  }, [usage.data, usage.error, keyId, principal?.organisationId, population]);
}

function useEditorContext(): EditorContext {
  const initiativeId = useWatch({ name: '_preview.initiativeId' }) as string | undefined;
  const participants = useApiQuery(
    INITIATIVE_PARTICIPANTS,
    { id: initiativeId },
    { enabled: !!initiativeId },
  );
  const drivers = useApiQuery(ALLOCATION_DRIVER_NAMES, { initiativeId }, { enabled: !!initiativeId });
  return useMemo(
    () => ({
      participants: (participants.data?.initiative?.participants ?? []).filter(
        (participant) => participant.pays,
      ),
      drivers: [...new Set((drivers.data?.allocationDrivers ?? []).map((row) => row.driver))],
    }),
    [participants.data, drivers.data],
  );
}

const SpecSection = () => {
  const translate = useTranslate();
  const context = useEditorContext();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="key-rules-heading">
      <Typography id="key-rules-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('gevinst.key_editor.rules')}
      </Typography>
      <SourceScope prefix="spec">
        <KeyFields context={context} />
      </SourceScope>
    </Paper>
  );
};

/**
 * The population year is one of the years with figures (a select): empty means each allocation's own year.
 * The key's saved year stays a choice even when its figures were removed.
 */
const PopulationYearInput = () => {
  const translate = useTranslate();
  const { years } = usePopulationYears();
  const current = useWatch({ name: 'populationYear' }) as number | string | null | undefined;
  const choices = useMemo(() => {
    const all = new Set(years);
    if (current !== null && current !== undefined && current !== '') all.add(Number(current));
    return [...all]
      .sort((a, b) => b - a)
      .map((year) => ({
        id: year,
        name: years.includes(year)
          ? String(year)
          : translate('gevinst.key_editor.population_year_without_figures', { year }),
      }));
  }, [years, current, translate]);
  return (
    <SelectInput
      source="populationYear"
      choices={choices}
      translateChoice={false}
      emptyText="gevinst.key_editor.population_year_cost_year"
      helperText="resources.costSharingKeys.help.populationYear"
      fullWidth
    />
  );
};

const DetailsSection = ({ create }: { create: boolean }) => {
  const translate = useTranslate();
  const principal = usePrincipal();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="key-details-heading">
      <Typography id="key-details-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('gevinst.key_editor.details')}
      </Typography>
      <TextInput source="name" validate={[required(), maxLength(LIMITS.label)]} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <Grid container columnSpacing={2}>
        {create && (
          <Grid size={12}>
            <ReferenceInput
              source="ownerOrganisationId"
              reference="organisations"
              sort={{ field: 'name', order: 'ASC' }}
            >
              <AutocompleteInput
                label="resources.costSharingKeys.fields.ownerOrganisationId"
                validate={required()}
                readOnly={!principal || !isAdmin(principal)}
                helperText="resources.costSharingKeys.help.ownerOrganisationId"
                fullWidth
              />
            </ReferenceInput>
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 4 }}>
          <PopulationYearInput />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <DateInput source="validFrom" fullWidth />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <DateInput source="validTo" fullWidth />
        </Grid>
      </Grid>
    </Paper>
  );
};

/** What the form sends: the key's fields and the spec built from the rules inputs. */
export function transformKey(values: Record<string, unknown>): Record<string, unknown> {
  const { _preview: _ignored, spec, ...rest } = values;
  const populationYear = rest.populationYear;
  return {
    ...rest,
    populationYear: populationYear === '' || populationYear === undefined ? null : populationYear,
    spec: formToSpec(spec as SpecValues),
  };
}

/**
 * The key editor: a form per method on the left, a live preview of the allocation on the right; saving
 * stores the rules (a new version when a stored run used the old ones).
 */
export const KeyEditorForm = ({ create = false, keyId }: { create?: boolean; keyId?: string }) => {
  const translate = useTranslate();
  const defaults = usePreviewDefaults(keyId);
  if (!defaults) return <LinearProgress aria-label={translate('ra.page.loading')} sx={{ m: 2 }} />;
  return (
    <PreviewProblemsProvider>
      <SimpleForm
        defaultValues={{
          _preview: defaults,
          ...(create ? { populationYear: defaults.populationYear } : {}),
        }}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, lg: 6 }}>
            <DetailsSection create={create} />
            <SpecSection />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 } }}>
              <KeyPreviewPanel keyId={keyId} />
            </Box>
          </Grid>
        </Grid>
      </SimpleForm>
    </PreviewProblemsProvider>
  );
};
