/**
 * The per-organisation view (read only): one page of organisationPositions; each row's id is its
 * organisation's id or its scheme; the sums of every matching row and the period come as the list's meta.
 */
import { ORGANISATION_POSITIONS } from '../../organisationPositions/organisationPositions.graphql';
import { toApiFilter, type PositionListFilter } from '../../organisationPositions/positionFilters';
import { apiSort, page, type ResourceHandler } from './common';

export const ORGANISATION_POSITION_SORT_FIELDS = {
  name: 'NAME',
  allocatedCostNok: 'ALLOCATED',
  ownBudgetCostNok: 'OWN_BUDGET',
  grantNok: 'GRANT',
  paidNok: 'PAID',
  plannedBenefitNok: 'PLANNED_BENEFIT',
  realisedBenefitNok: 'REALISED_BENEFIT',
  plannedNetNok: 'PLANNED_NET',
  realisedNetNok: 'REALISED_NET',
};

export const organisationPositions: ResourceHandler = {
  documents: { list: ORGANISATION_POSITIONS },
  async getList(client, params) {
    const data = await client.request(
      ORGANISATION_POSITIONS,
      {
        filter: toApiFilter((params.filter ?? {}) as PositionListFilter),
        sort: apiSort(params.sort, ORGANISATION_POSITION_SORT_FIELDS),
        ...page(params.pagination),
      },
      { signal: params.signal },
    );
    if (!data.organisationPositions) throw new Error('organisationPositions: no answer');
    const { nodes, totalCount, ...meta } = data.organisationPositions;
    return {
      data: nodes.map((row) => ({
        ...row,
        id: row.organisationId ?? `scheme-${row.scheme}`,
        name: row.organisation?.name ?? null,
      })),
      total: totalCount,
      meta,
    };
  },
};
