import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { IndicatorValue } from '@gevinst/cost-model';
import type { RagStatus } from '@gevinst/domain';
import { BenefitRiskEntity } from '../benefit/benefit-risk.entity.js';
import { BenefitTargetEntity } from '../benefit/benefit-target.entity.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import {
  type BenefitPlan,
  loadBenefitPlans,
  loadYearEndMeasurements,
  ragByInitiative,
} from '../benefit/benefit-figures.js';
import { BenefitOwnerReportEntity } from '../benefit-report/benefit-owner-report.entity.js';
import { MeasurementEntity } from '../measurement/measurement.entity.js';
import { groupBy, loaderById, loaderOfMany } from './loader-factories.js';

/** An initiative's benefit plans and the latest measurement per benefit and year, as of a date. */
export interface InitiativeBenefitFigures {
  plans: BenefitPlan[];
  measurements: Map<string, IndicatorValue[]>;
}

/** Cost items of an initiative summed by year and category. */
export interface CostYearRow {
  year: number;
  category: string;
  /** NOK, two decimals */
  planned: string;
  /** NOK, two decimals; null when no item of the year and category has an actual amount */
  actual: string | null;
}

/**
 * Per-request batch loaders for benefits, measurements, reports and the figures of initiative economics
 * (one query per kind of field per request, however many parents). A member of `Loaders`.
 */
export class BenefitLoaders {
  constructor(private readonly db: DataSource) {}

  private readonly source = () => this.db;

  readonly benefit = loaderById(this.source, BenefitEntity);

  /** Benefits of each initiative, in the order they were created. */
  readonly benefitsOfInitiative = loaderOfMany(this.source, BenefitEntity, 'initiativeId', {
    createdAt: 'ASC',
    id: 'ASC',
  });

  /** Targets of each benefit, by date. */
  readonly targetsOfBenefit = loaderOfMany(this.source, BenefitTargetEntity, 'benefitId', { date: 'ASC' });

  readonly risksOfBenefit = loaderOfMany(this.source, BenefitRiskEntity, 'benefitId', { position: 'ASC' });

  /** Every version of every measurement of each benefit, by date and revision. */
  readonly measurementsOfBenefit = loaderOfMany(this.source, MeasurementEntity, 'benefitId', {
    date: 'ASC',
    revision: 'ASC',
  });

  /** Benefit owner reports of each benefit, newest year first. */
  readonly ownerReportsOfBenefit = loaderOfMany(this.source, BenefitOwnerReportEntity, 'benefitId', {
    year: 'DESC',
  });

  /** Benefit plans and yearly latest measurements of each initiative, keyed "initiativeId|asOf". */
  readonly benefitFiguresOfInitiative = new DataLoader<string, InitiativeBenefitFigures>(async (keys) => {
    const byAsOf = groupBy([...keys], (key) => key.slice(key.indexOf('|') + 1));
    const results = new Map<string, InitiativeBenefitFigures>();
    for (const [asOf, group] of byAsOf) {
      const ids = group.map((key) => key.slice(0, key.indexOf('|')));
      const plans = await loadBenefitPlans(this.db, ids);
      const measurements = await loadYearEndMeasurements(this.db, ids, asOf);
      const plansByInitiative = groupBy(plans, (plan) => plan.initiativeId);
      for (const id of ids)
        results.set(`${id}|${asOf}`, { plans: plansByInitiative.get(id) ?? [], measurements });
    }
    return keys.map((key) => results.get(key) ?? { plans: [], measurements: new Map() });
  });

  /** The overall RAG status of each initiative, keyed "initiativeId|asOf"; null when nothing is assessed. */
  readonly ragOfInitiative = new DataLoader<string, RagStatus | null>(async (keys) => {
    const byAsOf = groupBy([...keys], (key) => key.slice(key.indexOf('|') + 1));
    const results = new Map<string, RagStatus>();
    for (const [asOf, group] of byAsOf) {
      const ids = group.map((key) => key.slice(0, key.indexOf('|')));
      const rags = await ragByInitiative(this.db, ids, asOf);
      for (const [id, rag] of rags) results.set(`${id}|${asOf}`, rag);
    }
    return keys.map((key) => results.get(key) ?? null);
  });

  /** Cost items of each initiative summed by year and category (SQL aggregates), by year. */
  readonly costYearsOfInitiative = new DataLoader<string, CostYearRow[]>(async (ids) => {
    const rows = await this.db.query<(CostYearRow & { initiative_id: string })[]>(
      `SELECT initiative_id, year, category, sum(planned_amount)::text AS planned, sum(actual_amount)::text AS actual
       FROM cost_items WHERE initiative_id = ANY($1::uuid[])
       GROUP BY initiative_id, year, category ORDER BY year, category`,
      [[...ids]],
    );
    const groups = groupBy(rows, (row) => row.initiative_id);
    return ids.map((id) =>
      (groups.get(id) ?? []).map(({ year, category, planned, actual }) => ({
        year,
        category,
        planned,
        actual,
      })),
    );
  });
}
