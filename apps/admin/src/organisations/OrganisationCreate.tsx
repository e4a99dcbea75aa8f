import { Create } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';

export const OrganisationCreate = () => (
  <Create redirect="show" title="resources.organisations.create_title">
    <OrganisationForm />
  </Create>
);

export default OrganisationCreate;
