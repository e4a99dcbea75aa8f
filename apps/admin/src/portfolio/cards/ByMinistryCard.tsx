import { useTranslate } from 'react-admin';
import { initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Breakdown } from './Breakdown';
import { Section } from './Section';

/** The portfolio by responsible ministry; a bar opens the ministry's initiatives (the dashboard's filters). */
export const ByMinistryCard = ({ data, filter }: { data: PortfolioSummary; filter: DashboardFilter }) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-ministry" title={translate('gevinst.portfolio.by_ministry')}>
      <Breakdown
        testId="portfolio-by-ministry"
        title={translate('gevinst.portfolio.by_ministry')}
        rows={data.byMinistry}
        nameOf={(row) => row.ministry.name}
        linkOf={(row) => initiativesLink(filter, { ministryId: row.ministryId })}
      />
    </Section>
  );
};
