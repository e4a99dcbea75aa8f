import { canEditInitiative, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { forbidden } from '../common/errors.js';

/** Owners of the owner organisation and administrators edit an initiative; others get FORBIDDEN. */
export function assertCanEditInitiative(actor: Actor, initiative: { ownerId: string; code: string }): void {
  if (!canEditInitiative(actor, initiative))
    throw forbidden(msg('INITIATIVE_EDIT_ACCESS', { code: initiative.code }));
}
