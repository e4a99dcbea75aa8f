/**
 * Status reports (issue 16): the benefit owner's periodic report on a benefit (the owner's RAG judgement,
 * the cause of a deviation, the corrective action, who is responsible, the next review, the forecast for
 * the next target) and the initiative owner's period status on top. This module holds the pure rules:
 * reporting periods by the benefit's measurement frequency, due dates, overdue, and what a report must say.
 * Definitions and sources: docs/status-reports.md.
 *
 * Dates are ISO "YYYY-MM-DD" strings (the Norwegian calendar date, as the API's LocalDate); string order is
 * date order.
 */
import { BenefitStatus, MeasurementFrequency, RagStatus } from './benefit';
import { type Message, msg } from './messages';

/** Whether the benefit will reach its next target, in the owner's judgement. */
export enum TargetForecast {
  /** The next target will be met. */
  MET = 'MET',
  /** The next target may be missed: the owner gives the value expected instead, if known. */
  AT_RISK = 'AT_RISK',
  /** The next target will be missed: the owner gives the value expected instead. */
  NOT_MET = 'NOT_MET',
}

/** Where a benefit stands with its status reports on a date (statusReportDue). */
export enum StatusReportState {
  /** No report is owed: the benefit is not being realised (identified, realised, not realised, cancelled). */
  NOT_REQUIRED = 'NOT_REQUIRED',
  /** The latest period that has ended is reported (or none has ended yet). */
  UP_TO_DATE = 'UP_TO_DATE',
  /** The latest period that has ended is not reported, and its due date has not passed. */
  DUE = 'DUE',
  /** The latest period whose due date has passed is not reported. */
  OVERDUE = 'OVERDUE',
}

/** The limits of a status report's texts (the API's validation and the admin forms' maxLength). */
export const STATUS_REPORT_LIMITS = {
  /** The cause of a deviation, the corrective action, the summary, the risks, the decisions needed. */
  text: 5000,
  /** The person responsible for the action. */
  responsible: 200,
} as const;

/** A reporting period: its first and last day, both included. */
export interface ReportingPeriod {
  start: string;
  end: string;
}

/** A benefit as the reporting rules see it. */
export interface ReportingBenefit {
  frequency: MeasurementFrequency;
  status: BenefitStatus;
  /** The first day reports cover: the benefit's effect start, else its baseline date. */
  reportingFrom: string;
  /** The date of the benefit's last target (ONCE: the one period ends there); null when it has none. */
  lastTargetDate: string | null;
}

/** The benefit statuses under which the owner reports: planned or being realised. */
const REPORTING_STATUSES: readonly BenefitStatus[] = [BenefitStatus.PLANNED, BenefitStatus.IN_REALISATION];

/** How many months a calendar period of each frequency spans (ONCE has one period of its own). */
const MONTHS: Record<Exclude<MeasurementFrequency, MeasurementFrequency.ONCE>, number> = {
  [MeasurementFrequency.MONTHLY]: 1,
  [MeasurementFrequency.QUARTERLY]: 3,
  [MeasurementFrequency.HALF_YEARLY]: 6,
  [MeasurementFrequency.YEARLY]: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO date of year, month (1–12, may overflow into the next years) and day. */
function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The last day of the month `month` (1–12, may overflow) of `year`. */
function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month + 1, 0);
}

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** Whether a string is a real calendar date "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month } = parts(value);
  return isoDate(year, month, Number(value.slice(8, 10))) === value;
}

/**
 * The calendar period of a frequency that contains `date`: the month, the quarter (January–March, …), the
 * half-year (January–June, July–December) or the year. ONCE has no calendar period (onceReportingPeriod).
 */
export function calendarPeriodOf(
  frequency: Exclude<MeasurementFrequency, MeasurementFrequency.ONCE>,
  date: string,
): ReportingPeriod {
  const months = MONTHS[frequency];
  const { year, month } = parts(date);
  const first = Math.floor((month - 1) / months) * months + 1;
  return { start: isoDate(year, first, 1), end: lastDayOfMonth(year, first + months - 1) };
}

/** The period of the same frequency right before `period` (the previous month, quarter, half-year, year). */
function previousPeriod(
  frequency: Exclude<MeasurementFrequency, MeasurementFrequency.ONCE>,
  period: ReportingPeriod,
): ReportingPeriod {
  return calendarPeriodOf(frequency, isoDate(Number(period.start.slice(0, 4)), parts(period.start).month, 0));
}

/**
 * A ONCE benefit's one reporting period: from its reporting start to its last target (the one measurement);
 * null when it has no target (then no report can be owed).
 */
export function onceReportingPeriod(benefit: ReportingBenefit): ReportingPeriod | null {
  if (benefit.lastTargetDate === null) return null;
  const start =
    benefit.reportingFrom < benefit.lastTargetDate ? benefit.reportingFrom : benefit.lastTargetDate;
  return { start, end: benefit.lastTargetDate };
}

/** The benefit's reporting period that contains `date` (ONCE: its one period, whatever the date). */
export function reportingPeriodOf(benefit: ReportingBenefit, date: string): ReportingPeriod | null {
  if (benefit.frequency === MeasurementFrequency.ONCE) return onceReportingPeriod(benefit);
  return calendarPeriodOf(benefit.frequency, date);
}

/**
 * The due date of a period's report: the last day of the month after the month the period ends in (one
 * month's grace to measure and write; docs/status-reports.md). A report is late from the day after.
 */
export function statusReportDueDate(period: ReportingPeriod): string {
  const { year, month } = parts(period.end);
  return lastDayOfMonth(year, month + 1);
}

/** The latest of the benefit's periods that has ended before `asOf` and covers reporting time; else null. */
function latestEndedPeriod(benefit: ReportingBenefit, asOf: string, dueBy: boolean): ReportingPeriod | null {
  const passed = (period: ReportingPeriod) => (dueBy ? statusReportDueDate(period) : period.end) < asOf;
  if (benefit.frequency === MeasurementFrequency.ONCE) {
    const once = onceReportingPeriod(benefit);
    return once && passed(once) ? once : null;
  }
  const frequency = benefit.frequency;
  let period = calendarPeriodOf(frequency, asOf);
  // At most two steps back: the current period has not ended, and a due date is one month after the end.
  while (!passed(period)) period = previousPeriod(frequency, period);
  return period.end >= benefit.reportingFrom ? period : null;
}

/** Where a benefit stands with its reports on a date: the state, the period it concerns and its due date. */
export interface StatusReportDue {
  state: StatusReportState;
  /** OVERDUE/DUE: the period not reported; UP_TO_DATE: the next period to report; else null. */
  period: ReportingPeriod | null;
  /** The due date of `period`'s report; null with it. */
  dueDate: string | null;
}

/**
 * Where a benefit stands with its status reports on `asOf`, given the start dates of the periods it has
 * reports for:
 * - NOT_REQUIRED when the benefit is not planned or being realised, or (ONCE) has no target;
 * - OVERDUE when the latest period whose due date is before `asOf` (and that ends on or after the
 *   reporting start) has no report;
 * - DUE when not overdue but the latest period that has ended has no report (its due date not yet passed);
 * - UP_TO_DATE otherwise, naming the next period to report (the one running on `asOf`; ONCE: its period,
 *   or null once it is reported).
 */
export function statusReportDue(
  benefit: ReportingBenefit,
  reportedPeriodStarts: Iterable<string>,
  asOf: string,
): StatusReportDue {
  const none = { state: StatusReportState.NOT_REQUIRED, period: null, dueDate: null };
  if (!REPORTING_STATUSES.includes(benefit.status)) return none;
  if (benefit.frequency === MeasurementFrequency.ONCE && benefit.lastTargetDate === null) return none;
  const reported = new Set(reportedPeriodStarts);
  const result = (state: StatusReportState, period: ReportingPeriod | null): StatusReportDue => ({
    state,
    period,
    dueDate: period ? statusReportDueDate(period) : null,
  });
  const lastDue = latestEndedPeriod(benefit, asOf, true);
  if (lastDue && !reported.has(lastDue.start)) return result(StatusReportState.OVERDUE, lastDue);
  const lastEnded = latestEndedPeriod(benefit, asOf, false);
  if (lastEnded && !reported.has(lastEnded.start)) return result(StatusReportState.DUE, lastEnded);
  const current = reportingPeriodOf(benefit, asOf);
  return result(StatusReportState.UP_TO_DATE, current && !reported.has(current.start) ? current : null);
}

/** The fields of a benefit status report that the rules check. */
export interface BenefitStatusReportContent {
  ownerRag: RagStatus;
  cause: string;
  correctiveAction: string;
  responsible: string;
  forecast: TargetForecast;
  /** The value the owner now expects at the next target, in the indicator's unit; null: not given. */
  forecastValue: string | null;
}

/**
 * What is missing or wrong in a benefit status report, field by field: a deviation (the owner's RAG amber
 * or red, or a forecast that the next target is at risk or not met) needs its cause, a corrective action
 * and who is responsible; NOT_MET needs the value expected instead; texts are within their limits.
 */
export function benefitStatusReportProblems(
  report: BenefitStatusReportContent,
): { field: string; message: Message }[] {
  const problems: { field: string; message: Message }[] = [];
  const deviation = report.ownerRag !== RagStatus.GREEN || report.forecast !== TargetForecast.MET;
  for (const field of ['cause', 'correctiveAction', 'responsible'] as const) {
    const value = report[field].trim();
    const max = field === 'responsible' ? STATUS_REPORT_LIMITS.responsible : STATUS_REPORT_LIMITS.text;
    if (deviation && value === '') problems.push({ field, message: msg('STATUS_REPORT_DEVIATION_NEEDS') });
    else if (value.length > max) problems.push({ field, message: msg('TOO_LONG', { max }) });
  }
  if (report.forecast === TargetForecast.NOT_MET && report.forecastValue === null)
    problems.push({ field: 'forecastValue', message: msg('STATUS_REPORT_FORECAST_VALUE') });
  if (report.forecast === TargetForecast.MET && report.forecastValue !== null)
    problems.push({ field: 'forecastValue', message: msg('STATUS_REPORT_FORECAST_VALUE_MET') });
  return problems;
}

/** The period of an initiative's period status: the calendar quarter (docs/status-reports.md). */
export function initiativeStatusPeriodOf(date: string): ReportingPeriod {
  return calendarPeriodOf(MeasurementFrequency.QUARTERLY, date);
}
