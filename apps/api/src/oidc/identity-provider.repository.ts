import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { IdentityProviderEntity } from './identity-provider.entity.js';

/** What a stored provider holds when added or changed (the secret only when given). */
export type IdentityProviderFields = Pick<
  IdentityProviderEntity,
  | 'slug'
  | 'displayName'
  | 'issuerUrl'
  | 'clientId'
  | 'scopes'
  | 'organisationClaim'
  | 'organisationId'
  | 'groupClaim'
  | 'roleMappings'
  | 'enabled'
> & { clientSecret?: string };

/** A started sign-in, kept until the provider sends the browser back (once, within minutes). */
export interface LoginState {
  providerSlug: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The only code that reads and writes identity_providers and oidc_login_states, in the request's
 * transaction (UnitOfWork).
 */
@Injectable()
export class IdentityProviderRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(IdentityProviderEntity);
  }

  list(): Promise<IdentityProviderEntity[]> {
    return this.table.find({ order: { displayName: 'ASC', slug: 'ASC' } });
  }

  findById(id: string): Promise<IdentityProviderEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The provider with its client secret, for talking to it. */
  findBySlugWithSecret(slug: string): Promise<IdentityProviderEntity | null> {
    return this.table
      .createQueryBuilder('p')
      .addSelect('p.clientSecret')
      .where('p.slug = :slug', { slug })
      .getOne();
  }

  slugTaken(slug: string, exceptId?: string): Promise<boolean> {
    const query = this.table.createQueryBuilder('p').where('p.slug = :slug', { slug });
    if (exceptId) query.andWhere('p.id <> :id', { id: exceptId });
    return query.getExists();
  }

  async insert(fields: IdentityProviderFields & { clientSecret: string }): Promise<IdentityProviderEntity> {
    const saved = await this.table.save(this.table.create({ ...fields, isDemo: false, version: 1 }));
    return (await this.findById(saved.id))!;
  }

  async update(id: string, version: number, fields: IdentityProviderFields): Promise<IdentityProviderEntity> {
    const { clientSecret, ...rest } = fields;
    await updateAtVersion(this.uow.manager(), IdentityProviderEntity, 'IdentityProvider', id, version, {
      ...rest,
      ...(clientSecret ? { clientSecret } : {}),
    });
    return (await this.findById(id))!;
  }

  async delete(id: string): Promise<void> {
    await this.uow.manager().query(`DELETE FROM identity_providers WHERE id = $1`, [id]);
  }

  /** Keeps a started sign-in under the hash of its state; old ones are cleared on the way. */
  async insertLoginState(stateHash: string, state: LoginState, ttlSeconds: number): Promise<void> {
    await this.uow.manager().query(`DELETE FROM oidc_login_states WHERE expires_at < now()`);
    await this.uow.manager().query(
      `INSERT INTO oidc_login_states (state_hash, provider_slug, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [stateHash, state.providerSlug, state.nonce, state.codeVerifier, ttlSeconds],
    );
  }

  /** Takes a started sign-in out (it can be used once), or null when unknown or expired. */
  async takeLoginState(stateHash: string): Promise<LoginState | null> {
    const rows = await this.uow
      .manager()
      .query<{ provider_slug: string; nonce: string; code_verifier: string; live: boolean }[]>(
        // Through a CTE so the driver answers the rows (a bare DELETE … RETURNING answers [rows, count]).
        `WITH taken AS (DELETE FROM oidc_login_states WHERE state_hash = $1
                      RETURNING provider_slug, nonce, code_verifier, expires_at)
       SELECT provider_slug, nonce, code_verifier, expires_at > now() AS live FROM taken`,
        [stateHash],
      );
    const row = rows[0];
    if (!row?.live) return null;
    return { providerSlug: row.provider_slug, nonce: row.nonce, codeVerifier: row.code_verifier };
  }
}
