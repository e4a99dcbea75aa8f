/** Service accounts: created here, then listed and edited as users (kind SERVICE_ACCOUNT). */
import { CREATE_SERVICE_ACCOUNT } from '../../serviceAccounts/serviceAccounts.graphql';
import { entityOf } from '../graphqlClient';
import { filled, type Json, type ResourceHandler } from './common';

export const serviceAccounts: ResourceHandler = {
  documents: { create: CREATE_SERVICE_ACCOUNT },
  async create(client, params) {
    const input = filled(params.data as Json, ['email', 'name', 'organisationId', 'roles']);
    const data = await client.request(CREATE_SERVICE_ACCOUNT, { input });
    const account = entityOf(data.createServiceAccount.serviceAccount, 'createServiceAccount');
    return { data: { ...account, organisationId: account.organisation?.id ?? null } };
  },
};
