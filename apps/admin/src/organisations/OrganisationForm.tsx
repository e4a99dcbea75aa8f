import {
  AutocompleteInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  type Validator,
} from 'react-admin';
import { Grid } from '@mui/material';
import {
  isValidCountyNumber,
  isValidOrgNumber,
  requiresCountyNumber,
  requiresMunicipalityNumber,
  type OrganisationKind,
  LIMITS,
} from '@gevinst/domain';
import { enumChoices } from '../enums';

const withoutSpaces = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');

const validOrgNumber: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && !isValidOrgNumber(value)
    ? 'gevinst.validation.org_number'
    : undefined;

const validMunicipalityNumber: Validator = (value: unknown, values: { kind?: OrganisationKind }) => {
  if (typeof value === 'string' && value !== '') {
    return /^\d{4}$/.test(value) ? undefined : 'gevinst.validation.municipality_number';
  }
  return values.kind && requiresMunicipalityNumber(values.kind)
    ? 'gevinst.validation.municipality_number_required'
    : undefined;
};

const validCountyNumber: Validator = (value: unknown, values: { kind?: OrganisationKind }) => {
  if (typeof value === 'string' && value !== '') {
    return isValidCountyNumber(value) ? undefined : 'gevinst.validation.county_number';
  }
  return values.kind && requiresCountyNumber(values.kind)
    ? 'gevinst.validation.county_number_required'
    : undefined;
};

/** The API has no delete, so forms offer Save only. */
const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Shared by OrganisationEdit and OrganisationCreate. Sources are the API's input field names. */
export const OrganisationForm = () => (
  <SimpleForm toolbar={<FormToolbar />} sx={{ maxWidth: 720 }}>
    <TextInput source="name" validate={[required(), maxLength(LIMITS.name)]} fullWidth />
    <Grid container columnSpacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="orgNumber"
          validate={[required(), validOrgNumber]}
          parse={withoutSpaces}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectInput
          source="kind"
          choices={enumChoices('OrganisationKind')}
          validate={required()}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="municipalityNumber"
          validate={validMunicipalityNumber}
          parse={withoutSpaces}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          fullWidth
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput
          source="countyNumber"
          validate={validCountyNumber}
          parse={withoutSpaces}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 2 } }}
          fullWidth
        />
      </Grid>
    </Grid>
    <ReferenceInput source="parentId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="resources.organisations.fields.parentId" fullWidth />
    </ReferenceInput>
  </SimpleForm>
);
