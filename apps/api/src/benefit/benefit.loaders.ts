import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { IndicatorValue } from '@gevinst/cost-model';
import type { RagStatus } from '@gevinst/domain';
import { groupBy, loaderById, loaderOfMany } from '../common/loader-factories.js';
import {
  type BenefitPlan,
  loadBenefitPlans,
  loadMeasurements,
  ragByInitiative,
} from '../realisation/benefit-figures.js';
import { BenefitRiskEntity } from './benefit-risk.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';

/** An initiative's benefit plans and the latest measurement per benefit and year, as of a date. */
export interface InitiativeBenefitFigures {
  plans: BenefitPlan[];
  measurements: Map<string, IndicatorValue[]>;
}

/**
 * Per-request batch loaders of benefits and of the figures computed from them (one query per kind of field
 * per request, however many parents): `ctx.loaders.of(BenefitLoaders)`. Measurements and owner reports have
 * their own, in measurement/ and benefit-report/.
 */
export class BenefitLoaders {
  constructor(private readonly db: EntityManager) {}

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

  /**
   * The plan in force of each initiative's benefits (benefit-figures' loadBenefitPlans: the approved binding
   * benefits plan's snapshot where there is one, the live benefits otherwise).
   */
  readonly plansOfInitiative = new DataLoader<string, BenefitPlan[]>(async (ids) => {
    const byInitiative = groupBy(await loadBenefitPlans(this.db, ids), (plan) => plan.initiativeId);
    return ids.map((id) => byInitiative.get(id) ?? []);
  });

  /** Benefit plans and yearly latest measurements of each initiative, keyed "initiativeId|asOf". */
  readonly benefitFiguresOfInitiative = new DataLoader<string, InitiativeBenefitFigures>(async (keys) => {
    const byAsOf = groupBy([...keys], (key) => key.slice(key.indexOf('|') + 1));
    const results = new Map<string, InitiativeBenefitFigures>();
    for (const [asOf, group] of byAsOf) {
      const ids = group.map((key) => key.slice(0, key.indexOf('|')));
      const plans = await loadBenefitPlans(this.db, ids);
      const measurements = await loadMeasurements(this.db, ids, asOf);
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
}
