import type { Actor } from '../auth/actor.js';

/**
 * The binding benefits plan's freeze, as co-financing approval needs it. Approving an application must
 * freeze the initiative's benefits plan (a versioned snapshot of every benefit's baseline, targets, value
 * per unit and owners): BenefitPlanService (apps/api/src/benefit-plan, built in parallel for issue 15) does
 * that. This folder does not import it; the lead provides this token in CoFinancingModule, e.g.
 *
 *   { provide: BENEFIT_PLAN_FREEZER, inject: [BenefitPlanService],
 *     useFactory: (plans: BenefitPlanService) => ({ freezeForApproval: (actor, r) => plans.approveCurrent(actor, r.initiativeId, …) }) }
 *
 * and CoFinancingService.approve calls it in the approval's transaction (its one call site, marked
 * "BINDING BENEFITS PLAN"). Until it is provided, approval records the approval and the funding plan only
 * (the audit event's after.benefitPlanFrozen says false).
 */
export interface BenefitPlanFreezer {
  freezeForApproval(
    actor: Actor,
    request: { initiativeId: string; applicationId: string; note: string },
  ): Promise<unknown>;
}

/** The Nest provider token of the BenefitPlanFreezer. */
export const BENEFIT_PLAN_FREEZER = Symbol('BENEFIT_PLAN_FREEZER');
