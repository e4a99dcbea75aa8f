/** An initiative's participants, paged with how many of them pay in `meta`. */
import { PARTICIPANT_LIST, type ParticipantListMeta } from '../../initiatives/participants.graphql';
import { apiSort, badTarget, page, pick, type Json, type ResourceHandler } from './common';

export const PARTICIPANT_SORT_FIELDS = {
  'organisation.name': 'ORGANISATION',
  role: 'ROLE',
  'organisation.administrativeLevel': 'ADMINISTRATIVE_LEVEL',
  'organisation.population': 'POPULATION',
};

export const participants: ResourceHandler = {
  documents: { list: PARTICIPANT_LIST },
  async getManyReference(client, params) {
    if (params.target !== 'initiativeId') throw badTarget('participants', params.target);
    const source = (params.filter as Json | undefined) ?? {};
    const filter = pick(source, ['search', 'role', 'administrativeLevel', 'pays'], ['role']);
    const data = await client.request(
      PARTICIPANT_LIST,
      {
        initiativeId: String(params.id),
        filter,
        sort: apiSort(params.sort, PARTICIPANT_SORT_FIELDS),
        ...page(params.pagination),
      },
      { signal: params.signal },
    );
    const { nodes, totalCount, payingCount } = data.participants;
    const meta: ParticipantListMeta = { payingCount };
    return { data: nodes, total: totalCount, meta };
  },
};
