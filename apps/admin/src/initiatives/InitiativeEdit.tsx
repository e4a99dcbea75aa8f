import { Edit } from 'react-admin';
import { InitiativeForm, transformInitiative } from './InitiativeForm';

/** Pessimistic: see OrganisationEdit. */
export const InitiativeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={transformInitiative}>
    <InitiativeForm />
  </Edit>
);

export default InitiativeEdit;
