import type { Actor } from '../auth/actor.js';

/**
 * The binding benefits plan's freeze, as co-financing approval needs it: approving an application freezes
 * the initiative's benefits plan (a versioned snapshot of every benefit's baseline, targets, value per unit
 * and owners) and approves it. CoFinancingModule provides it as BenefitPlanService.approveCurrent
 * (apps/api/src/benefit-plan), which joins the approval's transaction: a failed freeze (e.g. an initiative
 * without benefits) undoes the approval. The token keeps this folder's service testable with a fake.
 */
export interface BenefitPlanFreezer {
  freezeForApproval(
    actor: Actor,
    request: { initiativeId: string; applicationId: string; note: string },
  ): Promise<unknown>;
}

/** The Nest provider token of the BenefitPlanFreezer. */
export const BENEFIT_PLAN_FREEZER = Symbol('BENEFIT_PLAN_FREEZER');
