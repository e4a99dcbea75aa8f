import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SaveButton,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  Toolbar,
  email,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { LIMITS } from '@gevinst/domain';
import { enumChoices } from '../enums';

/**
 * A new service account (administrators): an integration that never signs in with a password. Its API
 * tokens are created afterwards under API tokens → New API token, choosing the account as the owner.
 */
export const ServiceAccountCreate = () => {
  const translate = useTranslate();
  return (
    <Create
      resource="serviceAccounts"
      redirect={() => 'users'}
      title="resources.serviceAccounts.create_title"
    >
      <SimpleForm
        sx={{ maxWidth: 640 }}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.serviceAccounts.help.intro')}
        </Alert>
        <TextInput
          source="name"
          validate={[required(), maxLength(LIMITS.label)]}
          helperText="resources.serviceAccounts.help.name"
          fullWidth
        />
        <TextInput
          source="email"
          type="email"
          validate={[required(), email()]}
          helperText="resources.serviceAccounts.help.email"
          autoComplete="off"
          fullWidth
        />
        <ReferenceInput
          source="organisationId"
          reference="organisations"
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            label="resources.serviceAccounts.fields.organisationId"
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
        <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default ServiceAccountCreate;
