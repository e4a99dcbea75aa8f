import { lazy } from 'react';
import KeyIcon from '@mui/icons-material/VpnKey';

const ApiTokenList = lazy(() => import('./ApiTokenList'));
const ApiTokenCreate = lazy(() => import('./ApiTokenCreate'));

export default {
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: KeyIcon,
  recordRepresentation: (record: { name: string }) => record.name,
};
