import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, Role, msg } from '@gevinst/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { revokeCredentialsOf } from '../auth/credentials.js';
import { newPasswordProblem } from '../auth/common-passwords.js';
import { hashPassword } from '../auth/password.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { UserSortField } from './dto/user-sort.input.js';
import { UsersArgs } from './dto/users.args.js';
import { UserEntity } from './user.entity.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const USER_SORT_COLUMNS: Record<UserSortField, string> = {
  [UserSortField.NAME]: 'u.name',
  [UserSortField.EMAIL]: 'u.email',
  [UserSortField.LAST_LOGIN_AT]: 'u.last_login_at',
  [UserSortField.CREATED_AT]: 'u.created_at',
};
const USER_SORT_DEFAULT = { field: UserSortField.NAME, direction: SortDirection.ASC };

@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(args: UsersArgs): Promise<Page<UserEntity>> {
    assertPage(args);
    const problems = new InputProblems();
    if (args.organisationId && !isUuid(args.organisationId))
      problems.check('organisationId', msg('NOT_A_UUID'));
    if (args.search && args.search.length > LIMITS.search)
      problems.check('search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (args.organisationId) query.andWhere('u.organisation_id = :org', { org: args.organisationId });
    if (args.role) query.andWhere(':role = ANY(u.roles)', { role: args.role });
    if (args.active !== undefined && args.active !== null)
      query.andWhere('u.active = :active', { active: args.active });
    if (args.search?.trim())
      query.andWhere("(u.name ILIKE :p ESCAPE '\\' OR u.email ILIKE :p ESCAPE '\\')", {
        p: likePattern(args.search.trim()),
      });
    const [nodes, totalCount] = await applySort(query, args.sort, USER_SORT_COLUMNS, USER_SORT_DEFAULT, [
      'u.name',
      'u.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  async findById(id: string): Promise<UserEntity> {
    assertUuid('id', id);
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User', id);
    return user;
  }

  async create(actor: Actor | null, input: CreateUserInput): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    return this.db.transaction(async (em) => {
      const problems = new InputProblems()
        .check(
          'email',
          EMAIL.test(email) && email.length <= LIMITS.email
            ? null
            : msg('NOT_AN_EMAIL', { got: `"${email.slice(0, 80)}"` }),
        )
        .check(
          'name',
          name
            ? name.length > LIMITS.label
              ? msg('TOO_LONG', { max: LIMITS.label })
              : null
            : msg('REQUIRED'),
        )
        .check('password', newPasswordProblem(input.password))
        .check('roles', input.roles.length ? null : msg('ROLE_REQUIRED'));
      await this.checkOrganisation(em, problems, input.organisationId);
      if (!problems.any && (await em.getRepository(UserEntity).existsBy({ email })))
        problems.check('email', msg('EMAIL_TAKEN', { email }));
      problems.throwIfAny();
      const user = await em.getRepository(UserEntity).save(
        em.getRepository(UserEntity).create({
          email,
          name,
          passwordHash: await hashPassword(input.password),
          organisationId: input.organisationId,
          roles: [...new Set(input.roles)],
          active: true,
          isDemo: false,
          version: 1,
        }),
      );
      const { passwordHash: _secret, ...safe } = user;
      await this.audit.record(em, actor, {
        operation: 'createUser',
        entityType: 'User',
        entityId: user.id,
        ownerOrganisationId: user.organisationId,
        after: safe,
      });
      return safe as UserEntity;
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(UserEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('User', input.id);
      if (current.version !== input.version) throw staleVersion('User', current.version, input.version);
      const problems = new InputProblems();
      const name = input.name?.trim();
      if (name !== undefined) problems.check('name', name ? null : msg('REQUIRED'));
      if (input.roles) problems.check('roles', input.roles.length ? null : msg('ROLE_REQUIRED'));
      if (input.password !== undefined) problems.check('password', newPasswordProblem(input.password));
      if (input.organisationId) await this.checkOrganisation(em, problems, input.organisationId);
      if (
        current.id === actor.userId &&
        (input.active === false || (input.roles && !input.roles.includes(Role.ADMIN)))
      )
        problems.check(input.active === false ? 'active' : 'roles', msg('CANNOT_DEMOTE_YOURSELF'));
      problems.throwIfAny();
      const changes: Partial<UserEntity> = {
        ...(name !== undefined ? { name } : {}),
        ...(input.organisationId ? { organisationId: input.organisationId } : {}),
        ...(input.roles ? { roles: [...new Set(input.roles)] } : {}),
        ...(input.active !== undefined && input.active !== null ? { active: input.active } : {}),
        ...(input.password !== undefined ? { passwordHash: await hashPassword(input.password) } : {}),
      };
      // Someone else's update may have committed between the read and this write.
      await updateAtVersion(em, UserEntity, 'User', input.id, input.version, changes);
      let revoked: Awaited<ReturnType<typeof revokeCredentialsOf>> | undefined;
      if (input.password !== undefined) {
        // A new password ends every session of the user (but the administrator's own current one) and
        // revokes all the user's API tokens, so a stolen credential stops working.
        revoked = await revokeCredentialsOf(
          em,
          input.id,
          input.id === actor.userId ? actor.sessionId : undefined,
        );
      } else if (input.active === false || input.organisationId || input.roles) {
        // Access follows the user's current state: end their sessions so nothing stale lives on.
        await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
          input.id,
        ]);
      }
      const after = await em.getRepository(UserEntity).findOneByOrFail({ id: input.id });
      await this.audit.record(em, actor, {
        operation: 'updateUser',
        entityType: 'User',
        entityId: input.id,
        ownerOrganisationId: after.organisationId,
        before: current,
        after: { ...after, passwordChanged: input.password !== undefined, ...revoked },
      });
      return after;
    });
  }

  private async checkOrganisation(em: EntityManager, problems: InputProblems, organisationId: string) {
    if (!isUuid(organisationId)) problems.check('organisationId', msg('NOT_A_UUID'));
    else if (!(await em.getRepository(OrganisationEntity).existsBy({ id: organisationId })))
      problems.check('organisationId', msg('ORGANISATION_MISSING', { id: organisationId }));
  }

  /** Creates the first administrator from GEVINST_ADMIN_EMAIL/PASSWORD on a database without users. */
  async ensureFirstAdmin(em: EntityManager): Promise<void> {
    const first = this.config.auth.firstAdmin;
    if (!first) return;
    const [{ count }] = await em.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM users`);
    if (count > 0) return;
    const org = await em.getRepository(OrganisationEntity).findOneBy({ orgNumber: first.orgNumber });
    if (!org) {
      this.logger.error(
        `GEVINST_ADMIN_ORG_NUMBER ${first.orgNumber} is not a known organisation: no administrator created`,
      );
      return;
    }
    const user = await em.getRepository(UserEntity).save(
      em.getRepository(UserEntity).create({
        email: first.email,
        name: first.name,
        passwordHash: await hashPassword(first.password),
        organisationId: org.id,
        roles: [Role.ADMIN],
        active: true,
        isDemo: false,
        version: 1,
      }),
    );
    await this.audit.record(em, null, {
      operation: 'createFirstAdministrator',
      entityType: 'User',
      entityId: user.id,
      ownerOrganisationId: org.id,
      after: { id: user.id, email: user.email, roles: user.roles },
    });
    this.logger.log(`Created the first administrator ${first.email}`);
  }
}
