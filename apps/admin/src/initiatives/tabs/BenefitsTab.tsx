import {
  CreateButton,
  DataTable,
  FunctionField,
  Pagination,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useApiQuery } from '../../api/client';
import { BenefitsMapEditor } from '../../benefits/BenefitsMapEditor';
import { BenefitsMapGraph } from '../../benefits/BenefitsMapGraph';
import { ApiErrorAlert, EmptyState, RagChip } from '../../components';
import { EnumField } from '../../fields';
import { formatPercent } from '../../format';
import { useCanEditInitiative } from '../useCanEdit';
import { BENEFITS_MAP } from '../../benefits/benefitsMap.graphql';
import type { Initiative } from '../initiatives.graphql';

export const BenefitsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<Initiative>();
  const canEdit = useCanEditInitiative();
  const map = useApiQuery(BENEFITS_MAP, { initiativeId: record?.id }, { enabled: !!record });
  if (!record) return null;
  const create = canEdit ? (
    <CreateButton
      resource="benefits"
      state={{ record: { initiativeId: record.id } }}
      label="gevinst.benefits.add"
      variant="contained"
    />
  ) : undefined;
  return (
    <Box data-testid="benefits-tab">
      {create && <Box sx={{ mb: 1 }}>{create}</Box>}
      <ReferenceManyField
        reference="benefits"
        target="initiativeId"
        perPage={25}
        pagination={<Pagination />}
        empty={
          <EmptyState
            message="gevinst.benefits.empty_initiative"
            hint={canEdit ? 'gevinst.benefits.empty_initiative_hint' : undefined}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" label="resources.benefits.fields.title" disableSort />
          <DataTable.Col source="category" label="resources.benefits.fields.category" disableSort>
            <EnumField source="category" enumName="BenefitCategory" />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.benefits.fields.status" disableSort>
            <EnumField source="status" enumName="BenefitStatus" />
          </DataTable.Col>
          <DataTable.Col source="rag" label="resources.benefits.fields.rag" disableSort>
            <FunctionField<{ rag: string | null }> render={(benefit) => <RagChip rag={benefit.rag} />} />
          </DataTable.Col>
          <DataTable.Col
            source="realisation.percent"
            label="resources.benefits.fields.percent"
            align="right"
            disableSort
          >
            <FunctionField<{ realisation: { percent: string | null } }>
              render={(benefit) => formatPercent(benefit.realisation?.percent) || '–'}
            />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <Box component="section" aria-labelledby="benefits-map-heading" sx={{ mt: 3 }}>
        <Typography id="benefits-map-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('gevinst.benefits_map.title')}
        </Typography>
        <ApiErrorAlert error={map.error} />
        {map.data?.benefitsMap && (
          <>
            {map.data.benefitsMap.nodes.length === 0 ? (
              <EmptyState
                message="gevinst.benefits_map.empty"
                hint={canEdit ? 'gevinst.benefits_map.empty_hint' : 'gevinst.benefits_map.empty_hint_reader'}
              />
            ) : (
              <BenefitsMapGraph map={map.data.benefitsMap} />
            )}
            <BenefitsMapEditor
              initiativeId={String(record.id)}
              map={map.data.benefitsMap}
              canEdit={canEdit}
            />
          </>
        )}
      </Box>
    </Box>
  );
};

export default BenefitsTab;
