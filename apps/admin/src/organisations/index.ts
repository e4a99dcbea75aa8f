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
  recordRepresentation: (record: Organisation) => record.name,
};
