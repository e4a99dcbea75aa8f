import { useTranslate } from 'react-admin';
import { enumLabelKey } from '../../enums';
import { initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Breakdown } from './Breakdown';
import { Section } from './Section';

/** The portfolio by life event; choosing one narrows the dashboard to it. */
export const ByLifeEventCard = ({
  data,
  filter,
  update,
}: {
  data: PortfolioSummary;
  filter: DashboardFilter;
  update: (changes: Partial<DashboardFilter>) => void;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-life-event" title={translate('gevinst.portfolio.by_life_event')}>
      <Breakdown
        testId="portfolio-by-life-event"
        title={translate('gevinst.portfolio.by_life_event')}
        rows={data.byLifeEvent}
        nameOf={(row) =>
          row.lifeEvent
            ? translate(enumLabelKey('LifeEvent', row.lifeEvent))
            : translate('gevinst.portfolio.no_life_event')
        }
        linkOf={(row) => initiativesLink(filter, row.lifeEvent ? { lifeEvent: row.lifeEvent } : {})}
        onSelect={(row) => row.lifeEvent && update({ lifeEvent: row.lifeEvent })}
      />
    </Section>
  );
};
