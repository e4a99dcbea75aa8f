/**
 * English messages of the statusReport module: benefit owners' periodic status reports and initiative
 * owners' period statuses (issue 16; libs/domain status-report.ts, apps/api/src/status-report). A `title`
 * is a benefit's title as stored (quoted "…"); a `period` is the period's first and last day.
 */
export const statusReportEn = {
  /** Who may write a benefit's status report: as who may record its measurements (canRecordMeasurement). */
  STATUS_REPORT_ACCESS: (p: { title: string }) =>
    `Only users of the initiative's owner organisation or of the organisation receiving "${p.title}" (or administrators) write its status reports`,
  /** Who may write an initiative's period status: as who may edit the initiative (canEditInitiative). */
  INITIATIVE_STATUS_ACCESS: (p: { code: string }) =>
    `Only initiative owners of the organisation that owns ${p.code} (or administrators) write its period status`,
  /** A new report for a period that has one: `version` is the current report's. */
  STATUS_REPORT_EXISTS: (p: { start: string; end: string; version: number }) =>
    `there is a report for the period ${p.start} to ${p.end} already (version ${p.version}); send that version to replace it`,
  /** A replacement (a version sent) of a report that does not exist. */
  STATUS_REPORT_NOT_FOUND: (p: { start: string; end: string }) =>
    `there is no report for the period ${p.start} to ${p.end} to replace; leave out the version to write one`,
  /** The period has not begun on `today`. */
  STATUS_REPORT_FUTURE_PERIOD: (p: { start: string; today: string }) =>
    `the period begins on ${p.start}, after today (${p.today}); a report is written during or after its period`,
  /** A ONCE benefit without a target has no reporting period. */
  STATUS_REPORT_NO_PERIOD: () =>
    'the benefit is measured once and has no target, so it has no reporting period; give it a target first',
  /** Cause, corrective action and responsible are required when the report states a deviation. */
  STATUS_REPORT_DEVIATION_NEEDS: () =>
    'must be filled in when your assessment is amber or red or the next target is at risk or will not be met',
  /** NOT_MET needs the value expected instead of the target. */
  STATUS_REPORT_FORECAST_VALUE: () =>
    'give the value you now expect at the next target when it will not be met',
  /** MET takes no revised value. */
  STATUS_REPORT_FORECAST_VALUE_MET: () => 'leave out the revised value when the next target will be met',
};
