import { useTranslate } from 'react-admin';
import { enumLabelKey } from '../../enums';
import { initiativesLink, type DashboardFilter } from '../filters';
import type { PortfolioSummary } from '../portfolio.graphql';
import { Breakdown } from './Breakdown';
import { Section } from './Section';

/**
 * The portfolio by life event; a bar opens the initiatives with that life event (and the dashboard's other
 * filters), «Uten livshendelse» only those without one.
 */
export const ByLifeEventCard = ({ data, filter }: { data: PortfolioSummary; filter: DashboardFilter }) => {
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
        linkOf={(row) =>
          initiativesLink(filter, row.lifeEvent ? { lifeEvent: row.lifeEvent } : { withoutLifeEvent: true })
        }
      />
    </Section>
  );
};
