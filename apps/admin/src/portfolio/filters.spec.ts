import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AdministrativeLevel, InitiativePhase, LifeEvent } from '@gevinst/domain';
import {
  type DashboardFilter,
  dashboardLink,
  filterFromSearch,
  initiativesLink,
  searchOfFilter,
  withFilter,
} from './filters';

const KDD = '2b7e1c5e-3f4a-4d8b-9c1e-5a6b7c8d9e0f';

/** The list address's parts: its filter as an object, and the other parameters. */
function listParams(link: string) {
  const [path, query] = link.split('?');
  const params = new URLSearchParams(query);
  return {
    path,
    filter: JSON.parse(params.get('filter') ?? '{}'),
    sort: params.get('sort'),
    order: params.get('order'),
  };
}

describe('the dashboard filter in the address', () => {
  it('reads every key, years as numbers', () => {
    expect(
      filterFromSearch(
        `?ministryId=${KDD}&lifeEvent=HAVING_CHILDREN&administrativeLevel=LOCAL&phase=EXECUTION&fromYear=2024&toYear=2026`,
      ),
    ).toEqual({
      filter: {
        ministryId: KDD,
        lifeEvent: 'HAVING_CHILDREN',
        administrativeLevel: 'LOCAL',
        phase: 'EXECUTION',
        fromYear: 2024,
        toYear: 2026,
      },
      ignored: [],
    });
  });

  it('writes the keys in one order, leaving out the empty ones', () => {
    expect(searchOfFilter({ toYear: 2026, lifeEvent: 'NEW_IN_NORWAY', phase: '' })).toBe(
      'lifeEvent=NEW_IN_NORWAY&toYear=2026',
    );
    expect(searchOfFilter({})).toBe('');
  });

  it('ignores, and reports, values it does not know; other keys of the address are not its business', () => {
    expect(
      filterFromSearch('lifeEvent=BIRTHDAY&fromYear=24&toYear=2026&ministryId=42&phase=CLOSED&tab=2'),
    ).toEqual({
      filter: { phase: 'CLOSED', toYear: 2026 },
      ignored: ['ministryId', 'lifeEvent', 'fromYear'],
    });
    // A year outside 1990–2200 (LIMITS.year) is not a year the API takes.
    expect(filterFromSearch('fromYear=1989').ignored).toEqual(['fromYear']);
  });

  it('ignores a «to» year before the «from» year', () => {
    expect(filterFromSearch('fromYear=2026&toYear=2024')).toEqual({
      filter: { fromYear: 2026 },
      ignored: ['toYear'],
    });
  });

  it('replaces only its own keys in an address', () => {
    expect(withFilter('lifeEvent=NEW_IN_NORWAY&x=1', { phase: 'PLANNING' }).toString()).toBe(
      'x=1&phase=PLANNING',
    );
  });

  it('round-trips every valid filter (property)', () => {
    const filters = fc.record(
      {
        ministryId: fc.uuid(),
        lifeEvent: fc.constantFrom(...Object.values(LifeEvent)),
        administrativeLevel: fc.constantFrom(...Object.values(AdministrativeLevel)),
        phase: fc.constantFrom(...Object.values(InitiativePhase)),
        fromYear: fc.integer({ min: 1990, max: 2100 }),
        toYear: fc.integer({ min: 2100, max: 2200 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (filter: DashboardFilter) => {
        expect(filterFromSearch(searchOfFilter(filter))).toEqual({ filter, ignored: [] });
      }),
    );
  });

  it('links the dashboard to itself with the filter (a year point narrows it to the year)', () => {
    expect(dashboardLink({ lifeEvent: 'NEW_IN_NORWAY', fromYear: 2025, toYear: 2025 })).toBe(
      '/portfolio?lifeEvent=NEW_IN_NORWAY&fromYear=2025&toYear=2025',
    );
    expect(dashboardLink({})).toBe('/portfolio');
  });
});

describe('drill-down links to the initiatives list', () => {
  const filter: DashboardFilter = {
    ministryId: KDD,
    lifeEvent: 'HAVING_CHILDREN',
    phase: 'EXECUTION',
    fromYear: 2024,
  };

  it('a life-event bar: that life event and the dashboard’s other filters (years do not narrow initiatives)', () => {
    expect(listParams(initiativesLink(filter, { lifeEvent: 'NEW_IN_NORWAY' }))).toEqual({
      path: '/initiatives',
      filter: { ministryId: KDD, lifeEvent: 'NEW_IN_NORWAY', phase: 'EXECUTION' },
      sort: null,
      order: null,
    });
  });

  it('«Uten livshendelse»: only initiatives without a life event, the dashboard’s life event dropped', () => {
    expect(listParams(initiativesLink(filter, { withoutLifeEvent: true })).filter).toEqual({
      ministryId: KDD,
      phase: 'EXECUTION',
      withoutLifeEvent: true,
    });
  });

  it('a level bar: the owner’s level; a RAG slice: that status; a KPI: sorted by its figure', () => {
    expect(listParams(initiativesLink({}, { ownerAdministrativeLevel: 'LOCAL' })).filter).toEqual({
      ownerAdministrativeLevel: 'LOCAL',
    });
    expect(listParams(initiativesLink({}, { rag: 'RED' })).filter).toEqual({ rag: 'RED' });
    expect(
      listParams(initiativesLink({}, {}, { field: 'figures.realisationPercent', order: 'ASC' })),
    ).toMatchObject({ sort: 'figures.realisationPercent', order: 'ASC' });
  });
});
