/**
 * English messages of the benefitPlan module: the binding benefits plan's versions
 * (apps/api/src/benefit-plan). See ../types.ts for the conventions. `code` is the initiative's code.
 */
export const benefitPlanEn = {
  /** Approving or rejecting a proposed plan version: libs/domain canAdministerSchemes. */
  BENEFIT_PLAN_DECIDE_ACCESS: () =>
    "Only the funding schemes' secretariat (scheme administrators) and administrators approve or reject benefits plans",
  /** A proposal while another one waits for its decision. */
  BENEFIT_PLAN_PROPOSAL_PENDING: (p: { code: string; version: number }) =>
    `${p.code} has a benefits plan version waiting for a decision already (version ${p.version}); it must be approved or rejected first`,
  /** Approving or rejecting a version that is not (any longer) proposed. */
  BENEFIT_PLAN_NOT_PROPOSED: (p: { version: number; status: string }) =>
    `Benefits plan version ${p.version} is ${p.status}, not PROPOSED: only a proposed version is approved or rejected`,
  /** Nothing to freeze. */
  BENEFIT_PLAN_NO_BENEFITS: (p: { code: string }) =>
    `${p.code} has no benefits: a benefits plan freezes at least one`,
  /** A proposal identical to the version in force. */
  BENEFIT_PLAN_UNCHANGED: (p: { code: string; version: number }) =>
    `The benefits of ${p.code} are as in the approved plan version ${p.version}: there is nothing to approve`,
};
