import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { useApiMutation } from '../api/client';
import { ApiErrorAlert, EditDeleteButtons, EmptyState, SimpleTable } from '../components';
import { AddDependencyForm } from './AddDependencyForm';
import { edgeCountOf, edgeRows, nodeLabel, type EdgeRow } from './benefitsMapEditing';
import { EnablerDialog, type EditableEnabler } from './EnablerDialog';
import type { BenefitsMapQuery } from '../api/graphql';
import { DELETE_ENABLER, REMOVE_BENEFITS_MAP_EDGE } from './benefitsMap.graphql';

/**
 * The benefits map as lists, under its graph: the enablers (deliverables and changes) and the
 * dependencies "from → to". Those who may edit the initiative add, change and delete enablers and add
 * and remove dependencies; every change refetches the map, so the graph and the lists follow.
 */
export const BenefitsMapEditor = ({
  initiativeId,
  map,
  canEdit,
}: {
  initiativeId: string;
  map: NonNullable<BenefitsMapQuery['benefitsMap']>;
  canEdit: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const deleteEnabler = useApiMutation(DELETE_ENABLER);
  const removeEdge = useApiMutation(REMOVE_BENEFITS_MAP_EDGE);
  const [editing, setEditing] = useState<EditableEnabler | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EditableEnabler | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const enablers: EditableEnabler[] = map.nodes.flatMap((node) =>
    node.type === 'ENABLER' && node.enabler
      ? [
          {
            id: node.id,
            kind: node.enablerKind ?? 'DELIVERABLE',
            title: node.title,
            description: node.enabler.description,
            version: node.enabler.version,
          },
        ]
      : [],
  );
  const dependencies = edgeRows(map.nodes, map.edges);
  const label = (node: EdgeRow['from']) => nodeLabel(node, translate);
  const deletingEdges = deleting ? edgeCountOf(map.edges, deleting.id) : 0;

  const remove = (row: EdgeRow) => {
    setRemoving(row.id);
    removeEdge
      .mutateAsync({ id: row.id })
      .then(() =>
        notify('gevinst.benefits_map.dependency_removed', {
          type: 'success',
          messageArgs: { from: row.from.title, to: row.to.title },
        }),
      )
      // The error is shown above the list (ApiErrorAlert), where it happened.
      .catch(() => undefined)
      .finally(() => setRemoving(null));
  };

  return (
    <Box data-testid="benefits-map-editor">
      <Box component="section" aria-labelledby="enablers-heading" sx={{ mt: 3 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id="enablers-heading" variant="subtitle2" component="h4" sx={{ fontWeight: 600 }}>
            {translate('gevinst.enablers.title')}
          </Typography>
          {canEdit && (
            <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {translate('gevinst.enablers.add')}
            </Button>
          )}
        </Stack>
        <ApiErrorAlert error={deleteEnabler.error} />
        <SimpleTable
          testId="enablers"
          caption={translate('gevinst.enablers.caption')}
          rows={enablers}
          rowKey={(enabler) => enabler.id}
          empty={
            <EmptyState
              message="gevinst.enablers.empty"
              hint={canEdit ? 'gevinst.enablers.empty_hint' : 'gevinst.enablers.empty_hint_reader'}
            />
          }
          columns={[
            { key: 'title', label: translate('resources.enablers.fields.title') },
            {
              key: 'kind',
              label: translate('resources.enablers.fields.kind'),
              render: (enabler) => translate(`enums.EnablerKind.${enabler.kind}`),
            },
            {
              key: 'description',
              label: translate('resources.enablers.fields.description'),
              render: (enabler) => enabler.description || '–',
            },
            {
              key: 'dependencies',
              label: translate('gevinst.enablers.dependencies'),
              align: 'right',
              render: (enabler) => edgeCountOf(map.edges, enabler.id),
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    label: translate('gevinst.actions'),
                    render: (enabler: EditableEnabler) => (
                      <EditDeleteButtons
                        editLabel={translate('gevinst.enablers.edit_named', { title: enabler.title })}
                        deleteLabel={translate('gevinst.enablers.delete_named', { title: enabler.title })}
                        onEdit={() => setEditing(enabler)}
                        onDelete={() => setDeleting(enabler)}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Box>

      <Box component="section" aria-labelledby="dependencies-heading" sx={{ mt: 3 }}>
        <Typography id="dependencies-heading" variant="subtitle2" component="h4" sx={{ fontWeight: 600 }}>
          {translate('gevinst.benefits_map.dependencies')}
        </Typography>
        <ApiErrorAlert error={removeEdge.error} />
        <SimpleTable
          testId="dependencies"
          caption={translate('gevinst.benefits_map.dependencies_caption')}
          rows={dependencies}
          rowKey={(row) => row.id}
          empty={
            <EmptyState
              message="gevinst.benefits_map.no_dependencies"
              hint={
                canEdit
                  ? map.nodes.length < 2
                    ? 'gevinst.benefits_map.no_dependencies_hint_nodes'
                    : 'gevinst.benefits_map.no_dependencies_hint'
                  : undefined
              }
            />
          }
          columns={[
            {
              key: 'from',
              label: translate('resources.benefitsMapEdges.fields.fromId'),
              render: (row) => label(row.from),
            },
            {
              key: 'to',
              label: translate('resources.benefitsMapEdges.fields.toId'),
              render: (row) => (
                <>
                  <span aria-hidden="true">→ </span>
                  {label(row.to)}
                </>
              ),
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    label: translate('gevinst.actions'),
                    render: (row: EdgeRow) => (
                      <Button
                        size="small"
                        color="error"
                        startIcon={<LinkOffIcon />}
                        disabled={removing === row.id}
                        onClick={() => remove(row)}
                        aria-label={translate('gevinst.benefits_map.remove_named', {
                          from: row.from.title,
                          to: row.to.title,
                        })}
                      >
                        {translate('ra.action.remove')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canEdit && map.nodes.length >= 2 && <AddDependencyForm nodes={map.nodes} edges={map.edges} />}
      </Box>

      {editing && (
        <EnablerDialog
          initiativeId={initiativeId}
          enabler={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Confirm
        isOpen={deleting !== null}
        title="gevinst.enablers.delete_title"
        content={
          deletingEdges > 0 ? 'gevinst.enablers.delete_content_edges' : 'gevinst.enablers.delete_content'
        }
        translateOptions={{ title: deleting?.title ?? '', smart_count: deletingEdges }}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (!target) return;
          deleteEnabler
            .mutateAsync({ id: target.id, version: target.version })
            .then(() =>
              notify('gevinst.enablers.deleted', { type: 'success', messageArgs: { title: target.title } }),
            )
            .catch(() => undefined);
        }}
      />
    </Box>
  );
};
