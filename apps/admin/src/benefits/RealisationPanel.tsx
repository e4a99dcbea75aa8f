import { useMemo } from 'react';
import { Alert, Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartFigure, RealisationChart, type RealisationPoint } from '../charts';
import { RagChip, SimpleTable } from '../components';
import { formatDate, formatNok, formatPercent } from '../format';
import { useIndicatorFormat } from './indicatorFormat';
import type { Benefit } from './benefits.graphql';

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Baseline, the target trajectory and the measurements on one time axis (see cost-model's realisation): the
 * baseline and targets of the approved benefits plan version in force where there is one (what the
 * realisation is measured against), the benefit's own otherwise.
 */
export function realisationPoints(benefit: Benefit): RealisationPoint[] {
  const plan = benefit.planInForce ?? benefit;
  const byTime = new Map<number, RealisationPoint>();
  const point = (date: string) => {
    const time = timeOf(date);
    const existing = byTime.get(time) ?? { time };
    byTime.set(time, existing);
    return existing;
  };
  point(plan.baseline.date).target = Number(plan.baseline.value);
  for (const target of plan.targets) point(target.date).target = Number(target.value);
  for (const measurement of benefit.measurements ?? [])
    point(measurement.date).measured = Number(measurement.value);
  // After the last target the plan stays where it ended: draw it on to the day of the figures.
  const targetTimes = [...byTime.values()].filter((p) => p.target !== undefined).map((p) => p.time);
  const asOf = timeOf(benefit.realisation.asOf);
  if (asOf > Math.max(...targetTimes))
    point(benefit.realisation.asOf).target = Number(benefit.realisation.targetToDate);
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Box>
    <Typography variant="body2" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography variant="body1" component="p" sx={{ fontWeight: 600 }} data-testid={testId}>
      {value}
    </Typography>
  </Box>
);

export const RealisationPanel = ({ benefit }: { benefit: Benefit }) => {
  const translate = useTranslate();
  const realisation = benefit.realisation;
  const unit = benefit.indicator.unit;
  const points = useMemo(() => realisationPoints(benefit), [benefit]);
  // what the realisation is measured against: the plan in force's baseline where there is one
  const baseline = (benefit.planInForce ?? benefit).baseline;
  const rows = useMemo(
    () =>
      points.map((p) => ({
        date: new Date(p.time).toISOString().slice(0, 10),
        target: p.target,
        measured: p.measured,
      })),
    [points],
  );
  // The indicator's precision and the unit's form (issue 17: not «3 284,931507 saker»).
  const { withUnit } = useIndicatorFormat(benefit);

  return (
    <Card variant="outlined" sx={{ mb: 3 }} data-testid="realisation-panel">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <Typography variant="h6" component="h2">
            {translate('gevinst.realisation.title')}
          </Typography>
          <RagChip rag={realisation.rag} size="medium" />
          <Typography variant="h6" component="p" data-testid="realisation-percent">
            {realisation.percent === null
              ? translate('gevinst.realisation.no_percent')
              : translate('gevinst.realisation.percent', { percent: formatPercent(realisation.percent) })}
          </Typography>
        </Box>
        {benefit.deviatesFromPlan && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="realisation-deviates-from-plan">
            {translate('gevinst.realisation.deviates_from_plan')}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ mb: 2 }}>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label={translate('gevinst.realisation.baseline')}
              value={`${withUnit(baseline.value)} (${formatDate(baseline.date)})`}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label={translate('gevinst.realisation.target_to_date', { date: formatDate(realisation.asOf) })}
              value={withUnit(realisation.targetToDate)}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label={translate('gevinst.realisation.latest')}
              value={
                realisation.latestValue === null
                  ? translate('gevinst.realisation.not_measured')
                  : `${withUnit(realisation.latestValue)} (${formatDate(realisation.latestDate)})`
              }
              testId="realisation-latest"
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label={translate('gevinst.realisation.improvement')}
              value={`${withUnit(realisation.improvement)} / ${withUnit(realisation.plannedImprovement)}`}
            />
          </Grid>
          {realisation.monetisedPlannedNok !== null && (
            <>
              <Grid size={{ xs: 6, md: 3 }}>
                <Figure
                  label={translate('gevinst.realisation.monetised_realised')}
                  value={formatNok(realisation.monetisedRealisedNok) || '–'}
                />
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <Figure
                  label={translate('gevinst.realisation.monetised_planned')}
                  value={formatNok(realisation.monetisedPlannedNok)}
                />
              </Grid>
            </>
          )}
        </Grid>
        <ChartFigure
          testId="realisation-chart"
          title={translate('gevinst.realisation.chart_title', { name: benefit.indicator.name })}
          summary={translate('gevinst.realisation.chart_summary', {
            baseline: withUnit(baseline.value),
            target: withUnit(realisation.targetToDate),
            latest:
              realisation.latestValue === null
                ? translate('gevinst.realisation.not_measured')
                : withUnit(realisation.latestValue),
            direction: translate(`enums.IndicatorDirection.${benefit.indicator.direction}`),
          })}
          chart={
            <RealisationChart
              points={points}
              baseline={Number(baseline.value)}
              asOf={timeOf(realisation.asOf)}
              unit={unit}
              labels={{
                target: translate('gevinst.realisation.target_line'),
                measured: translate('gevinst.realisation.measured_line'),
                baseline: translate('gevinst.realisation.baseline'),
                today: translate('gevinst.realisation.today'),
              }}
            />
          }
          table={
            <SimpleTable
              caption={translate('gevinst.realisation.table_caption')}
              rows={rows}
              rowKey={(row) => row.date}
              columns={[
                {
                  key: 'date',
                  label: translate('gevinst.measurement.date'),
                  render: (row) => formatDate(row.date),
                },
                {
                  key: 'target',
                  label: translate('gevinst.realisation.target_line'),
                  align: 'right',
                  render: (row) => withUnit(row.target),
                },
                {
                  key: 'measured',
                  label: translate('gevinst.realisation.measured_line'),
                  align: 'right',
                  render: (row) => withUnit(row.measured),
                },
              ]}
            />
          }
        />
      </CardContent>
    </Card>
  );
};
