import { lazy } from 'react';
import DeprecatedIcon from '@mui/icons-material/EventBusy';

const DeprecatedUsageList = lazy(() => import('./DeprecatedUsageList'));

export default { list: DeprecatedUsageList, icon: DeprecatedIcon };
