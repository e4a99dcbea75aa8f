import { lazy } from 'react';
import WebhookIcon from '@mui/icons-material/Webhook';

const WebhookList = lazy(() => import('./WebhookList'));

export default {
  list: WebhookList,
  icon: WebhookIcon,
  recordRepresentation: (record: { url: string }) => record.url,
};
