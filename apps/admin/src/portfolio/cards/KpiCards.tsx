import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger, formatNok, formatPercent } from '../../format';
import { benefitsLink, initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Kpi } from './Kpi';

/**
 * The key figures, each opening the initiatives it counts (the dashboard's filter), sorted by the figure
 * where the list has it as a column: planned benefits and realised largest first, the realisation rate
 * lowest first (furthest behind plan).
 */
export const KpiCards = ({ data, filter }: { data: PortfolioSummary; filter: DashboardFilter }) => {
  const translate = useTranslate();
  const link = initiativesLink(filter);
  const initiativeIds = data.byInitiative.map((row) => row.initiativeId);
  return (
    <Grid
      container
      spacing={2}
      sx={{ mb: 3 }}
      component="section"
      aria-label={translate('gevinst.portfolio.kpis')}
    >
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-initiatives"
          label={translate('gevinst.portfolio.kpi.initiatives')}
          value={formatInteger(data.initiativeCount)}
          detail={translate('gevinst.portfolio.kpi.benefits', { smart_count: data.benefitCount })}
          detailTo={benefitsLink(initiativeIds)}
          to={link}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-planned-cost"
          label={translate('gevinst.portfolio.kpi.planned_cost')}
          value={formatNok(data.plannedCostNok)}
          detail={translate('gevinst.portfolio.kpi.actual_cost', {
            amount: formatNok(data.actualCostNok),
          })}
          to={link}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-planned-benefit"
          label={translate('gevinst.portfolio.kpi.planned_benefit')}
          value={formatNok(data.plannedBenefitNok)}
          detail={translate('gevinst.portfolio.kpi.planned_to_date', {
            amount: formatNok(data.plannedBenefitToDateNok),
          })}
          to={initiativesLink(filter, {}, { field: 'figures.plannedBenefitNok', order: 'DESC' })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-realised-benefit"
          label={translate('gevinst.portfolio.kpi.realised_benefit')}
          value={formatNok(data.realisedBenefitNok)}
          to={initiativesLink(filter, {}, { field: 'figures.realisedBenefitNok', order: 'DESC' })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-realisation"
          label={translate('gevinst.portfolio.kpi.realisation')}
          // One decimal, as the behind-plan table, the breakdowns and the initiatives list show it.
          value={
            data.realisationPercent === null ? '–' : formatPercent(data.realisationPercent, { digits: 1 })
          }
          detail={translate('gevinst.portfolio.kpi.realisation_detail')}
          to={initiativesLink(filter, {}, { field: 'figures.realisationPercent', order: 'ASC' })}
        />
      </Grid>
    </Grid>
  );
};
