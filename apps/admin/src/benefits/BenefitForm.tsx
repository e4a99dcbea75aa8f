import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useTranslate,
  type Validator,
  useRecordContext,
} from 'react-admin';
import { useMemo } from 'react';
import { Grid, Typography } from '@mui/material';
import {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  MeasurementFrequency,
  requiresReceivingOrganisation,
  LIMITS,
} from '@gevinst/domain';
import { enumChoices } from '../enums';
import { formatNokInput, parseDecimalInput, parseNokInput } from '../format';

const validNumber: Validator = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') &&
  String(value).trim() !== '' &&
  parseDecimalInput(value) === null
    ? 'gevinst.validation.number'
    : undefined;

const receiverWhenRequired: Validator = (value: unknown, values: { category?: BenefitCategory }) =>
  !value && values.category && requiresReceivingOrganisation(values.category)
    ? 'gevinst.validation.receiving_required'
    : undefined;

const validAmount: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && parseNokInput(value) === null
    ? 'gevinst.validation.nok_amount'
    : undefined;

type Values = Record<string, unknown> & {
  baseline?: { date?: string; value?: string };
  targets?: { date?: string; value?: string }[];
  valuePerUnit?: string | null;
};

/** Norwegian-typed numbers to the API's decimal strings. */
export function transformBenefit(values: Values): Values {
  const decimal = (value: unknown) => parseDecimalInput(value as string) ?? value;
  return {
    ...values,
    baseline: values.baseline
      ? { ...values.baseline, value: decimal(values.baseline.value) as string }
      : undefined,
    targets: (values.targets ?? []).map((target) => ({ ...target, value: decimal(target.value) as string })),
    valuePerUnit:
      typeof values.valuePerUnit === 'string' && values.valuePerUnit.trim() !== ''
        ? (parseNokInput(values.valuePerUnit) ?? values.valuePerUnit)
        : null,
  };
}

const Heading = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 2 }}>
    {children}
  </Typography>
);

const IndicatorHeading = () => {
  const translate = useTranslate();
  return <Heading>{translate('resources.benefits.fields.indicator')}</Heading>;
};

const BenefitForm = ({ create = false }: { create?: boolean }) => {
  const record = useRecordContext<Values & { id: string }>();
  // The value per unit edited the Norwegian way ("1 234,50"), not as the API's "1234.50".
  const values = useMemo(
    () => (record ? { ...record, valuePerUnit: formatNokInput(record.valuePerUnit) } : undefined),
    [record],
  );
  return <BenefitFormBody create={create} record={create ? undefined : values} />;
};

const BenefitFormBody = ({ create, record }: { create: boolean; record?: Values & { id: string } }) => (
  <SimpleForm
    record={record}
    toolbar={
      <Toolbar>
        <SaveButton />
      </Toolbar>
    }
    sx={{ maxWidth: 960 }}
    defaultValues={
      create
        ? {
            category: BenefitCategory.FREED_CAPACITY,
            status: BenefitStatus.PLANNED,
            measurementFrequency: MeasurementFrequency.YEARLY,
            indicator: { direction: IndicatorDirection.DECREASE },
            targets: [],
          }
        : undefined
    }
  >
    {create && (
      <ReferenceInput source="initiativeId" reference="initiatives" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput label="resources.benefits.fields.initiativeId" validate={required()} fullWidth />
      </ReferenceInput>
    )}
    <TextInput source="title" validate={[required(), maxLength(LIMITS.name)]} fullWidth />
    <TextInput source="description" multiline minRows={2} validate={maxLength(LIMITS.longText)} fullWidth />
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput
          source="category"
          choices={enumChoices('BenefitCategory')}
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput source="status" choices={enumChoices('BenefitStatus')} validate={required()} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <ReferenceInput
          source="receivingOrganisationId"
          reference="organisations"
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            label="resources.benefits.fields.receivingOrganisationId"
            validate={receiverWhenRequired}
            helperText="resources.benefits.help.receivingOrganisationId"
            fullWidth
          />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="valuePerUnit"
          helperText="resources.benefits.help.valuePerUnit"
          validate={validAmount}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          fullWidth
        />
      </Grid>
    </Grid>
    <IndicatorHeading />
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="indicator.name"
          label="resources.benefits.fields.indicatorName"
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3 }}>
        <TextInput
          source="indicator.unit"
          label="resources.benefits.fields.indicatorUnit"
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3 }}>
        <SelectInput
          source="indicator.direction"
          label="resources.benefits.fields.indicatorDirection"
          choices={enumChoices('IndicatorDirection')}
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput
          source="indicator.kind"
          label="resources.benefits.fields.indicatorKind"
          choices={enumChoices('IndicatorKind')}
          defaultValue="RATE"
          helperText="resources.benefits.help.indicatorKind"
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateInput
          source="effectStart"
          label="resources.benefits.fields.effectStart"
          helperText="resources.benefits.help.effectStart"
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3 }}>
        <DateInput
          source="baseline.date"
          label="resources.benefits.fields.baselineDate"
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3 }}>
        <TextInput
          source="baseline.value"
          label="resources.benefits.fields.baselineValue"
          validate={[required(), validNumber]}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput source="measurementFrequency" choices={enumChoices('MeasurementFrequency')} fullWidth />
      </Grid>
      <Grid size={12}>
        <TextInput source="measurementMethod" validate={maxLength(LIMITS.longText)} fullWidth />
      </Grid>
    </Grid>
    <ArrayInput source="targets" helperText="resources.benefits.help.targets">
      <SimpleFormIterator inline disableReordering>
        <DateInput source="date" label="resources.benefits.fields.targetDate" validate={required()} />
        <TextInput
          source="value"
          label="resources.benefits.fields.targetValue"
          validate={[required(), validNumber]}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </SimpleFormIterator>
    </ArrayInput>
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="owner.name"
          label="resources.benefits.fields.ownerName"
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput source="owner.role" label="resources.benefits.fields.ownerRole" fullWidth />
      </Grid>
    </Grid>
    <BooleanInput source="isDisBenefit" helperText="resources.benefits.help.isDisBenefit" />
  </SimpleForm>
);

export const BenefitCreate = () => (
  <Create redirect="show" transform={transformBenefit} title="resources.benefits.create_title">
    <BenefitForm create />
  </Create>
);

export const BenefitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={transformBenefit}>
    <BenefitForm />
  </Edit>
);
