import type { Role, UserKind } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { likePattern } from '../common/ids.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { UserSortField } from './dto/user-sort.input.js';
import { UserEntity } from './user.entity.js';

/** The filter of a user list, already validated. */
export interface UserFilter {
  organisationId?: string | null;
  role?: Role | null;
  active?: boolean | null;
  search?: string | null;
}

/** What a new user holds (the password already hashed). */
export interface NewUser {
  email: string;
  name: string;
  /** Null for a service account (kind SERVICE_ACCOUNT). */
  passwordHash: string | null;
  kind?: UserKind;
  organisationId: string;
  roles: Role[];
  /** The person at an identity provider, for a user provisioned at their first sign-in there. */
  oidcIssuer?: string;
  oidcSubject?: string;
}

/** What an update may change. */
export type UserChanges = Partial<
  Pick<UserEntity, 'name' | 'organisationId' | 'roles' | 'active' | 'passwordHash'>
>;

const SORT_COLUMNS: Record<UserSortField, string> = {
  [UserSortField.NAME]: 'u.name',
  [UserSortField.EMAIL]: 'u.email',
  [UserSortField.LAST_LOGIN_AT]: 'u.last_login_at',
  [UserSortField.CREATED_AT]: 'u.created_at',
};
const SORT_DEFAULT = { field: UserSortField.NAME, direction: SortDirection.ASC };

/**
 * The only code that reads and writes the users table, in the request's transaction (UnitOfWork). The
 * password hash is read only by the methods that say so.
 */
@Injectable()
export class UserRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(UserEntity);
  }

  async page(
    filter: UserFilter,
    sort: Partial<Sort<UserSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: UserEntity[]; totalCount: number }> {
    const query = this.table.createQueryBuilder('u');
    if (filter.organisationId) query.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null)
      query.andWhere('u.active = :active', { active: filter.active });
    if (filter.search?.trim())
      query.andWhere("(u.name ILIKE :p ESCAPE '\\' OR u.email ILIKE :p ESCAPE '\\')", {
        p: likePattern(filter.search.trim()),
      });
    const [nodes, totalCount] = await applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['u.name', 'u.id'])
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.table.findOneBy({ id });
  }

  emailTaken(email: string): Promise<boolean> {
    return this.table.existsBy({ email });
  }

  async count(): Promise<number> {
    const [{ count }] = await this.uow
      .manager()
      .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM users`);
    return count;
  }

  /** Inserts an active user at version 1 and returns it as stored (without the hash). */
  async insert(user: NewUser): Promise<UserEntity> {
    const saved = await this.table.save(
      this.table.create({ ...user, active: true, isDemo: false, version: 1 }),
    );
    const { passwordHash: _secret, ...safe } = saved;
    return safe as UserEntity;
  }

  /** Writes `changes` if the user is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(id: string, version: number, changes: UserChanges): Promise<UserEntity> {
    await updateAtVersion(this.uow.manager(), UserEntity, 'User', id, version, changes);
    return this.table.findOneByOrFail({ id });
  }

  /** The user with this e-mail, with the password hash (signing in). */
  findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.table
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  /** The password hash of an active user (null: none, or deactivated). */
  async activePasswordHash(id: string): Promise<string | null> {
    const [row] = await this.uow
      .manager()
      .query<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = $1 AND active`, [id]);
    return row?.password_hash ?? null;
  }

  /** A new password for the user (the hash), as a change of the user (a new version). */
  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        passwordHash,
      ]);
  }

  /** The user linked to this person at an identity provider (issuer + subject), active or not. */
  findByOidcIdentity(issuer: string, subject: string): Promise<UserEntity | null> {
    return this.table.findOneBy({ oidcIssuer: issuer, oidcSubject: subject });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.table.findOneBy({ email });
  }

  /** Links an existing user to a person at an identity provider. */
  async linkOidcIdentity(id: string, issuer: string, subject: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE users SET oidc_issuer = $2, oidc_subject = $3 WHERE id = $1`, [id, issuer, subject]);
  }

  /** A sign-in through an identity provider changed the person's name, e-mail or roles (a new version). */
  async updateFromProvider(
    id: string,
    changes: { name?: string; email?: string; roles?: Role[] },
  ): Promise<void> {
    await this.uow.manager().query(
      `UPDATE users SET name = COALESCE($2, name), email = COALESCE($3, email),
              roles = COALESCE($4::text[], roles), version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, changes.name ?? null, changes.email ?? null, changes.roles ?? null],
    );
  }

  async recordLogin(id: string): Promise<void> {
    await this.uow.manager().query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [id]);
  }
}
