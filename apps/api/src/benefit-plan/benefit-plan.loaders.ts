import DataLoader from 'dataloader';
import {
  type AttributedPlanChange,
  BenefitPlanStatus,
  attributePlanChanges,
  diffBenefitPlans,
} from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { loaderOfMany } from '../common/loader-factories.js';
import { BenefitPlanVersionEntity } from './benefit-plan-version.entity.js';
import { loadBenefitChangeEvents, loadLiveSnapshots } from './benefit-plan.repository.js';

/** Per-request batch loaders of the binding benefits plan: `ctx.loaders.of(BenefitPlanLoaders)`. */
export class BenefitPlanLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly version = new DataLoader<string, BenefitPlanVersionEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(BenefitPlanVersionEntity).findBy(ids.map((id) => ({ id })));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The plan versions of each initiative, newest first. */
  readonly versionsOfInitiative = loaderOfMany(this.source, BenefitPlanVersionEntity, 'initiativeId', {
    versionNumber: 'DESC',
  });

  /**
   * The deviations of each initiative's live benefits from its version in force (libs/domain
   * diffBenefitPlans, in force → live), each with who made it, when and why from the audit trail since the
   * version's approval (attributePlanChanges); [] without a version in force. Three statements per batch.
   */
  readonly deviationsOfInitiative = new DataLoader<string, AttributedPlanChange[]>(async (ids) => {
    const inForce = (
      await this.db.getRepository(BenefitPlanVersionEntity).find({
        where: ids.map((initiativeId) => ({ initiativeId, status: BenefitPlanStatus.APPROVED })),
      })
    ).filter((version) => version.decidedAt !== null);
    if (!inForce.length) return ids.map(() => []);
    const initiativeIds = inForce.map((version) => version.initiativeId);
    const live = await loadLiveSnapshots(this.db, initiativeIds);
    const events = await loadBenefitChangeEvents(
      this.db,
      new Map(inForce.map((version) => [version.initiativeId, version.decidedAt as Date])),
    );
    const result = new Map<string, AttributedPlanChange[]>();
    for (const version of inForce) {
      const changes = diffBenefitPlans(version.snapshot, live.get(version.initiativeId) ?? { benefits: [] });
      result.set(version.initiativeId, attributePlanChanges(changes, events.get(version.initiativeId) ?? []));
    }
    return ids.map((id) => result.get(id) ?? []);
  });
}
