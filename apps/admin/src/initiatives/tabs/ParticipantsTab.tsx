import {
  AutocompleteInput,
  BooleanInput,
  Link,
  Confirm,
  Form,
  ReferenceInput,
  SaveButton,
  SelectInput,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useState } from 'react';
import { Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/PersonRemove';
import { ParticipantRole } from '@gevinst/domain';
import { useApiMutation, useApiQuery } from '../../api/client';
import {
  ADD_PARTICIPANT,
  INITIATIVE_PARTICIPANTS,
  REMOVE_PARTICIPANT,
  type ParticipantDetail,
} from '../../api/operations';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../../components';
import { enumChoices } from '../../enums';
import { formatInteger } from '../../format';
import type { Initiative } from '../../dataProvider';
import { submitOrFieldErrors } from '../../submit';
import { useCanEditInitiative } from '../useCanEdit';

interface Data {
  initiative: { id: string; participants: ParticipantDetail[] } | null;
}

const AddParticipant = ({ initiativeId }: { initiativeId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const add = useApiMutation(ADD_PARTICIPANT);
  const [formKey, setFormKey] = useState(0);
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="add-participant">
      <Typography id="add-participant" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('gevinst.participants.add')}
      </Typography>
      <Form
        key={formKey}
        defaultValues={{ role: ParticipantRole.PARTNER, pays: true }}
        onSubmit={(values: { organisationId?: string; role?: string; pays?: boolean }) =>
          submitOrFieldErrors(async () => {
            await add.mutateAsync({
              initiativeId,
              organisationId: values.organisationId,
              role: values.role,
              pays: values.pays,
            });
            notify('gevinst.participants.added', { type: 'success' });
            setFormKey((key) => key + 1);
          }, notify)
        }
      >
        <Stack sx={{ alignItems: { md: 'flex-start' } }} direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <ReferenceInput
            source="organisationId"
            reference="organisations"
            sort={{ field: 'name', order: 'ASC' }}
          >
            <AutocompleteInput
              label="gevinst.participants.organisation"
              validate={required()}
              sx={{ minWidth: 320 }}
            />
          </ReferenceInput>
          <SelectInput
            source="role"
            label="gevinst.participants.role"
            choices={enumChoices('ParticipantRole').filter(
              (choice) => choice.id !== String(ParticipantRole.OWNER),
            )}
            validate={required()}
          />
          <BooleanInput
            source="pays"
            label="gevinst.participants.pays"
            helperText="gevinst.participants.pays_help"
          />
          <Box sx={{ pt: 1 }}>
            <SaveButton label="gevinst.participants.add_button" alwaysEnable />
          </Box>
        </Stack>
      </Form>
    </Paper>
  );
};

export const ParticipantsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const canEdit = useCanEditInitiative();
  const notify = useNotify();
  const { data, error, isPending } = useApiQuery<Data>(
    INITIATIVE_PARTICIPANTS,
    { id: record?.id },
    { enabled: !!record },
  );
  const remove = useApiMutation(REMOVE_PARTICIPANT);
  const [removing, setRemoving] = useState<ParticipantDetail | null>(null);
  if (!record) return null;
  const participants = data?.initiative?.participants ?? [];
  const paying = participants.filter((participant) => participant.pays).length;

  return (
    <Box data-testid="participants-tab">
      <ApiErrorAlert error={error} />
      {!isPending && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('gevinst.participants.summary', {
            count: participants.length,
            paying,
          })}
        </Typography>
      )}
      <SimpleTable
        caption={translate('gevinst.participants.caption', { code: record.code })}
        rows={participants}
        rowKey={(participant) => participant.id}
        empty={
          !isPending && (
            <EmptyState
              message="resources.initiatives.empty_participants"
              hint={canEdit ? 'gevinst.participants.empty_hint' : undefined}
            />
          )
        }
        columns={[
          {
            key: 'organisation',
            label: translate('gevinst.participants.organisation'),
            render: (p) => <Link to={`/organisations/${p.organisation.id}/show`}>{p.organisation.name}</Link>,
          },
          {
            key: 'kind',
            label: translate('resources.organisations.fields.kind'),
            render: (p) => translate(`enums.OrganisationKind.${p.organisation.kind}`),
          },
          {
            key: 'level',
            label: translate('resources.organisations.fields.administrativeLevel'),
            render: (p) => translate(`enums.AdministrativeLevel.${p.organisation.administrativeLevel}`),
          },
          {
            key: 'role',
            label: translate('gevinst.participants.role'),
            render: (p) => translate(`enums.ParticipantRole.${p.role}`),
          },
          {
            key: 'pays',
            label: translate('gevinst.participants.pays'),
            render: (p) =>
              p.pays ? (
                <Chip size="small" label={translate('ra.boolean.true')} color="primary" />
              ) : (
                translate('ra.boolean.false')
              ),
          },
          {
            key: 'costGroup',
            label: translate('gevinst.participants.cost_group'),
            render: (p) =>
              p.costGroup ?? translate(`enums.AdministrativeLevel.${p.organisation.administrativeLevel}`),
          },
          {
            key: 'population',
            label: translate('resources.organisations.fields.population'),
            align: 'right',
            render: (p) => formatInteger(p.organisation.population) || '–',
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  label: translate('gevinst.actions'),
                  render: (p: ParticipantDetail) =>
                    p.role === String(ParticipantRole.OWNER) ? null : (
                      <Button
                        size="small"
                        color="error"
                        startIcon={<DeleteIcon />}
                        onClick={() => setRemoving(p)}
                        aria-label={translate('gevinst.participants.remove_named', {
                          name: p.organisation.name,
                        })}
                      >
                        {translate('gevinst.participants.remove')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && <AddParticipant initiativeId={String(record.id)} />}
      <Confirm
        isOpen={removing !== null}
        title="gevinst.participants.remove_title"
        content="gevinst.participants.remove_content"
        translateOptions={{ name: removing?.organisation.name ?? '' }}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          remove
            .mutateAsync({ initiativeId: record.id, organisationId: target.organisation.id })
            .then(() => notify('gevinst.participants.removed', { type: 'success' }))
            .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }));
        }}
      />
    </Box>
  );
};

export default ParticipantsTab;
