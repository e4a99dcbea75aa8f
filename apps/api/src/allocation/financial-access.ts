import { canSeeInitiativeFinancials, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { forbidden } from '../common/errors.js';

/**
 * Reads that expose every participant's amounts of an initiative at once (previewAllocation,
 * allocationDrivers, allocationRuns, allocationRun, and a run's `inputs` and `createdByEmail` however it is
 * reached) go through this one check, the libs/domain rule canSeeInitiativeFinancials: administrators, users
 * of the owner organisation and portfolio reviewers of the responsible ministry. Anyone else — a
 * participant such as Bergen's finance officer, a READER of another organisation, a reviewer of another
 * ministry — gets FORBIDDEN; they see their own organisation's lines through `allocations` (scoped per line).
 */
export function assertCanSeeInitiativeFinancials(
  actor: Actor,
  initiative: { ownerId: string; ministryId: string },
): void {
  if (!canSeeInitiativeFinancials(actor, initiative)) throw forbidden(msg('INITIATIVE_FINANCIALS_ACCESS'));
}
