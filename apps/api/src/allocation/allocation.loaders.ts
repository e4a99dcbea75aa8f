import type { EntityManager } from 'typeorm';
import { loaderById } from '../common/loader-factories.js';
import { AllocationRunEntity } from './allocation-run.entity.js';

/** Per-request batch loaders of allocation runs: `ctx.loaders.of(AllocationLoaders)`. */
export class AllocationLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly allocationRun = loaderById(this.source, AllocationRunEntity);
}
