import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger, formatNok, formatPercent } from '../../format';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Kpi } from './Kpi';

/** The key figures, each linking to the initiatives it counts. */
export const KpiCards = ({ data, link }: { data: PortfolioSummary; link: string }) => {
  const translate = useTranslate();
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
          to={link}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-realised-benefit"
          label={translate('gevinst.portfolio.kpi.realised_benefit')}
          value={formatNok(data.realisedBenefitNok)}
          to={link}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
        <Kpi
          testId="kpi-realisation"
          label={translate('gevinst.portfolio.kpi.realisation')}
          value={data.realisationPercent === null ? '–' : formatPercent(data.realisationPercent)}
          detail={translate('gevinst.portfolio.kpi.realisation_detail')}
          to={link}
        />
      </Grid>
    </Grid>
  );
};
