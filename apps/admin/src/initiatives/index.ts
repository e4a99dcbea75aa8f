import { lazy } from 'react';
import InitiativeIcon from '@mui/icons-material/TrendingUp';
import type { Initiative } from './initiatives.graphql';

const InitiativeList = lazy(() => import('./InitiativeList'));
const InitiativeShow = lazy(() => import('./InitiativeShow'));
const InitiativeEdit = lazy(() => import('./InitiativeEdit'));
const InitiativeCreate = lazy(() => import('./InitiativeCreate'));

export default {
  list: InitiativeList,
  show: InitiativeShow,
  edit: InitiativeEdit,
  create: InitiativeCreate,
  icon: InitiativeIcon,
  recordRepresentation: (record: Initiative) => `${record.code} ${record.name}`,
};
