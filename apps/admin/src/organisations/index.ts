import { lazy } from 'react';
import OrganisationIcon from '@mui/icons-material/AccountBalance';
import type { Organisation } from './organisations.graphql';

// Pages load on first visit, keeping react-admin's forms and tables out of the title page's bundle.
const OrganisationList = lazy(() => import('./OrganisationList'));
const OrganisationShow = lazy(() => import('./OrganisationShow'));
const OrganisationEdit = lazy(() => import('./OrganisationEdit'));
const OrganisationCreate = lazy(() => import('./OrganisationCreate'));

export default {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: OrganisationIcon,
  // «Brønnøy kommune», not «Brønnøy»: pickers and references tell a municipality from an agency
  // (organisationDisplayName in libs/domain, served as `displayName`).
  recordRepresentation: (record: Organisation) => record.displayName ?? record.name,
};
