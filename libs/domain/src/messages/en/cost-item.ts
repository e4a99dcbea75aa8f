/** English messages of the costItem module (see ../types.ts for the conventions). */
export const costItemEn = {
  /**
   * A cost item names whose budget pays it without being paid from an own budget (`scheme` is the
   * item's funding scheme's code, or "none").
   */
  PAYER_NEEDS_OWN_BUDGET: (p: { scheme: string }) =>
    `must be empty unless fundingScheme is OWN_BUDGET (got ${p.scheme}): only an own budget belongs to an organisation`,
  /** createCostItem with an externalId another item of the initiative has: importCostItems updates it. */
  COST_ITEM_EXTERNAL_ID_TAKEN: (p: { externalId: string; id: string }) =>
    `externalId "${p.externalId}" belongs to cost item ${p.id} of this initiative already; send it with importCostItems to update it`,
};
