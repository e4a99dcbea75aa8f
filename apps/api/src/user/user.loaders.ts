import type { EntityManager } from 'typeorm';
import { loaderById } from '../common/loader-factories.js';
import { UserEntity } from './user.entity.js';

/** Per-request batch loaders of users: `ctx.loaders.of(UserLoaders)`. */
export class UserLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly user = loaderById(this.source, UserEntity);
}
