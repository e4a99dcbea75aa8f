import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

const AuditEventList = lazy(() => import('./AuditEventList'));

export default { list: AuditEventList, icon: HistoryIcon };
