import { Inject, Injectable, Logger } from '@nestjs/common';
import { LIMITS, Role, UserKind, isAdmin, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CredentialRepository, type RevokedCredentials } from '../auth/credential.repository.js';
import { newPasswordProblem } from '../config/common-passwords.js';
import { hashPassword } from '../auth/password.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { CreateServiceAccountInput } from './dto/create-service-account.input.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { UsersArgs } from './dto/users.args.js';
import type { UserEntity } from './user.entity.js';
import { type UserChanges, UserRepository } from './user.repository.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Users: administrators create and change them (the guard checks the role first; the service says the same
 * rule, so it holds whoever calls it). Each change is load → authorise → apply → audit in one transaction
 * (Mutations); the SQL is UserRepository's, and ending a user's credentials CredentialRepository's.
 */
@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly credentials: CredentialRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mutations: Mutations,
  ) {}

  async list(args: UsersArgs): Promise<Page<UserEntity>> {
    assertPage(args);
    const problems = new InputProblems();
    if (args.organisationId && !isUuid(args.organisationId))
      problems.check('organisationId', msg('NOT_A_UUID'));
    if (args.search && args.search.length > LIMITS.search)
      problems.check('search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    return this.users.page(args, args.sort, args);
  }

  async findById(id: string): Promise<UserEntity> {
    assertUuid('id', id);
    const user = await this.users.findById(id);
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Creates a user (administrators; null: the system). */
  create(actor: Actor | null, input: CreateUserInput): Promise<UserEntity> {
    return this.insertUser(actor, input, UserKind.PERSON, input.password);
  }

  /**
   * Creates a service account (administrators): a user of kind SERVICE_ACCOUNT without a password, who
   * cannot sign in and acts only through API tokens an administrator creates for it (ApiTokenService).
   */
  createServiceAccount(actor: Actor, input: CreateServiceAccountInput): Promise<UserEntity> {
    return this.insertUser(actor, input, UserKind.SERVICE_ACCOUNT, null);
  }

  private insertUser(
    actor: Actor | null,
    input: CreateServiceAccountInput,
    kind: UserKind,
    password: string | null,
  ): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    return this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: async () => {
        assertAdministrator(actor);
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
          .check('password', password === null ? null : newPasswordProblem(password))
          .check('roles', input.roles.length ? null : msg('ROLE_REQUIRED'));
        await this.checkOrganisation(problems, input.organisationId);
        if (!problems.any && (await this.users.emailTaken(email)))
          problems.check('email', msg('EMAIL_TAKEN', { email }));
        problems.throwIfAny();
      },
      apply: async () =>
        this.users.insert({
          email,
          name,
          kind,
          passwordHash: password === null ? null : await hashPassword(password),
          organisationId: input.organisationId,
          roles: [...new Set(input.roles)],
        }),
      audit: (_none, user) => ({
        operation: kind === UserKind.SERVICE_ACCOUNT ? 'createServiceAccount' : 'createUser',
        entityType: 'User',
        entityId: user.id,
        ownerOrganisationId: user.organisationId,
        after: user,
      }),
    });
  }

  /**
   * Changes a user (administrators). A new password ends every session of the user (but the
   * administrator's own current one) and revokes all the user's API tokens; deactivation or new roles or
   * organisation end the user's sessions.
   */
  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    assertUuid('id', input.id);
    const name = input.name?.trim();
    const result = await this.mutations.mutate(actor, {
      load: async () => {
        const current = await this.users.findById(input.id);
        if (!current) throw notFound('User', input.id);
        return current;
      },
      authorise: async (current) => {
        assertAdministrator(actor);
        if (current.version !== input.version) throw staleVersion('User', current.version, input.version);
        const problems = new InputProblems();
        if (name !== undefined) problems.check('name', name ? null : msg('REQUIRED'));
        if (input.roles) problems.check('roles', input.roles.length ? null : msg('ROLE_REQUIRED'));
        if (input.password !== undefined)
          problems.check(
            'password',
            current.kind === UserKind.SERVICE_ACCOUNT
              ? msg('SERVICE_ACCOUNT_NO_PASSWORD')
              : newPasswordProblem(input.password),
          );
        if (input.organisationId) await this.checkOrganisation(problems, input.organisationId);
        if (
          current.id === actor.userId &&
          (input.active === false || (input.roles && !input.roles.includes(Role.ADMIN)))
        )
          problems.check(input.active === false ? 'active' : 'roles', msg('CANNOT_DEMOTE_YOURSELF'));
        problems.throwIfAny();
      },
      apply: async () => {
        const changes: UserChanges = {
          ...(name !== undefined ? { name } : {}),
          ...(input.organisationId ? { organisationId: input.organisationId } : {}),
          ...(input.roles ? { roles: [...new Set(input.roles)] } : {}),
          ...(input.active !== undefined && input.active !== null ? { active: input.active } : {}),
          ...(input.password !== undefined ? { passwordHash: await hashPassword(input.password) } : {}),
        };
        // Someone else's update may have committed between the read and this write: CONFLICT then.
        const after = await this.users.updateAtVersion(input.id, input.version, changes);
        let revoked: RevokedCredentials | undefined;
        if (input.password !== undefined) {
          // So a stolen credential stops working.
          revoked = await this.credentials.revokeAllOf(
            input.id,
            input.id === actor.userId ? actor.sessionId : undefined,
          );
        } else if (input.active === false || input.organisationId || input.roles) {
          // Access follows the user's current state: end their sessions so nothing stale lives on.
          await this.credentials.endSessionsOf(input.id);
        }
        return { after, revoked };
      },
      audit: (current, { after, revoked }) => ({
        operation: 'updateUser',
        entityType: 'User',
        entityId: input.id,
        ownerOrganisationId: after.organisationId,
        before: current,
        after: { ...after, passwordChanged: input.password !== undefined, ...revoked },
      }),
    });
    return result.after;
  }

  private async checkOrganisation(problems: InputProblems, organisationId: string): Promise<void> {
    if (!isUuid(organisationId)) problems.check('organisationId', msg('NOT_A_UUID'));
    else if (!(await this.organisations.exists(organisationId)))
      problems.check('organisationId', msg('ORGANISATION_MISSING', { id: organisationId }));
  }

  /**
   * Creates the first administrator from GEVINST_ADMIN_EMAIL/PASSWORD on a database without users, in the
   * caller's transaction (the seeding's).
   */
  async ensureFirstAdmin(): Promise<void> {
    const first = this.config.auth.firstAdmin;
    if (!first) return;
    if ((await this.users.count()) > 0) return;
    const org = await this.organisations.findByOrgNumber(first.orgNumber);
    if (!org) {
      this.logger.error(
        `GEVINST_ADMIN_ORG_NUMBER ${first.orgNumber} is not a known organisation: no administrator created`,
      );
      return;
    }
    await this.mutations.mutate(null, {
      load: () => Promise.resolve(org),
      authorise: () => undefined,
      apply: async () =>
        this.users.insert({
          email: first.email,
          name: first.name,
          passwordHash: await hashPassword(first.password),
          organisationId: org.id,
          roles: [Role.ADMIN],
        }),
      audit: (_org, user) => ({
        operation: 'createFirstAdministrator',
        entityType: 'User',
        entityId: user.id,
        ownerOrganisationId: org.id,
        after: { id: user.id, email: user.email, roles: user.roles },
      }),
    });
    this.logger.log(`Created the first administrator ${first.email}`);
  }
}

/** Only administrators manage users; null is the system (the seeding, the command line). */
function assertAdministrator(actor: Actor | null): void {
  if (actor && !isAdmin(actor)) throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
}
