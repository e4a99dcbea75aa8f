import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  Toolbar,
  email,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { MIN_PASSWORD_LENGTH, LIMITS } from '@gevinst/domain';
import { enumChoices } from '../enums';

const UserForm = ({ create = false }: { create?: boolean }) => (
  <SimpleForm
    sx={{ maxWidth: 640 }}
    toolbar={
      <Toolbar>
        <SaveButton />
      </Toolbar>
    }
  >
    <TextInput source="name" validate={[required(), maxLength(LIMITS.label)]} fullWidth />
    <TextInput
      source="email"
      type="email"
      validate={[required(), email()]}
      disabled={!create}
      autoComplete="off"
      fullWidth
    />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="resources.users.fields.organisationId" validate={required()} fullWidth />
    </ReferenceInput>
    <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} fullWidth />
    <PasswordInput
      source="password"
      validate={create ? [required(), minLength(MIN_PASSWORD_LENGTH)] : minLength(MIN_PASSWORD_LENGTH)}
      helperText={create ? 'resources.users.help.password' : 'resources.users.help.password_change'}
      autoComplete="new-password"
      fullWidth
    />
    {!create && <BooleanInput source="active" helperText="resources.users.help.active" />}
  </SimpleForm>
);

export const UserCreate = () => (
  <Create redirect="list" title="resources.users.create_title">
    <UserForm create />
  </Create>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <UserForm />
  </Edit>
);
