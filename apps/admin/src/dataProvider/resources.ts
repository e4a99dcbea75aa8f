/**
 * The resources whose API operations do not follow the organisations/initiatives pattern, each with its
 * own handler (./handlers/<resource>.ts); their GraphQL documents live with each resource, in
 * `<resource>.graphql.ts`. Every list is sorted and paged by the API: a handler's sort fields map a
 * column's source to the API's sort enum, and a column without one offers no sort.
 */
import { allocations } from './handlers/allocations';
import { apiTokens } from './handlers/apiTokens';
import { auditEvents } from './handlers/auditEvents';
import { BENEFIT_MANY, benefits } from './handlers/benefits';
import { manyDocument, type ResourceHandler } from './handlers/common';
import { costItems } from './handlers/costItems';
import { deprecatedUsage } from './handlers/deprecatedUsage';
import { KEY_MANY, costSharingKeys } from './handlers/costSharingKeys';
import { organisationPositions } from './handlers/organisationPositions';
import { participants } from './handlers/participants';
import { serviceAccounts } from './handlers/serviceAccounts';
import { USER_MANY, users } from './handlers/users';
import { webhookDeliveries, webhookSubscriptions } from './handlers/webhooks';

export { apiSort, stableJson, type ResourceHandler } from './handlers/common';

export const RESOURCE_HANDLERS: Record<string, ResourceHandler> = {
  participants,
  costSharingKeys,
  users,
  serviceAccounts,
  apiTokens,
  auditEvents,
  allocations,
  costItems,
  benefits,
  organisationPositions,
  webhookSubscriptions,
  webhookDeliveries,
  deprecatedUsage,
};

/** Every document of the handlers, for contract tests against the API's generated schema. */
export function handlerDocuments(): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const [resource, handler] of Object.entries(RESOURCE_HANDLERS)) {
    for (const [name, document] of Object.entries(handler.documents))
      documents[`${resource}.${name}`] = document;
  }
  for (const [resource, many] of Object.entries({
    costSharingKeys: KEY_MANY,
    users: USER_MANY,
    benefits: BENEFIT_MANY,
  })) {
    documents[`${resource}.many`] = manyDocument(
      many.typeName,
      many.field,
      `...${many.fragmentName}`,
      2,
      many.fragment,
    );
  }
  return documents;
}
