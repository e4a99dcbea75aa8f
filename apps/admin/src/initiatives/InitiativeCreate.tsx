import { Create } from 'react-admin';
import { InitiativeForm, transformInitiative } from './InitiativeForm';

export const InitiativeCreate = () => (
  <Create redirect="show" title="resources.initiatives.create_title" transform={transformInitiative}>
    <InitiativeForm />
  </Create>
);

export default InitiativeCreate;
