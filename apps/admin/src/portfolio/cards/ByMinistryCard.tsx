import { useTranslate } from 'react-admin';
import { initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Breakdown } from './Breakdown';
import { Section } from './Section';

/** The portfolio by responsible ministry; an administrator narrows the dashboard to one by choosing it. */
export const ByMinistryCard = ({
  data,
  filter,
  admin,
  update,
}: {
  data: PortfolioSummary;
  filter: DashboardFilter;
  admin: boolean;
  update: (changes: Partial<DashboardFilter>) => void;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-ministry" title={translate('gevinst.portfolio.by_ministry')}>
      <Breakdown
        testId="portfolio-by-ministry"
        title={translate('gevinst.portfolio.by_ministry')}
        rows={data.byMinistry}
        nameOf={(row) => row.ministry.name}
        linkOf={(row) => initiativesLink(filter, { ministryId: row.ministryId })}
        onSelect={admin ? (row) => update({ ministryId: row.ministryId }) : undefined}
      />
    </Section>
  );
};
