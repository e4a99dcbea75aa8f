import { lazy } from 'react';
import SmartToyIcon from '@mui/icons-material/SmartToy';

const ServiceAccountCreate = lazy(() => import('./ServiceAccountCreate'));

/** Service accounts are listed with the users (their kind shown); this resource creates them. */
export default {
  create: ServiceAccountCreate,
  icon: SmartToyIcon,
  recordRepresentation: (record: { name: string }) => record.name,
};
