/**
 * English messages of the key comparison (issue 15, "Agreeing a cost-sharing key"): comparing two to five
 * cost-sharing keys on an initiative's costs of a year (libs/cost-model compareKeys,
 * apps/api/src/key-comparison). `initiative` is an initiative's code ("DEMO-DIGIFIN-FIKS").
 */
export const keyComparisonEn = {
  KEY_COMPARISON_COUNT: (p: { min: number; max: number; got: number }) =>
    `compare ${p.min} to ${p.max} keys, existing and drafted together (got ${p.got})`,
  KEY_COMPARISON_REFERENCE: (p: { max: number; got: string }) =>
    `must be the position of one of the keys compared, from 0 to ${p.max} (got ${p.got})`,
  KEY_COMPARISON_LINES: (p: { key: number }) =>
    `the allocations of key ${p.key} do not name exactly the organisations compared`,
  KEY_NOT_OF_INITIATIVE: (p: { key: string; initiative: string }) =>
    `"${p.key}" is not a key of ${p.initiative}: compare keys owned by the initiative's owner or used by the initiative, or give a draft`,
  NO_COST_ITEMS_TO_COMPARE: (p: { initiative: string; year: number }) =>
    `${p.initiative} has no cost items in ${p.year}: nothing to compare`,
  KEY_COMPARISON_ACCESS: () =>
    'You may compare keys only for an initiative whose financial detail you may see, or in which your organisation pays',
};
