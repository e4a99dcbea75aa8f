import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  required,
  type Validator,
  useDataProvider,
  useRecordContext,
} from 'react-admin';
import { Grid } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  FundingScheme,
  InitiativePhase,
  OrganisationKind,
  initiativeCodeProblem,
  isGrantScheme,
  BUDGET_CHAPTER_PATTERN,
  BUDGET_POST_PATTERN,
  IN_KIND_DESCRIPTION_MAX,
  LIMITS,
} from '@gevinst/domain';
import { enumChoices } from '../enums';
import { formatNokInput, parseNokInput } from '../format';

const validCode: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && initiativeCodeProblem(value) !== null
    ? 'gevinst.validation.initiative_code'
    : undefined;

const validAmount: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && parseNokInput(value) === null
    ? 'gevinst.validation.nok_amount'
    : undefined;

const validResidual: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && parseNokInput(value) === null
    ? 'gevinst.validation.nok_amount'
    : undefined;

/** A budget chapter (kapittel) of four digits and a post of two, as in the state budget; empty: none. */
const validChapter: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !BUDGET_CHAPTER_PATTERN.test(value.trim())
    ? 'gevinst.validation.budget_chapter'
    : undefined;

const validPost: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !BUDGET_POST_PATTERN.test(value.trim())
    ? 'gevinst.validation.budget_post'
    : undefined;

const endNotBeforeStart: Validator = (value: unknown, values: { startDate?: string | null }) =>
  typeof value === 'string' && value !== '' && values.startDate && value < values.startDate
    ? 'gevinst.validation.end_before_start'
    : undefined;

const toUpperCase = (value: string | null | undefined) => (value ?? '').toUpperCase();

/**
 * Amounts are typed the Norwegian way ("1 234,50") and stored as the API's decimal strings ("1234.50");
 * a received amount left empty is "nothing recorded"; a grant names no organisation (the scheme pays).
 */
export function transformInitiative<
  T extends {
    fundingSources?: {
      scheme?: string;
      amount?: string;
      receivedAmount?: string | null;
      organisationId?: string | null;
    }[];
  },
>(data: T): T {
  const residual = (data as { residualValue?: string | null }).residualValue;
  const running = (data as { preProjectRunningCost?: string | null }).preProjectRunningCost;
  return {
    ...data,
    // empty: none (the API's default); typed the Norwegian way, sent as the API's decimal string
    ...('residualValue' in data
      ? {
          residualValue:
            typeof residual === 'string' && residual.trim() !== ''
              ? (parseNokInput(residual) ?? residual)
              : null,
        }
      : {}),
    ...('preProjectRunningCost' in data
      ? {
          preProjectRunningCost:
            typeof running === 'string' && running.trim() !== '' ? (parseNokInput(running) ?? running) : null,
        }
      : {}),
    fundingSources: (data.fundingSources ?? []).map((source) => ({
      ...source,
      amount: parseNokInput(source.amount) ?? source.amount,
      receivedAmount:
        typeof source.receivedAmount === 'string' && source.receivedAmount.trim() !== ''
          ? (parseNokInput(source.receivedAmount) ?? source.receivedAmount)
          : null,
      organisationId:
        source.scheme && isGrantScheme(source.scheme as FundingScheme)
          ? null
          : (source.organisationId ?? null),
    })),
  };
}

/** Only own budgets and other sources name an organisation; a grant is paid by its scheme. */
const namesOrganisation = (scheme: unknown) =>
  scheme === FundingScheme.OWN_BUDGET || scheme === FundingScheme.OTHER;

const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

type AmountFields = {
  residualValue?: string | null;
  fundingSources?: { amount?: string; receivedAmount?: string | null }[] | null;
};

/**
 * The record as the form edits it: amounts the Norwegian way ("6 000 000", "1 234,50"), not the API's
 * "6000000.00" — transformInitiative reads them back.
 */
export function initiativeFormValues<T extends AmountFields>(record: T): T {
  return {
    ...record,
    ...('residualValue' in record ? { residualValue: formatNokInput(record.residualValue) } : {}),
    ...(record.fundingSources
      ? {
          fundingSources: record.fundingSources.map((source) => ({
            ...source,
            amount: formatNokInput(source.amount),
            receivedAmount: formatNokInput(source.receivedAmount),
          })),
        }
      : {}),
  };
}

/** Shared by InitiativeEdit and InitiativeCreate. Sources are the API's input field names. */
/**
 * When the owner is chosen and no ministry is, the ministry becomes the owner's: an agency's parent
 * organisation, which the reference data sets from its ministry (parent_ministry_org_number in
 * data/reference/state_bodies.csv). A ministry already chosen is never replaced; a municipality or KS as
 * owner has no ministry above it, and the field stays for the user to fill.
 */
const MinistryFromOwner = () => {
  const ownerId = useWatch({ name: 'ownerId' }) as string | undefined;
  const { getValues, setValue } = useFormContext();
  const dataProvider = useDataProvider();
  const initialOwner = useRef(ownerId);
  useEffect(() => {
    if (!ownerId || ownerId === initialOwner.current || getValues('ministryId')) return;
    let cancelled = false;
    void (async () => {
      const { data: owner } = await dataProvider.getOne<{ id: string; parentId?: string | null }>(
        'organisations',
        { id: ownerId },
      );
      if (!owner.parentId || cancelled) return;
      const { data: parent } = await dataProvider.getOne<{ id: string; kind: OrganisationKind }>(
        'organisations',
        { id: owner.parentId },
      );
      if (cancelled || parent.kind !== OrganisationKind.MINISTRY || getValues('ministryId')) return;
      setValue('ministryId', parent.id, { shouldDirty: true });
    })().catch(() => undefined); // a failed look-up leaves the field for the user, as before
    return () => {
      cancelled = true;
    };
  }, [ownerId, dataProvider, getValues, setValue]);
  return null;
};

export const InitiativeForm = () => {
  const record = useRecordContext<AmountFields & { id: string }>();
  const values = useMemo(() => (record ? initiativeFormValues(record) : undefined), [record]);
  return <InitiativeFormBody record={values} />;
};

const InitiativeFormBody = ({ record }: { record?: AmountFields & { id: string } }) => (
  <SimpleForm
    record={record}
    toolbar={<FormToolbar />}
    sx={{ maxWidth: 880 }}
    defaultValues={{ phase: InitiativePhase.CONCEPT }}
  >
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextInput
          source="code"
          validate={[required(), validCode]}
          parse={toUpperCase}
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 8 }}>
        <TextInput source="name" validate={[required(), maxLength(LIMITS.name)]} fullWidth />
      </Grid>
    </Grid>
    <TextInput source="description" multiline minRows={3} validate={maxLength(LIMITS.longText)} fullWidth />
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <ReferenceInput
          source="ministryId"
          reference="organisations"
          filter={{ kind: OrganisationKind.MINISTRY }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            label="resources.initiatives.fields.ministryId"
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <ReferenceInput source="ownerId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="resources.initiatives.fields.ownerId" validate={required()} fullWidth />
        </ReferenceInput>
        <MinistryFromOwner />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput
          source="phase"
          choices={enumChoices('InitiativePhase')}
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput source="lifeEvent" choices={enumChoices('LifeEvent')} emptyText="–" fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateInput source="startDate" fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateInput source="endDate" validate={endNotBeforeStart} fullWidth />
      </Grid>
      {/* The analysis every view counts (issue 14): empty fields take the defaults the help texts name. */}
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput
          source="lifetimeYears"
          validate={[minValue(1), maxValue(100)]}
          step={1}
          helperText="resources.initiatives.help.lifetimeYears"
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextInput
          source="residualValue"
          validate={validResidual}
          helperText="resources.initiatives.help.residualValue"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextInput
          source="preProjectRunningCost"
          validate={validResidual}
          helperText="resources.initiatives.help.preProjectRunningCost"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput
          source="priceBaseYear"
          validate={[minValue(LIMITS.year.min), maxValue(LIMITS.year.max)]}
          step={1}
          helperText="resources.initiatives.help.priceBaseYear"
          fullWidth
        />
      </Grid>
    </Grid>
    <ArrayInput source="fundingSources">
      <SimpleFormIterator inline disableReordering>
        <NumberInput
          source="year"
          label="resources.initiatives.fields.fundingYear"
          validate={[required(), minValue(LIMITS.year.min), maxValue(LIMITS.year.max)]}
          step={1}
          sx={{ width: 110, minWidth: 110, flexShrink: 0 }}
        />
        <SelectInput
          source="scheme"
          label="resources.initiatives.fields.scheme"
          choices={enumChoices('FundingScheme')}
          validate={required()}
        />
        <TextInput
          source="amount"
          label="resources.initiatives.fields.amount"
          sx={{ width: 150, flexShrink: 0 }}
          validate={[required(), validAmount]}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
        />
        <TextInput
          source="receivedAmount"
          label="resources.initiatives.fields.receivedAmount"
          sx={{ width: 150, flexShrink: 0 }}
          validate={validAmount}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
        />
        <FormDataConsumer<{ scheme?: string }>>
          {({ scopedFormData }) =>
            namesOrganisation(scopedFormData?.scheme) ? (
              <ReferenceInput
                source="organisationId"
                reference="organisations"
                sort={{ field: 'name', order: 'ASC' }}
              >
                <AutocompleteInput
                  label="resources.initiatives.fields.fundingOrganisation"
                  helperText={
                    scopedFormData?.scheme === FundingScheme.OWN_BUDGET
                      ? 'resources.initiatives.fields.fundingOrganisation_help'
                      : false
                  }
                  sx={{ minWidth: 260 }}
                />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
        <FormDataConsumer<{ scheme?: string }>>
          {({ scopedFormData }) =>
            scopedFormData?.scheme === FundingScheme.OWN_BUDGET ? (
              <>
                <TextInput
                  source="budgetChapter"
                  label="resources.initiatives.fields.budgetChapter"
                  helperText="resources.initiatives.help.budgetChapter"
                  validate={validChapter}
                  sx={{ width: 110, flexShrink: 0 }}
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4, autoComplete: 'off' } }}
                />
                <TextInput
                  source="budgetPost"
                  label="resources.initiatives.fields.budgetPost"
                  validate={validPost}
                  sx={{ width: 80, flexShrink: 0 }}
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 2, autoComplete: 'off' } }}
                />
              </>
            ) : scopedFormData?.scheme === FundingScheme.STIMULAB ? (
              <TextInput
                source="inKindDescription"
                label="resources.initiatives.fields.inKindDescription"
                helperText="resources.initiatives.help.inKindDescription"
                validate={maxLength(IN_KIND_DESCRIPTION_MAX)}
                sx={{ minWidth: 260 }}
              />
            ) : null
          }
        </FormDataConsumer>
        <TextInput
          source="description"
          label="resources.initiatives.fields.fundingDescription"
          validate={maxLength(LIMITS.costItemDescription)}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
