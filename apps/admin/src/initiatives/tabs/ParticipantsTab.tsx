import {
  AutocompleteInput,
  BooleanInput,
  Confirm,
  DataTable,
  FilterForm,
  Form,
  FunctionField,
  Link,
  NullableBooleanInput,
  Pagination,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useState } from 'react';
import { Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/PersonRemove';
import { LIMITS, ParticipantRole } from '@gevinst/domain';
import { useApiMutation } from '../../api/client';
import { EmptyState } from '../../components';
import { enumChoices } from '../../enums';
import { formatInteger } from '../../format';
import { submitOrFieldErrors } from '../../submit';
import { useCanEditInitiative } from '../useCanEdit';
import type { Initiative } from '../initiatives.graphql';
import {
  ADD_PARTICIPANT,
  type ParticipantDetail,
  type ParticipantListMeta,
  REMOVE_PARTICIPANT,
} from '../participants.graphql';

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

const participantFilters = [
  <TextInput key="search" source="search" label="ra.action.search" alwaysOn resettable />,
  <SelectInput
    key="administrativeLevel"
    source="administrativeLevel"
    label="resources.organisations.fields.administrativeLevel"
    choices={enumChoices('AdministrativeLevel')}
    sx={{ minWidth: 200 }}
    alwaysOn
  />,
  <SelectInput
    key="role"
    source="role"
    label="gevinst.participants.role"
    choices={enumChoices('ParticipantRole')}
    alwaysOn
  />,
  <NullableBooleanInput
    key="pays"
    source="pays"
    label="gevinst.participants.pays"
    sx={{ minWidth: 200 }}
    alwaysOn
  />,
];

/** "N participants, of which M share the costs" for the matching participants (all pages). */
const Summary = () => {
  const translate = useTranslate();
  const list = useListContext();
  const meta = list.meta as ParticipantListMeta | undefined;
  if (list.isPending || !meta) return null;
  return (
    <Typography variant="body2" sx={{ mb: 1 }} data-testid="participants-summary">
      {translate('gevinst.participants.summary', { smart_count: list.total ?? 0, paying: meta.payingCount })}
    </Typography>
  );
};

/**
 * The initiative's participants, filtered, sorted and paged by the API (a national initiative has
 * hundreds); owners add and remove them here.
 */
export const ParticipantsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const canEdit = useCanEditInitiative();
  const notify = useNotify();
  const remove = useApiMutation(REMOVE_PARTICIPANT);
  const [removing, setRemoving] = useState<ParticipantDetail | null>(null);
  if (!record) return null;

  return (
    <Box data-testid="participants-tab">
      <ReferenceManyField
        reference="participants"
        target="initiativeId"
        sort={{ field: 'organisation.name', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100, LIMITS.pageSize]} />}
      >
        <FilterForm filters={participantFilters} />
        <Summary />
        <DataTable
          bulkActionButtons={false}
          empty={
            <EmptyState
              message="resources.initiatives.empty_participants"
              hint={canEdit ? 'gevinst.participants.empty_hint' : undefined}
            />
          }
          data-testid="participants-table"
        >
          <DataTable.Col source="organisation.name" label="gevinst.participants.organisation">
            <FunctionField<ParticipantDetail>
              render={(p) => (
                <Link to={`/organisations/${p.organisation.id}/show`}>{p.organisation.displayName}</Link>
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="organisation.kind" label="resources.organisations.fields.kind" disableSort>
            <FunctionField<ParticipantDetail>
              render={(p) => translate(`enums.OrganisationKind.${p.organisation.kind}`)}
            />
          </DataTable.Col>
          <DataTable.Col
            source="organisation.administrativeLevel"
            label="resources.organisations.fields.administrativeLevel"
          >
            <FunctionField<ParticipantDetail>
              render={(p) => translate(`enums.AdministrativeLevel.${p.organisation.administrativeLevel}`)}
            />
          </DataTable.Col>
          <DataTable.Col source="role" label="gevinst.participants.role">
            <FunctionField<ParticipantDetail> render={(p) => translate(`enums.ParticipantRole.${p.role}`)} />
          </DataTable.Col>
          <DataTable.Col source="pays" label="gevinst.participants.pays" disableSort>
            <FunctionField<ParticipantDetail>
              render={(p) =>
                p.pays ? (
                  <Chip size="small" label={translate('ra.boolean.true')} color="primary" />
                ) : (
                  translate('ra.boolean.false')
                )
              }
            />
          </DataTable.Col>
          <DataTable.Col source="costGroup" label="gevinst.participants.cost_group" disableSort>
            <FunctionField<ParticipantDetail>
              render={(p) =>
                p.costGroup ?? translate(`enums.AdministrativeLevel.${p.organisation.administrativeLevel}`)
              }
            />
          </DataTable.Col>
          <DataTable.Col
            source="organisation.population"
            label="resources.organisations.fields.population"
            align="right"
          >
            <FunctionField<ParticipantDetail>
              render={(p) => formatInteger(p.organisation.population) || '–'}
            />
          </DataTable.Col>
          {canEdit && (
            <DataTable.Col label="gevinst.actions" disableSort>
              <FunctionField<ParticipantDetail>
                render={(p) =>
                  p.role === ParticipantRole.OWNER ? null : (
                    <Button
                      size="small"
                      color="error"
                      startIcon={<DeleteIcon />}
                      onClick={() => setRemoving(p)}
                      aria-label={translate('gevinst.participants.remove_named', {
                        name: p.organisation.displayName,
                      })}
                    >
                      {translate('gevinst.participants.remove')}
                    </Button>
                  )
                }
              />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
      {canEdit && <AddParticipant initiativeId={String(record.id)} />}
      <Confirm
        isOpen={removing !== null}
        title="gevinst.participants.remove_title"
        content="gevinst.participants.remove_content"
        translateOptions={{ name: removing?.organisation.displayName ?? '' }}
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
