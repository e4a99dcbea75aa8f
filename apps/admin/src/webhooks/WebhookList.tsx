import { useState } from 'react';
import {
  Confirm,
  DataTable,
  FunctionField,
  List,
  Pagination,
  ReferenceManyField,
  useDelete,
  useNotify,
  useTranslate,
} from 'react-admin';
import { Button, Chip, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { EmptyState } from '../components';
import { enumLabelKey } from '../enums';
import { formatDateTime, formatInteger } from '../format';

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  description: string;
  organisationId: string | null;
  active: boolean;
  createdAt: string;
}

interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

const DeleteSubscriptionButton = ({ subscription }: { subscription: Subscription }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete();
  return (
    <>
      <Button
        size="small"
        color="error"
        startIcon={<DeleteIcon />}
        disabled={isPending}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('resources.webhookSubscriptions.delete')}
      </Button>
      <Confirm
        isOpen={open}
        title="resources.webhookSubscriptions.delete_title"
        content="resources.webhookSubscriptions.delete_content"
        translateOptions={{ url: subscription.url }}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          void remove(
            'webhookSubscriptions',
            { id: subscription.id, previousData: subscription },
            {
              mutationMode: 'pessimistic',
              onSuccess: () => notify('resources.webhookSubscriptions.deleted', { type: 'success' }),
              onError: (error) =>
                notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
            },
          );
        }}
      />
    </>
  );
};

/** One subscription's delivery log, newest first, paged by the API. */
const Deliveries = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      <Typography variant="subtitle2">{translate('resources.webhookSubscriptions.deliveries')}</Typography>
      <ReferenceManyField
        reference="webhookDeliveries"
        target="subscriptionId"
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={
          <Typography variant="body2">{translate('resources.webhookSubscriptions.no_deliveries')}</Typography>
        }
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col
            source="createdAt"
            label={'resources.webhookSubscriptions.delivery.createdAt'}
            disableSort
          >
            <FunctionField<Delivery> render={(d) => formatDateTime(d.createdAt)} />
          </DataTable.Col>
          <DataTable.Col
            source="eventType"
            label={'resources.webhookSubscriptions.delivery.eventType'}
            disableSort
          >
            <FunctionField<Delivery>
              render={(d) => translate(enumLabelKey('WebhookEventType', d.eventType))}
            />
          </DataTable.Col>
          <DataTable.Col source="status" label={'resources.webhookSubscriptions.delivery.status'} disableSort>
            <FunctionField<Delivery>
              render={(d) => translate(enumLabelKey('WebhookDeliveryStatus', d.status))}
            />
          </DataTable.Col>
          <DataTable.Col
            source="attempts"
            label={'resources.webhookSubscriptions.delivery.attempts'}
            disableSort
          >
            <FunctionField<Delivery> render={(d) => formatInteger(d.attempts)} />
          </DataTable.Col>
          <DataTable.Col
            source="lastStatusCode"
            label={'resources.webhookSubscriptions.delivery.lastStatusCode'}
            disableSort
          >
            <FunctionField<Delivery>
              render={(d) => (d.lastStatusCode === null ? '–' : String(d.lastStatusCode))}
            />
          </DataTable.Col>
          <DataTable.Col
            source="lastError"
            label={'resources.webhookSubscriptions.delivery.lastError'}
            disableSort
          >
            <FunctionField<Delivery> render={(d) => d.lastError ?? '–'} />
          </DataTable.Col>
          <DataTable.Col
            source="deliveredAt"
            label={'resources.webhookSubscriptions.delivery.deliveredAt'}
            disableSort
          >
            <FunctionField<Delivery>
              render={(d) =>
                d.deliveredAt
                  ? formatDateTime(d.deliveredAt)
                  : d.status === 'PENDING'
                    ? `${translate('resources.webhookSubscriptions.delivery.nextAttemptAt')}: ${formatDateTime(d.nextAttemptAt)}`
                    : '–'
              }
            />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Stack>
  );
};

/** The webhook subscriptions the caller may see (administrators: all), each with its delivery log. */
export const WebhookList = () => {
  const translate = useTranslate();
  return (
    <List
      perPage={25}
      exporter={false}
      empty={
        <EmptyState
          message="resources.webhookSubscriptions.empty"
          hint="resources.webhookSubscriptions.empty_hint"
        />
      }
    >
      <DataTable bulkActionButtons={false} rowClick={false} expand={<Deliveries />}>
        <DataTable.Col source="url" disableSort>
          <FunctionField<Subscription> render={(s) => <code>{s.url}</code>} />
        </DataTable.Col>
        <DataTable.Col source="eventTypes" disableSort>
          <FunctionField<Subscription>
            render={(s) => (
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                {s.eventTypes.map((type) => (
                  <Chip key={type} size="small" label={translate(enumLabelKey('WebhookEventType', type))} />
                ))}
              </Stack>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="organisationId" disableSort>
          <FunctionField<Subscription>
            render={(s) =>
              translate(
                s.organisationId === null
                  ? 'resources.webhookSubscriptions.all_organisations'
                  : 'resources.webhookSubscriptions.own_organisation',
              )
            }
          />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort>
          <FunctionField<Subscription> render={(s) => formatDateTime(s.createdAt)} />
        </DataTable.Col>
        <DataTable.Col label="gevinst.actions" disableSort>
          <FunctionField<Subscription> render={(s) => <DeleteSubscriptionButton subscription={s} />} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default WebhookList;
