import {
  type BenefitStatus,
  type MeasurementFrequency,
  type ReportingBenefit,
  type StatusReportDue,
  StatusReportState,
  statusReportDue,
} from '@gevinst/domain';
import type { EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** A benefit as the status-report rules see it, with the periods it has reports for. */
export interface BenefitReporting {
  benefitId: string;
  initiativeId: string;
  benefit: ReportingBenefit;
  /** The start dates of the periods that have a report. */
  reportedPeriodStarts: string[];
}

/**
 * Where each benefit stands with its status reports (libs/domain statusReportDue) — one read shared by the
 * status-report feature (a benefit's due report, the deadlines on the first page) and the initiatives list's
 * overdue filter (initiative/). It reads benefits, their last target and the start dates of their reports
 * but imports no feature, so it sits here below both (as ragByInitiative does).
 *
 * Only benefits of initiatives that are not CLOSED are read: a closed initiative owes no report.
 * `initiativeIds` and `benefitIds` each narrow the read when not null (both null: every benefit).
 */
export async function loadBenefitReporting(
  runner: Runner,
  initiativeIds: readonly string[] | null,
  benefitIds: readonly string[] | null = null,
): Promise<BenefitReporting[]> {
  const rows = await runner.query<
    {
      id: string;
      initiative_id: string;
      measurement_frequency: MeasurementFrequency;
      status: BenefitStatus;
      reporting_from: string;
      last_target: string | null;
      reported: string[];
    }[]
  >(
    `SELECT b.id, b.initiative_id, b.measurement_frequency, b.status,
            coalesce(b.effect_start, b.baseline_date)::text AS reporting_from,
            (SELECT max(t.target_date)::text FROM benefit_targets t WHERE t.benefit_id = b.id) AS last_target,
            coalesce((SELECT json_agg(r.period_start::text) FROM benefit_status_reports r WHERE r.benefit_id = b.id),
                     '[]'::json) AS reported
     FROM benefits b JOIN initiatives i ON i.id = b.initiative_id
     WHERE ($1::uuid[] IS NULL OR b.initiative_id IN (SELECT unnest($1::uuid[]))) AND i.phase <> 'CLOSED'
       AND ($2::uuid[] IS NULL OR b.id IN (SELECT unnest($2::uuid[])))
     ORDER BY b.initiative_id, b.created_at, b.id`,
    [initiativeIds, benefitIds],
  );
  return rows.map((row) => ({
    benefitId: row.id,
    initiativeId: row.initiative_id,
    benefit: {
      frequency: row.measurement_frequency,
      status: row.status,
      reportingFrom: row.reporting_from,
      lastTargetDate: row.last_target,
    },
    reportedPeriodStarts: row.reported,
  }));
}

/** Each benefit's due report on `asOf`, by benefit id (benefits of closed initiatives are absent). */
export async function dueByBenefit(
  runner: Runner,
  initiativeIds: readonly string[] | null,
  asOf: string,
  benefitIds: readonly string[] | null = null,
): Promise<Map<string, StatusReportDue & { initiativeId: string }>> {
  const rows = await loadBenefitReporting(runner, initiativeIds, benefitIds);
  return new Map(
    rows.map((row) => [
      row.benefitId,
      { ...statusReportDue(row.benefit, row.reportedPeriodStarts, asOf), initiativeId: row.initiativeId },
    ]),
  );
}

/** How many of each initiative's benefits have an OVERDUE status report on `asOf` (absent: none). */
export async function overdueByInitiative(
  runner: Runner,
  initiativeIds: readonly string[],
  asOf: string,
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const due of (await dueByBenefit(runner, initiativeIds, asOf)).values())
    if (due.state === StatusReportState.OVERDUE)
      result.set(due.initiativeId, (result.get(due.initiativeId) ?? 0) + 1);
  return result;
}
