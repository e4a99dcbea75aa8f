/** Benefits: the ids the forms edit and today's RAG status flattened onto the record. */
import type { GetListParams, GetListResult } from 'react-admin';
import type { BenefitFieldsFragment } from '../../api/graphql';
import {
  BENEFIT_FIELDS,
  BENEFIT_LIST,
  BENEFIT_ONE,
  CREATE_BENEFIT,
  UPDATE_BENEFIT,
  type Benefit,
} from '../../benefits/benefits.graphql';
import type { GraphQLClient } from '../graphqlClient';
import {
  apiSort,
  changes,
  filled,
  isEmpty,
  manyByAliases,
  notFound,
  page,
  pick,
  type Json,
  type ResourceHandler,
} from './common';

export const BENEFIT_SORT_FIELDS = {
  'initiative.code': 'INITIATIVE',
  title: 'TITLE',
  category: 'CATEGORY',
  status: 'STATUS',
  'baseline.date': 'BASELINE_DATE',
  updatedAt: 'UPDATED_AT',
};

export const BENEFIT_MANY = {
  typeName: 'Benefit',
  field: 'benefit',
  fragmentName: 'BenefitFields',
  fragment: BENEFIT_FIELDS,
};

const toBenefit = (
  benefit: BenefitFieldsFragment & Partial<Pick<Benefit, 'measurements' | 'risks'>>,
): Benefit => ({
  ...benefit,
  initiativeId: benefit.initiative.id,
  initiativeOwnerId: benefit.initiative.owner.id,
  receivingOrganisationId: benefit.receivingOrganisation?.id ?? null,
  rag: benefit.realisation?.rag ?? null,
});

const BENEFIT_INPUT_FIELDS = [
  'title',
  'description',
  'category',
  'status',
  'isDisBenefit',
  'indicator',
  'baseline',
  'targets',
  'valuePerUnit',
  'effectStart',
  'owner',
  'receivingOrganisationId',
  'measurementFrequency',
  'measurementMethod',
] as const;

/** Nested inputs keep only the API's fields. */
function benefitInput(input: Json): Json {
  const result = { ...input };
  const indicator = result.indicator as Json | null | undefined;
  if (indicator)
    result.indicator = {
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      kind: indicator.kind ?? 'RATE',
    };
  if (result.effectStart === '') result.effectStart = null;
  const baseline = result.baseline as Json | null | undefined;
  if (baseline) result.baseline = { date: baseline.date, value: String(baseline.value) };
  if (Array.isArray(result.targets)) {
    result.targets = (result.targets as Json[])
      .filter((target) => target && !isEmpty(target.date) && !isEmpty(target.value))
      .map((target) => ({ date: target.date, value: String(target.value) }));
  }
  const owner = result.owner as Json | null | undefined;
  if (owner) {
    result.owner = {
      name: owner.name,
      ...(isEmpty(owner.role) ? {} : { role: owner.role }),
      ...(isEmpty(owner.userId) ? {} : { userId: owner.userId }),
    };
  }
  return result;
}

async function benefitList(client: GraphQLClient, params: GetListParams): Promise<GetListResult> {
  const filter = pick(
    params.filter as Json,
    ['initiativeId', 'initiativeIds', 'receivingOrganisationId', 'category', 'status', 'rag', 'search'],
    ['category', 'status', 'rag', 'initiativeIds'],
  );
  const data = await client.request(
    BENEFIT_LIST,
    { filter, sort: apiSort(params.sort, BENEFIT_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  return { data: data.benefits.nodes.map(toBenefit), total: data.benefits.totalCount };
}

export const benefits: ResourceHandler = {
  documents: { list: BENEFIT_LIST, one: BENEFIT_ONE, create: CREATE_BENEFIT, update: UPDATE_BENEFIT },
  getList: benefitList,
  getManyReference(client, params) {
    return benefitList(client, {
      ...params,
      filter: { ...(params.filter as Json), [params.target]: String(params.id) },
    });
  },
  async getOne(client, params) {
    const data = await client.request(BENEFIT_ONE, { id: String(params.id) }, { signal: params.signal });
    if (!data.benefit) throw notFound();
    return { data: toBenefit(data.benefit) };
  },
  getMany: (client, params) =>
    manyByAliases<BenefitFieldsFragment>(client, BENEFIT_MANY, params.ids, toBenefit),
  async create(client, params) {
    const source = params.data as Json;
    const input = benefitInput({
      initiativeId: source.initiativeId,
      ...filled(source, BENEFIT_INPUT_FIELDS),
    });
    const data = await client.request(CREATE_BENEFIT, { input });
    return { data: toBenefit(data.createBenefit) };
  },
  async update(client, params) {
    const data = await client.request(UPDATE_BENEFIT, {
      input: benefitInput(changes(params, BENEFIT_INPUT_FIELDS)),
    });
    return { data: toBenefit(data.updateBenefit) };
  },
};
