import { InvoiceBasisLinks } from '../../budget/InvoiceBasisLinks';
import { KeyConfirmationsPanel, RespondToKeyForm } from '../../budget/KeyConfirmationsPanel';
import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  Confirm,
  DataTable,
  Form,
  FunctionField,
  Link,
  Pagination,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  FormControlLabel,
  FormLabel,
  InputLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import PlayIcon from '@mui/icons-material/PlayArrow';
import CompareIcon from '@mui/icons-material/CompareArrows';
import { useApiMutation, useApiQuery } from '../../api/client';
import { AllocationPreviewView } from '../../allocations/AllocationPreviewView';
import { ApiErrorAlert, EmptyState, SimpleTable } from '../../components';
import { EnumField, NokField } from '../../fields';
import { formatDateTime, formatNok, formatPercent, NOT_RECORDED } from '../../format';
import { submitOrFieldErrors } from '../../submit';
import { useExplanationLanguage } from '../../allocations/useExplanationLanguage';
import { useCanEditInitiative } from '../useCanEdit';
import { DriversEditor } from './DriversEditor';
import { canSeeInitiativeFinancials, driversUsedBy, type CostSharingKeySpec } from '@gevinst/domain';
import { usePrincipal } from '../../access';
import { specOfKeySpec } from '../../costSharingKeys/keySpec';
import {
  ALLOCATION_RUNS,
  type AllocationListMeta,
  INITIATIVE_COST_SHARING,
  PREVIEW_ALLOCATION,
  RUN_ALLOCATION,
  SET_INITIATIVE_KEY,
} from '../../allocations/allocations.graphql';
import type { AllocationReconciliation, InitiativeCostSharingQuery } from '../../api/graphql';

const RECONCILIATION_CHOICES: readonly AllocationReconciliation[] = [
  'REQUIRE_EXACT',
  'SET_COST_ITEM_FROM_KEY',
  'ACCEPT_DIFFERENCE',
];
import type { Initiative } from '../initiatives.graphql';

const KeyChooser = ({ data }: { data: NonNullable<InitiativeCostSharingQuery['initiative']> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const setKey = useApiMutation(SET_INITIATIVE_KEY);
  return (
    <Form
      record={{ costSharingKeyId: data.costSharingKey?.id ?? null }}
      onSubmit={(values: { costSharingKeyId?: string | null }) =>
        submitOrFieldErrors(async () => {
          await setKey.mutateAsync({
            input: { id: data.id, version: data.version, costSharingKeyId: values.costSharingKeyId ?? null },
          });
          notify('gevinst.cost_sharing.key_saved', { type: 'success' });
        }, notify)
      }
    >
      <Stack sx={{ alignItems: { sm: 'flex-start' } }} direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <ReferenceInput source="costSharingKeyId" reference="costSharingKeys">
          <AutocompleteInput label="gevinst.cost_sharing.key" sx={{ minWidth: 360 }} />
        </ReferenceInput>
        <Box sx={{ pt: 1 }}>
          <SaveButton label={translate('gevinst.cost_sharing.use_key')} />
        </Box>
      </Stack>
    </Form>
  );
};

const LineTotals = () => {
  const translate = useTranslate();
  const list = useListContext();
  const total = list.total;
  const totals = list.meta as AllocationListMeta | undefined;
  if (!totals) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }} data-testid="allocation-line-totals">
      {translate('gevinst.cost_sharing.line_totals', {
        smart_count: total ?? 0,
        planned: formatNok(totals.totalAmount),
        actual: formatNok(totals.totalActualAmount) || NOT_RECORDED,
      })}
    </Typography>
  );
};

export const CostSharingTab = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const record = useRecordContext<Initiative>();
  const canEdit = useCanEditInitiative();
  // Runs, previews and driver values show every participant's amounts: for the API's rule
  // (canSeeInitiativeFinancials). Anyone else sees only the lines they may see (their own organisation's).
  const principal = usePrincipal();
  const seesAll =
    !!principal &&
    !!record?.ownerId &&
    !!record.ministryId &&
    canSeeInitiativeFinancials(principal, { ownerId: record.ownerId, ministryId: record.ministryId });
  const { data, error } = useApiQuery(INITIATIVE_COST_SHARING, { id: record?.id }, { enabled: !!record });
  const initiative = data?.initiative;
  const years = useMemo(
    () => [...new Set((initiative?.costItems ?? []).map((item) => item.year))].sort((a, b) => a - b),
    [initiative],
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? years.at(-1) ?? null;
  const key = initiative?.costSharingKey ?? null;

  const language = useExplanationLanguage();
  const preview = useApiQuery(
    PREVIEW_ALLOCATION,
    { initiativeId: record?.id, year, language },
    { enabled: !!record && !!key && year !== null && seesAll },
  );
  const runs = useApiQuery(
    ALLOCATION_RUNS,
    { initiativeId: record?.id, year },
    { enabled: !!record && year !== null && seesAll },
  );
  const run = useApiMutation(RUN_ALLOCATION);
  const [confirmRun, setConfirmRun] = useState(false);
  // How the run handles a difference between the cost items and a key without a fixed total: none chosen
  // until the user picks one, and a preview that does not reconcile cannot be run before that.
  const [reconciliation, setReconciliation] = useState<AllocationReconciliation | null>(null);
  const previewed = preview.data?.previewAllocation;
  const asksReconciliation = !!previewed && !previewed.keyFixesTotal;
  const needsReconciliation = previewed?.reconciles === false && reconciliation === null;
  const current = runs.data?.allocationRuns.find((candidate) => candidate.status === 'CURRENT') ?? null;

  if (!record) return null;
  return (
    <Box data-testid="cost-sharing-tab">
      <ApiErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="key-heading">
        <Typography id="key-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('gevinst.cost_sharing.key')}
        </Typography>
        {key ? (
          <Typography variant="body1" sx={{ my: 1 }}>
            <Link to={`/costSharingKeys/${key.id}/show`}>{key.name}</Link>{' '}
            <Chip
              size="small"
              variant="outlined"
              label={translate(`enums.CostSharingMethod.${key.current.keySpec.method}`)}
            />{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              {translate('gevinst.cost_sharing.version', { version: key.currentVersion })}
            </Typography>
          </Typography>
        ) : (
          <EmptyState
            message="gevinst.cost_sharing.no_key"
            hint={canEdit ? 'gevinst.cost_sharing.no_key_hint' : undefined}
          />
        )}
        {canEdit && initiative && <KeyChooser data={initiative} />}
        <Button
          component={Link}
          to={`/key-comparison?initiativeId=${record.id}${year !== null ? `&year=${year}` : ''}`}
          size="small"
          startIcon={<CompareIcon />}
          sx={{ mt: 1 }}
          data-testid="compare-keys-link"
        >
          {translate('gevinst.key_comparison.compare_link')}
        </Button>
      </Paper>

      {years.length === 0 ? (
        <EmptyState
          message="gevinst.cost_sharing.no_costs"
          hint={canEdit ? 'gevinst.cost_sharing.no_costs_hint' : undefined}
        />
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
            <FormControl size="small" fullWidth={false} sx={{ width: 140 }}>
              <InputLabel id="allocation-year-label">{translate('gevinst.cost_sharing.year')}</InputLabel>
              <Select
                labelId="allocation-year-label"
                label={translate('gevinst.cost_sharing.year')}
                value={year ?? ''}
                onChange={(event) => {
                  setChosenYear(Number(event.target.value));
                  setReconciliation(null);
                }}
              >
                {years.map((candidate) => (
                  <MenuItem key={candidate} value={candidate}>
                    {candidate}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            {canEdit && key && year !== null && (
              <Button
                variant="contained"
                startIcon={<PlayIcon />}
                onClick={() => setConfirmRun(true)}
                disabled={needsReconciliation}
                aria-describedby={needsReconciliation ? 'reconciliation-required' : undefined}
              >
                {translate('gevinst.cost_sharing.run', { year })}
              </Button>
            )}
          </Stack>

          {canEdit && seesAll && asksReconciliation && (
            <Paper
              variant="outlined"
              sx={{ p: 2, mb: 2 }}
              component="section"
              data-testid="reconciliation-choice"
            >
              <FormControl>
                <FormLabel id="reconciliation-label" sx={{ fontWeight: 600 }}>
                  {translate('gevinst.cost_sharing.reconciliation')}
                </FormLabel>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {translate('gevinst.cost_sharing.reconciliation_help')}
                </Typography>
                <RadioGroup
                  aria-labelledby="reconciliation-label"
                  name="reconciliation"
                  value={reconciliation ?? ''}
                  onChange={(event) => setReconciliation(event.target.value as AllocationReconciliation)}
                >
                  {RECONCILIATION_CHOICES.map((choice) => (
                    <FormControlLabel
                      key={choice}
                      value={choice}
                      control={<Radio />}
                      label={translate(`gevinst.cost_sharing.reconciliation_choices.${choice}`)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
              {needsReconciliation && (
                <Alert severity="warning" id="reconciliation-required" sx={{ mt: 1 }}>
                  {translate('gevinst.cost_sharing.reconciliation_required')}
                </Alert>
              )}
            </Paper>
          )}

          {!seesAll && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('gevinst.cost_sharing.own_lines_only')}
            </Alert>
          )}

          {seesAll && key && year !== null && (
            <DriversEditor
              initiativeId={String(record.id)}
              year={year}
              drivers={driversUsedBy(
                specOfKeySpec(key.current.keySpec) as unknown as CostSharingKeySpec,
              ).filter((driver) => driver !== 'population')}
              canEdit={canEdit}
            />
          )}

          {seesAll && (
            <Box component="section" aria-labelledby="runs-heading" sx={{ mb: 3 }}>
              <Typography id="runs-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('gevinst.cost_sharing.runs', { year: year ?? '' })}
              </Typography>
              <ApiErrorAlert error={runs.error} />
              <SimpleTable
                caption={translate('gevinst.cost_sharing.runs_caption')}
                rows={runs.data?.allocationRuns ?? []}
                rowKey={(r) => r.id}
                empty={
                  <EmptyState
                    message="gevinst.cost_sharing.no_runs"
                    hint={canEdit ? 'gevinst.cost_sharing.no_runs_hint' : undefined}
                  />
                }
                columns={[
                  {
                    key: 'createdAt',
                    label: translate('gevinst.cost_sharing.run_at'),
                    render: (r) => formatDateTime(r.createdAt),
                  },
                  {
                    key: 'createdByEmail',
                    label: translate('gevinst.cost_sharing.run_by'),
                    render: (r) => r.createdByEmail ?? translate('enums.AuditActorKind.SYSTEM'),
                  },
                  {
                    key: 'status',
                    label: translate('gevinst.cost_sharing.run_status'),
                    render: (r) => translate(`enums.AllocationRunStatus.${r.status}`, { _: r.status }),
                  },
                  {
                    key: 'plannedTotal',
                    label: translate('gevinst.cost_sharing.planned_total'),
                    align: 'right',
                    render: (r) => formatNok(r.plannedTotal),
                  },
                  {
                    key: 'actualTotal',
                    label: translate('gevinst.cost_sharing.actual_total'),
                    align: 'right',
                    render: (r) => formatNok(r.actualTotal) || '–',
                  },
                  { key: 'lineCount', label: translate('gevinst.cost_sharing.line_count'), align: 'right' },
                  {
                    key: 'difference',
                    label: translate('gevinst.cost_sharing.difference'),
                    align: 'right',
                    render: (r) =>
                      r.reconciles ? (
                        formatNok(r.difference)
                      ) : (
                        <strong style={{ whiteSpace: 'nowrap' }}>{formatNok(r.difference)}</strong>
                      ),
                  },
                  {
                    key: 'invoiceBasis',
                    label: translate('gevinst.budget.invoice_basis'),
                    render: (r) => (
                      <InvoiceBasisLinks
                        runId={r.id}
                        supersedes={(runs.data?.allocationRuns ?? []).some((o) => o.createdAt < r.createdAt)}
                      />
                    ),
                  },
                  {
                    key: 'reconciliation',
                    label: translate('gevinst.cost_sharing.reconciliation_chosen'),
                    render: (r) =>
                      r.reconciliation
                        ? translate(`enums.AllocationReconciliation.${r.reconciliation}`, {
                            _: r.reconciliation,
                          })
                        : '–',
                  },
                ]}
              />
            </Box>
          )}

          {key && seesAll && <KeyConfirmationsPanel initiativeId={record.id} />}
          {key && !seesAll && <RespondToKeyForm initiativeId={record.id} keyVersionId={key.current.id} />}

          {(current || !seesAll) && year !== null && (
            <Box component="section" aria-labelledby="lines-heading" sx={{ mb: 3 }}>
              <Typography id="lines-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('gevinst.cost_sharing.lines', { year })}
              </Typography>
              <ReferenceManyField
                reference="allocations"
                target="initiativeId"
                filter={{ year }}
                perPage={25}
                pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
              >
                <DataTable bulkActionButtons={false} sort={{ field: 'id', order: 'ASC' }}>
                  <DataTable.Col
                    source="organisation.name"
                    label="gevinst.allocations.organisation"
                    disableSort
                  />
                  <DataTable.Col source="costCategory" label="gevinst.costs.category" disableSort>
                    <EnumField source="costCategory" enumName="CostCategory" />
                  </DataTable.Col>
                  <DataTable.Col
                    source="plannedAmount"
                    label="gevinst.allocations.planned"
                    align="right"
                    disableSort
                  >
                    <NokField source="plannedAmount" />
                  </DataTable.Col>
                  <DataTable.Col
                    source="actualAmount"
                    label="gevinst.allocations.actual"
                    align="right"
                    disableSort
                  >
                    <NokField source="actualAmount" emptyText={NOT_RECORDED} />
                  </DataTable.Col>
                  <DataTable.Col source="share" label="gevinst.allocations.share" align="right" disableSort>
                    <FunctionField<{ share: string }>
                      render={(line) => formatPercent(line.share, { fraction: true, digits: 2 })}
                    />
                  </DataTable.Col>
                </DataTable>
                <LineTotals />
              </ReferenceManyField>
            </Box>
          )}

          {seesAll && (
            <Box component="section" aria-labelledby="preview-heading">
              <Typography id="preview-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('gevinst.cost_sharing.preview', { year: year ?? '' })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('gevinst.cost_sharing.preview_help')}
              </Typography>
              {!key && <Alert severity="info">{translate('gevinst.cost_sharing.preview_no_key')}</Alert>}
              <ApiErrorAlert error={preview.error} />
              {preview.data && (
                <AllocationPreviewView preview={preview.data.previewAllocation} stale={preview.isFetching} />
              )}
            </Box>
          )}
        </>
      )}
      <Confirm
        isOpen={confirmRun}
        title="gevinst.cost_sharing.run_title"
        content={current ? 'gevinst.cost_sharing.run_supersedes' : 'gevinst.cost_sharing.run_content'}
        translateOptions={{ year: year ?? '' }}
        onClose={() => setConfirmRun(false)}
        onConfirm={() => {
          setConfirmRun(false);
          run
            .mutateAsync({
              initiativeId: record.id,
              year,
              supersedes: current?.id ?? null,
              ...(reconciliation ? { reconciliation } : {}),
            })
            .then(() => notify('gevinst.cost_sharing.run_done', { type: 'success', messageArgs: { year } }))
            .catch((e: unknown) =>
              notify(e instanceof Error ? e.message : String(e), {
                type: 'error',
                messageArgs: { _: String(e) },
              }),
            );
        }}
      />
    </Box>
  );
};

export default CostSharingTab;
