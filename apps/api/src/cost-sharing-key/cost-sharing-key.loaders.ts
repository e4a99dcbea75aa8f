import type { EntityManager } from 'typeorm';
import { loaderById, loaderOfMany } from '../common/loader-factories.js';
import { CostSharingKeyVersionEntity } from './cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from './cost-sharing-key.entity.js';

/** Per-request batch loaders of cost-sharing keys and their versions: `ctx.loaders.of(CostSharingKeyLoaders)`. */
export class CostSharingKeyLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly costSharingKey = loaderById(this.source, CostSharingKeyEntity);

  /** Versions of each key, newest first. */
  readonly versionsOfKey = loaderOfMany(this.source, CostSharingKeyVersionEntity, 'keyId', {
    versionNumber: 'DESC',
  });

  readonly keyVersion = loaderById(this.source, CostSharingKeyVersionEntity);
}
