import { Edit } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

/**
 * Pessimistic, so the API's answer comes before the redirect: validation errors land next to their
 * inputs and a stale `version` (CONFLICT) is reported instead of silently lost.
 */
export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <OrganisationForm />
  </Edit>
);

export default OrganisationEdit;
