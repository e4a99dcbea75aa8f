import { lazy } from 'react';
import KeysIcon from '@mui/icons-material/CallSplit';
import type { CostSharingKeyRecord } from './costSharingKeys.graphql';

const KeyList = lazy(() => import('./KeyList'));
const KeyShow = lazy(() => import('./KeyShow'));
const KeyEdit = lazy(() => import('./KeyEdit'));
const KeyCreate = lazy(() => import('./KeyCreate'));

export default {
  list: KeyList,
  show: KeyShow,
  edit: KeyEdit,
  create: KeyCreate,
  icon: KeysIcon,
  recordRepresentation: (record: CostSharingKeyRecord) => record.name,
};
