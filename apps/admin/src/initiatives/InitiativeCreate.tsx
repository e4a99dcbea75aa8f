import { Create } from 'react-admin';
import { isAdmin } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { InitiativeForm, transformInitiative } from './InitiativeForm';

/** Initiative owners create initiatives for their own organisation; administrators for anyone. */
export const InitiativeCreate = () => {
  const principal = usePrincipal();
  const record = principal && !isAdmin(principal) ? { ownerId: principal.organisationId } : undefined;
  return (
    <Create
      redirect="show"
      title="resources.initiatives.create_title"
      transform={transformInitiative}
      record={record}
    >
      <InitiativeForm />
    </Create>
  );
};

export default InitiativeCreate;
