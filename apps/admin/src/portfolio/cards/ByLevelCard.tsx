import { useTranslate } from 'react-admin';
import { enumLabelKey } from '../../enums';
import { initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Breakdown } from './Breakdown';
import { Section } from './Section';

/** The portfolio by the owner's administrative level; a bar opens the initiatives whose owner is at it. */
export const ByLevelCard = ({ data, filter }: { data: PortfolioSummary; filter: DashboardFilter }) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-level" title={translate('gevinst.portfolio.by_level')}>
      <Breakdown
        testId="portfolio-by-level"
        title={translate('gevinst.portfolio.by_level')}
        rows={data.byAdministrativeLevel}
        nameOf={(row) => translate(enumLabelKey('AdministrativeLevel', row.level))}
        linkOf={(row) => initiativesLink(filter, { ownerAdministrativeLevel: row.level })}
      />
    </Section>
  );
};
