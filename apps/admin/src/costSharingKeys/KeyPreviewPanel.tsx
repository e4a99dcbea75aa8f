import { useEffect, useMemo, useRef } from 'react';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  TextInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, Box, Button, Grid, LinearProgress, Paper, Typography } from '@mui/material';
import { fieldErrorsOf, messageOf, useApiQuery } from '../api/client';
import { useExplanationLanguage } from '../allocations/useExplanationLanguage';
import { AllocationPreviewView } from '../allocations/AllocationPreviewView';
import { parseNokInput } from '../format';
import { editorFieldOf, formToSpec, isEditorField, type SpecValues } from './specForm';
import { usePreviewProblems } from './problems';
import { useDebounced } from './useDebounced';
import { PREVIEW_ALLOCATION } from '../allocations/allocations.graphql';
import { driverLabel } from './describeSpec';
import { usePopulationYears } from './usePopulationYears';

interface ApiProblem {
  field?: string;
  reason?: string;
  params?: { year?: number };
}

/** The API's problems with their codes (BAD_USER_INPUT's `extensions.problems`). */
function apiProblemsOf(error: unknown): ApiProblem[] {
  const body = (error as { body?: { graphQLErrors?: { extensions?: { problems?: ApiProblem[] } }[] } } | null)
    ?.body;
  return (body?.graphQLErrors ?? []).flatMap((graphQLError) => graphQLError.extensions?.problems ?? []);
}

/**
 * What a problem is about, in words: a driver by its label («Innbyggertall»), anything else by nothing
 * (the message says it); never the API's path such as drivers.population (issue 17).
 */
function problemSubject(field: string, language: 'nb' | 'en'): string | null {
  const driver = /^drivers\.(\w+)$/.exec(field)?.[1];
  return driver ? driverLabel(driver, language) : null;
}

/**
 * The population year has no figures: say so, and offer the newest year that has them in one click
 * («Bruk 2024»), which sets the key's population year (saved with the key).
 */
const PopulationFix = ({ missingYear }: { missingYear: number | undefined }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { years } = usePopulationYears();
  const latest = years[0];
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="population-year-fix"
      action={
        latest !== undefined && (
          <Button
            color="inherit"
            size="small"
            onClick={() => setValue('populationYear', latest, { shouldDirty: true })}
          >
            {translate('gevinst.key_editor.population_use', { year: latest })}
          </Button>
        )
      }
    >
      {latest === undefined
        ? translate('gevinst.key_editor.population_none', { year: missingYear ?? '' })
        : translate('gevinst.key_editor.population_missing', { year: missingYear ?? '', latest })}
    </Alert>
  );
};

interface PreviewValues {
  initiativeId?: string | null;
  year?: number | string | null;
  total?: string | null;
}

/**
 * The live preview next to the key editor: a debounced previewAllocation of the rules being typed,
 * against a chosen initiative and year, before anything is saved. The API's problems appear next to
 * the inputs they concern (it names the path, e.g. spec.bands[1].fee) and, all together, above the preview.
 */
export const KeyPreviewPanel = ({ keyId }: { keyId?: string }) => {
  const translate = useTranslate();
  const { setError, clearErrors } = useFormContext();
  const spec = useWatch({ name: 'spec' }) as SpecValues | undefined;
  const previewValues = (useWatch({ name: '_preview' }) ?? {}) as PreviewValues;
  // The population year as typed, saved or not (empty: the cost year).
  const populationYear = useWatch({ name: 'populationYear' }) as number | string | null | undefined;
  const request = useMemo(() => {
    const total = previewValues.total?.trim()
      ? (parseNokInput(previewValues.total) ?? previewValues.total.trim())
      : null;
    return JSON.stringify({
      initiativeId: previewValues.initiativeId ?? null,
      year:
        previewValues.year === '' || previewValues.year === null || previewValues.year === undefined
          ? null
          : Number(previewValues.year),
      keyId: keyId ?? null,
      spec: formToSpec(spec),
      total,
      populationYear:
        populationYear === '' || populationYear === null || populationYear === undefined
          ? null
          : Number(populationYear),
    });
  }, [spec, previewValues.initiativeId, previewValues.year, previewValues.total, keyId, populationYear]);
  const settled = useDebounced(request, 400);
  const language = useExplanationLanguage();
  const variables = useMemo<Record<string, unknown>>(
    () => ({ ...(JSON.parse(settled) as Record<string, unknown>), language }),
    [settled, language],
  );
  const ready =
    !!variables.initiativeId && typeof variables.year === 'number' && Number.isInteger(variables.year);
  const preview = useApiQuery(PREVIEW_ALLOCATION, variables, {
    enabled: ready,
    keepPrevious: true,
  });

  // Problems from the API next to their inputs; cleared as soon as a preview succeeds.
  const shown = useRef<string[]>([]);
  const error = preview.error;
  const problems = useMemo(() => fieldErrorsOf(error), [error]);
  const { setProblems } = usePreviewProblems();
  useEffect(() => {
    setProblems(problems);
    if (shown.current.length) clearErrors(shown.current);
    shown.current = [];
    for (const [apiField, message] of Object.entries(problems)) {
      const field = editorFieldOf(apiField);
      if (!isEditorField(field)) continue;
      setError(field, { type: 'server', message });
      shown.current.push(field);
    }
  }, [problems, setError, clearErrors, setProblems]);

  const waiting = settled !== request || preview.isFetching;
  const problemList = Object.entries(problems);
  const [locale] = useLocaleState();
  const wordsLanguage = locale === 'en' ? 'en' : 'nb';
  const populationMissing = apiProblemsOf(error).find((problem) => problem.reason === 'POPULATION_MISSING');
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2 }}
      component="section"
      aria-labelledby="key-preview-heading"
      data-testid="key-preview"
    >
      <Typography id="key-preview-heading" variant="h6" component="h2">
        {translate('gevinst.key_editor.preview_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.key_editor.preview_help')}
      </Typography>
      <Grid container columnSpacing={2}>
        <Grid size={12}>
          <ReferenceInput
            source="_preview.initiativeId"
            reference="initiatives"
            sort={{ field: 'code', order: 'ASC' }}
            perPage={50}
          >
            <AutocompleteInput label="gevinst.key_editor.preview_initiative" fullWidth />
          </ReferenceInput>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <NumberInput source="_preview.year" label="gevinst.key_editor.preview_year" step={1} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput
            source="_preview.total"
            label="gevinst.key_editor.preview_total"
            helperText="gevinst.key_editor.preview_total_help"
            slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            fullWidth
          />
        </Grid>
      </Grid>
      <Box sx={{ height: 4, mb: 1 }}>
        {waiting && ready && <LinearProgress aria-label={translate('gevinst.key_editor.preview_updating')} />}
      </Box>
      {!ready && <Alert severity="info">{translate('gevinst.key_editor.preview_choose')}</Alert>}
      {ready && error && populationMissing && <PopulationFix missingYear={populationMissing.params?.year} />}
      {ready && error && (
        <Alert severity="warning" role="alert" data-testid="preview-problems">
          {problemList.length > 0 ? (
            <>
              {translate('gevinst.key_editor.preview_problems')}
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {problemList.map(([field, message]) => {
                  const subject = problemSubject(field, wordsLanguage);
                  return <li key={field}>{subject ? `${subject}: ${message}` : message}</li>;
                })}
              </ul>
            </>
          ) : (
            messageOf(error)
          )}
        </Alert>
      )}
      {ready && preview.data && !error && (
        <AllocationPreviewView
          preview={preview.data.previewAllocation}
          stale={waiting}
          testId="key-preview-result"
        />
      )}
    </Paper>
  );
};
