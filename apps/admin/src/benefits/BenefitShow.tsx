import {
  EditButton,
  Labeled,
  Link,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box, Grid, Typography } from '@mui/material';
import { canEditInitiative, canRecordMeasurement } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { SimpleTable } from '../components';
import { EnumField } from '../fields';
import { formatDate, formatNok } from '../format';
import { MeasurementsTable } from './MeasurementsTable';
import { RealisationPanel } from './RealisationPanel';
import { useIndicatorFormat } from './indicatorFormat';
import { RecordMeasurementForm } from './RecordMeasurementForm';
import { BenefitStatusReports } from '../statusReports/BenefitStatusReports';
import type { Benefit } from './benefits.graphql';

const Actions = () => {
  const benefit = useRecordContext<Benefit>();
  const principal = usePrincipal();
  const canEdit =
    !!benefit && !!principal && canEditInitiative(principal, { ownerId: benefit.initiativeOwnerId });
  return <TopToolbar>{canEdit && <EditButton />}</TopToolbar>;
};

const Title = () => {
  const benefit = useRecordContext<Benefit>();
  const translate = useTranslate();
  return benefit ? (
    <span>{`${translate('resources.benefits.name', { smart_count: 1 })}: ${benefit.title}`}</span>
  ) : null;
};

const BenefitDetail = () => {
  const translate = useTranslate();
  const benefit = useRecordContext<Benefit>();
  const principal = usePrincipal();
  const indicator = useIndicatorFormat(benefit);
  if (!benefit) return null;
  const mayRecord =
    !!principal &&
    canRecordMeasurement(principal, {
      initiativeOwnerId: benefit.initiativeOwnerId,
      receivingOrganisationId: benefit.receivingOrganisationId,
    });
  const unit = benefit.indicator.unit;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        {benefit.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('gevinst.benefits.of_initiative')}{' '}
        <Link to={`/initiatives/${benefit.initiative.id}/show/benefits`}>
          {benefit.initiative.code} {benefit.initiative.name}
        </Link>
      </Typography>
      <RealisationPanel benefit={benefit} />
      {mayRecord && <RecordMeasurementForm benefit={benefit} />}
      <Typography variant="h6" component="h2">
        {translate('gevinst.measurement.list')}
      </Typography>
      <MeasurementsTable benefit={benefit} mayCorrect={mayRecord} />
      <BenefitStatusReports benefitId={benefit.id} />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {translate('gevinst.benefits.details')}
      </Typography>
      <Grid container columnSpacing={4}>
        <Grid size={{ xs: 12, md: 6 }} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Labeled label="resources.benefits.fields.description">
            <TextField source="description" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
          <Labeled label="resources.benefits.fields.category">
            <EnumField source="category" enumName="BenefitCategory" />
          </Labeled>
          <Labeled label="resources.benefits.fields.status">
            <EnumField source="status" enumName="BenefitStatus" />
          </Labeled>
          <Labeled label="resources.benefits.fields.owner">
            <Typography variant="body2">
              {benefit.owner.name}
              {benefit.owner.role ? `, ${benefit.owner.role}` : ''}
            </Typography>
          </Labeled>
          <Labeled label="resources.benefits.fields.receivingOrganisationId">
            <Typography variant="body2">
              {benefit.receivingOrganisation ? (
                <Link to={`/organisations/${benefit.receivingOrganisation.id}/show`}>
                  {benefit.receivingOrganisation.name}
                </Link>
              ) : (
                translate('gevinst.benefits.citizens')
              )}
            </Typography>
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Labeled label="resources.benefits.fields.indicator">
            <Typography variant="body2">
              {`${benefit.indicator.name} (${unit}) – ${translate(`enums.IndicatorDirection.${benefit.indicator.direction}`)}`}
            </Typography>
          </Labeled>
          <Labeled label="resources.benefits.fields.indicatorKind">
            <Typography variant="body2">
              {translate(`enums.IndicatorKind.${benefit.indicator.kind}`)}
            </Typography>
          </Labeled>
          <Labeled label="resources.benefits.fields.effectStart">
            <Typography variant="body2">
              {benefit.effectStart
                ? formatDate(benefit.effectStart)
                : translate('gevinst.benefits.effect_start_default', {
                    date: formatDate(benefit.effectiveEffectStart),
                  })}
            </Typography>
          </Labeled>
          <Labeled label="resources.benefits.fields.valuePerUnit">
            <Typography variant="body2">
              {benefit.valuePerUnit
                ? translate('gevinst.benefits.value_per_unit', {
                    value: formatNok(benefit.valuePerUnit),
                    unit: indicator.perUnit,
                  })
                : translate('gevinst.benefits.not_monetised')}
            </Typography>
          </Labeled>
          <Labeled label="resources.benefits.fields.measurementMethod">
            <TextField source="measurementMethod" emptyText="–" />
          </Labeled>
          <Labeled label="resources.benefits.fields.measurementFrequency">
            <EnumField source="measurementFrequency" enumName="MeasurementFrequency" />
          </Labeled>
          {benefit.isDisBenefit && (
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('gevinst.benefits.dis_benefit')}
            </Typography>
          )}
        </Grid>
      </Grid>
      {(benefit.risks?.length ?? 0) > 0 && (
        <>
          <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
            {translate('resources.benefits.fields.risks')}
          </Typography>
          <SimpleTable
            caption={translate('resources.benefits.fields.risks')}
            rows={benefit.risks ?? []}
            rowKey={(risk) => risk.id}
            columns={[
              { key: 'description', label: translate('gevinst.risks.description') },
              {
                key: 'likelihood',
                label: translate('gevinst.risks.likelihood'),
                render: (risk) => translate(`enums.RiskLevel.${risk.likelihood}`),
              },
              {
                key: 'impact',
                label: translate('gevinst.risks.impact'),
                render: (risk) => translate(`enums.RiskLevel.${risk.impact}`),
              },
              { key: 'mitigation', label: translate('gevinst.risks.mitigation') },
            ]}
          />
        </>
      )}
    </Box>
  );
};

export const BenefitShow = () => (
  <Show actions={<Actions />} title={<Title />}>
    <BenefitDetail />
  </Show>
);

export default BenefitShow;
