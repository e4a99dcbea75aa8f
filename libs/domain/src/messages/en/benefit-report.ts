/**
 * English messages of the benefitReport module: a benefit owner's yearly report
 * (apps/api/src/benefit-report) and an initiative's benefits map of enablers and benefits
 * (apps/api/src/benefits-map). See ../types.ts for the conventions. A `title` is a benefit's or an
 * enabler's title as stored: the English quotes it "…", the Norwegian «…».
 */
export const benefitReportEn = {
  // ── Benefit owner reports ──────────────────────────────────────────────────────────────────────────
  /** Who may report: as who may record measurements (libs/domain canRecordMeasurement). */
  OWNER_REPORT_ACCESS: (p: { title: string }) =>
    `Only users of the initiative's owner organisation or of the organisation receiving "${p.title}" (or administrators) report on it`,
  /** A replacement (a version sent) of a report that does not exist. */
  OWNER_REPORT_NOT_FOUND: (p: { year: number; benefitId: string }) =>
    `Benefit owner report ${p.year} of benefit ${p.benefitId} was not found`,
  /** A new report for a year that has one: `version` is the current report's. */
  OWNER_REPORT_EXISTS: (p: { title: string; year: number; version: number }) =>
    `"${p.title}" has a report for ${p.year} already (version ${p.version}); send that version to replace it`,

  // ── Benefits maps ────────────────────────────────────────────────────────────────────────────────────
  MAP_SELF_DEPENDENCY: () => 'must differ from fromId: a node cannot depend on itself',
  MAP_NODE_MISSING: (p: { id: string }) => `no benefit or enabler has the id ${p.id}`,
  /** `title` is the node's that was named second (toId), `otherTitle` the first's. */
  MAP_OTHER_INITIATIVE: (p: { title: string; otherTitle: string }) =>
    `"${p.title}" belongs to another initiative than "${p.otherTitle}"`,
  /** The edge exists: `title` depends on `dependsOn` already. */
  MAP_EDGE_EXISTS: (p: { title: string; dependsOn: string }) =>
    `"${p.title}" depends on "${p.dependsOn}" already`,
  /** `path`: the titles along the cycle the new edge would close, the first again at the end. */
  MAP_CYCLE: (p: { path: readonly string[] }) =>
    `would create a cycle: ${p.path.map((title) => `"${title}"`).join(' → ')}; a benefits map has no cycles`,
};
