/** An initiative's cost items, paged with the sums of every matching item in `meta`. */
import type { RaRecord } from 'react-admin';
import type { CostItemFieldsFragment } from '../../api/graphql';
import {
  COST_ITEM_LIST,
  CREATE_COST_ITEM,
  DELETE_COST_ITEM,
  UPDATE_COST_ITEM,
  type CostItemListMeta,
} from '../../initiatives/costItems.graphql';
import { apiSort, badTarget, changes, filled, page, pick, type Json, type ResourceHandler } from './common';

export const COST_ITEM_SORT_FIELDS = {
  year: 'YEAR',
  category: 'CATEGORY',
  description: 'DESCRIPTION',
  plannedAmount: 'PLANNED_AMOUNT',
  actualAmount: 'ACTUAL_AMOUNT',
};

const toCostItem = (
  item: CostItemFieldsFragment & { initiative?: { id: string } | null },
  initiativeId?: string,
): RaRecord => ({
  ...item,
  initiativeId: initiativeId ?? item.initiative?.id,
  costSharingKeyId: item.costSharingKey?.id ?? null,
  payingOrganisationId: item.payingOrganisation?.id ?? null,
});

const COST_ITEM_INPUT_FIELDS = [
  'year',
  'category',
  'description',
  'plannedAmount',
  'actualAmount',
  'costSharingKeyId',
  'fundingScheme',
  'payingOrganisationId',
] as const;

export const costItems: ResourceHandler = {
  documents: {
    list: COST_ITEM_LIST,
    create: CREATE_COST_ITEM,
    update: UPDATE_COST_ITEM,
    delete: DELETE_COST_ITEM,
  },
  async getManyReference(client, params) {
    if (params.target !== 'initiativeId') throw badTarget('costItems', params.target);
    const filter = pick(
      { ...(params.filter as Json), initiativeId: String(params.id) },
      ['initiativeId', 'year', 'category', 'search'],
      ['category'],
    );
    if (typeof filter.year === 'string') filter.year = Number(filter.year);
    const data = await client.request(
      COST_ITEM_LIST,
      { filter, sort: apiSort(params.sort, COST_ITEM_SORT_FIELDS), ...page(params.pagination) },
      { signal: params.signal },
    );
    const { nodes, totalCount, totalPlannedAmount, totalActualAmount } = data.costItems;
    const meta: CostItemListMeta = { totalPlannedAmount, totalActualAmount };
    return { data: nodes.map((node) => toCostItem(node, String(params.id))), total: totalCount, meta };
  },
  async create(client, params) {
    const source = params.data as Json;
    const input: Json = { initiativeId: source.initiativeId, ...filled(source, COST_ITEM_INPUT_FIELDS) };
    if (typeof input.year === 'string') input.year = Number(input.year);
    const data = await client.request(CREATE_COST_ITEM, { input });
    return { data: toCostItem(data.createCostItem, String(source.initiativeId)) };
  },
  async update(client, params) {
    const input = changes(params, COST_ITEM_INPUT_FIELDS);
    if (typeof input.year === 'string') input.year = Number(input.year);
    const data = await client.request(UPDATE_COST_ITEM, { input });
    const previous = params.previousData as Json | undefined;
    return { data: toCostItem(data.updateCostItem, previous?.initiativeId as string | undefined) };
  },
  async delete(client, params) {
    const previous = params.previousData as Json | undefined;
    await client.request(DELETE_COST_ITEM, { id: String(params.id), version: previous?.version });
    const deleted: RaRecord = previous ? (previous as RaRecord) : { id: String(params.id) };
    return { data: deleted };
  },
};
