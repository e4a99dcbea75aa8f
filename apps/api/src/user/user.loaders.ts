import type { DataSource } from 'typeorm';
import { loaderById } from '../common/loader-factories.js';
import { UserEntity } from './user.entity.js';

/** Per-request batch loaders of users: `ctx.loaders.of(UserLoaders)`. */
export class UserLoaders {
  constructor(private readonly db: DataSource) {}

  private readonly source = () => this.db;

  readonly user = loaderById(this.source, UserEntity);
}
