import { useState } from 'react';
import {
  AutocompleteInput,
  Confirm,
  DataTable,
  Form,
  FormDataConsumer,
  FunctionField,
  Pagination,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  maxValue,
  NumberInput,
  required,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
  type Validator,
} from 'react-admin';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { CostCategory, FundingScheme, LIMITS } from '@gevinst/domain';
import { EditDeleteButtons, EmptyState } from '../../components';
import { enumChoices } from '../../enums';
import { EnumField, NokField } from '../../fields';
import { formatNok, formatNokInput, parseNokInput } from '../../format';
import { submitOrFieldErrors } from '../../submit';
import { useCanEditInitiative } from '../useCanEdit';
import type { CostItemListMeta } from '../costItems.graphql';
import { payerLabel } from '../fundingPlan';
import type { Initiative } from '../initiatives.graphql';

interface CostItem extends RaRecord {
  year: number;
  category: string;
  description: string;
  plannedAmount: string;
  actualAmount: string | null;
  costSharingKey: { id: string; name: string } | null;
  costSharingKeyId: string | null;
  fundingScheme: string | null;
  payingOrganisation: { id: string; name: string } | null;
  payingOrganisationId: string | null;
  version: number;
}

const validAmount: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && parseNokInput(value) === null
    ? 'gevinst.validation.nok_amount'
    : undefined;

const THIS_YEAR = new Date().getFullYear();

const CostItemDialog = ({
  initiativeId,
  item,
  onClose,
}: {
  initiativeId: string;
  item: CostItem | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const title = item ? 'gevinst.costs.edit' : 'gevinst.costs.add';
  return (
    <Dialog open onClose={onClose} aria-labelledby="cost-item-title" fullWidth maxWidth="sm">
      <Form
        record={
          item
            ? {
                ...item,
                plannedAmount: formatNokInput(item.plannedAmount),
                actualAmount: formatNokInput(item.actualAmount),
              }
            : { year: THIS_YEAR, category: CostCategory.DEVELOPMENT, plannedAmount: '', actualAmount: '' }
        }
        onSubmit={(values: Record<string, unknown>) =>
          submitOrFieldErrors(async () => {
            const data = {
              ...values,
              initiativeId,
              year: Number(values.year),
              plannedAmount:
                parseNokInput(typeof values.plannedAmount === 'string' ? values.plannedAmount : '') ??
                values.plannedAmount,
              actualAmount:
                typeof values.actualAmount === 'string' && values.actualAmount.trim() !== ''
                  ? (parseNokInput(values.actualAmount) ?? values.actualAmount)
                  : null,
              fundingScheme: values.fundingScheme || null,
              // Only an own budget belongs to an organisation.
              payingOrganisationId:
                values.fundingScheme === FundingScheme.OWN_BUDGET
                  ? values.payingOrganisationId || null
                  : null,
            };
            if (item) await dataProvider.update('costItems', { id: item.id, data, previousData: item });
            else await dataProvider.create('costItems', { data });
            notify(item ? 'gevinst.costs.saved' : 'gevinst.costs.added', { type: 'success' });
            refresh();
            onClose();
          }, notify)
        }
      >
        <DialogTitle id="cost-item-title">{translate(title)}</DialogTitle>
        <DialogContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <NumberInput
              source="year"
              label="gevinst.costs.year"
              validate={[required(), minValue(2000), maxValue(2100)]}
              step={1}
            />
            <SelectInput
              source="category"
              label="gevinst.costs.category"
              choices={enumChoices('CostCategory')}
              validate={required()}
            />
          </Stack>
          <TextInput
            source="description"
            label="gevinst.costs.description"
            validate={maxLength(LIMITS.costItemDescription)}
            fullWidth
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextInput
              source="plannedAmount"
              label="gevinst.costs.planned"
              validate={[required(), validAmount]}
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            />
            <TextInput
              source="actualAmount"
              label="gevinst.costs.actual"
              validate={validAmount}
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            />
          </Stack>
          <ReferenceInput source="costSharingKeyId" reference="costSharingKeys">
            <AutocompleteInput label="gevinst.costs.key" helperText="gevinst.costs.key_help" fullWidth />
          </ReferenceInput>
          <SelectInput
            source="fundingScheme"
            label="gevinst.costs.funding_scheme"
            choices={enumChoices('FundingScheme')}
            emptyText="gevinst.costs.paid_by_owner"
            helperText="gevinst.costs.funding_scheme_help"
            fullWidth
          />
          <FormDataConsumer<{ fundingScheme?: string | null }>>
            {({ formData }) =>
              formData.fundingScheme === FundingScheme.OWN_BUDGET ? (
                <ReferenceInput
                  source="payingOrganisationId"
                  reference="organisations"
                  sort={{ field: 'name', order: 'ASC' }}
                >
                  <AutocompleteInput
                    label="gevinst.costs.paying_organisation"
                    helperText="gevinst.costs.paying_organisation_help"
                    fullWidth
                  />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** The sums of every cost item of the initiative (all pages), as the API computes them. */
const Totals = () => {
  const translate = useTranslate();
  const list = useListContext<CostItem>();
  const totals = list.meta as CostItemListMeta | undefined;
  if (!list.total || !totals) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }} data-testid="cost-totals">
      {translate('gevinst.costs.totals', {
        planned: formatNok(totals.totalPlannedAmount),
        actual: formatNok(totals.totalActualAmount),
      })}
    </Typography>
  );
};

export const CostsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const canEdit = useCanEditInitiative();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [editing, setEditing] = useState<CostItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CostItem | null>(null);
  if (!record) return null;

  return (
    <Box data-testid="costs-tab">
      {canEdit && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }}>
          {translate('gevinst.costs.add')}
        </Button>
      )}
      <ReferenceManyField
        reference="costItems"
        target="initiativeId"
        sort={{ field: 'year', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={
          <EmptyState
            message="gevinst.costs.empty"
            hint={canEdit ? 'gevinst.costs.empty_hint' : 'gevinst.costs.empty_hint_reader'}
          />
        }
      >
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="year" label="gevinst.costs.year" />
          <DataTable.Col source="category" label="gevinst.costs.category">
            <EnumField source="category" enumName="CostCategory" />
          </DataTable.Col>
          <DataTable.Col source="description" label="gevinst.costs.description" />
          <DataTable.Col source="plannedAmount" label="gevinst.costs.planned" align="right">
            <NokField source="plannedAmount" />
          </DataTable.Col>
          <DataTable.Col source="actualAmount" label="gevinst.costs.actual" align="right">
            <NokField source="actualAmount" />
          </DataTable.Col>
          <DataTable.Col source="costSharingKey.name" label="gevinst.costs.key" disableSort>
            <FunctionField<CostItem>
              render={(item) => item.costSharingKey?.name ?? translate('gevinst.costs.initiative_key')}
            />
          </DataTable.Col>
          <DataTable.Col source="fundingScheme" label="gevinst.costs.paid_by" disableSort>
            <FunctionField<CostItem>
              render={(item) => payerLabel(item, !!record.costSharingKey, translate)}
            />
          </DataTable.Col>
          {canEdit && (
            <DataTable.Col label="gevinst.actions" disableSort>
              <FunctionField<CostItem>
                render={(item) => (
                  <EditDeleteButtons
                    editLabel={translate('gevinst.costs.edit_named', { name: item.description || item.year })}
                    deleteLabel={translate('gevinst.costs.delete_named', {
                      name: item.description || item.year,
                    })}
                    onEdit={() => setEditing(item)}
                    onDelete={() => setDeleting(item)}
                  />
                )}
              />
            </DataTable.Col>
          )}
        </DataTable>
        <Totals />
      </ReferenceManyField>
      {editing && (
        <CostItemDialog
          initiativeId={String(record.id)}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Confirm
        isOpen={deleting !== null}
        title="gevinst.costs.delete_title"
        content="gevinst.costs.delete_content"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (!target) return;
          dataProvider
            .delete('costItems', { id: target.id, previousData: target })
            .then(() => {
              notify('gevinst.costs.deleted', { type: 'success' });
              refresh();
            })
            .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }));
        }}
      />
    </Box>
  );
};

export default CostsTab;
