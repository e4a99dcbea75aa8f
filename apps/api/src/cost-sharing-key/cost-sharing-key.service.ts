import { Injectable } from '@nestjs/common';
import { parseKeySpec, parseTaggedKeySpec } from '@gevinst/cost-model';
import { type CostSharingKeySpec, LIMITS, canEditInitiative, msg } from '@gevinst/domain';
import { type Actor, actorUserId } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, badInput, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { readMoneyInput } from '../common/money-input.js';
import { type Page, assertPage } from '../common/pagination.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CostSharingKeyVersionEntity } from './cost-sharing-key-version.entity.js';
import type { CostSharingKeyEntity } from './cost-sharing-key.entity.js';
import { CostSharingKeyRepository, type KeyRules } from './cost-sharing-key.repository.js';
import { CostSharingKeysArgs } from './dto/cost-sharing-keys.args.js';
import { CreateCostSharingKeyInput } from './dto/create-cost-sharing-key.input.js';
import type { KeySpecInput } from './dto/key-spec.input.js';
import { UpdateCostSharingKeyInput } from './dto/update-cost-sharing-key.input.js';

/** Validates a key specification with the cost-model schema; problems name `spec.<path>`. */
export function validSpec(spec: unknown, field = 'spec'): CostSharingKeySpec {
  try {
    return parseKeySpec(spec);
  } catch (error) {
    rethrowCostModel(error, field);
  }
}

/**
 * The validated key specification of an input that takes the typed `keySpec` or the deprecated JSON `spec`
 * (issue 19): never both; undefined when neither is given (an update that keeps the rules).
 */
export function specOfInput(
  spec: unknown,
  keySpec: KeySpecInput | null | undefined,
  field = 'spec',
  keySpecField = 'keySpec',
): CostSharingKeySpec | undefined {
  const hasSpec = spec !== undefined && spec !== null;
  const hasKeySpec = keySpec !== undefined && keySpec !== null;
  if (hasSpec && hasKeySpec) {
    throw badInput(keySpecField, msg('SPEC_ONE_OF_SPEC_OR_KEY_SPEC', { given: 'both' }));
  }
  if (hasKeySpec) {
    const problems = new InputProblems();
    readKeySpecMoney(keySpec, problems, keySpecField);
    problems.throwIfAny();
    try {
      return parseTaggedKeySpec(keySpec);
    } catch (error) {
      rethrowCostModel(error, keySpecField);
    }
  }
  return hasSpec ? validSpec(spec, field) : undefined;
}

/**
 * The money of a typed key specification under either name (floorAmount/floor, capAmount/cap,
 * basePlusProportional.baseAmount/base, bands.bands[i].feeAmount/fee, and in every TWO_LEVEL group's key),
 * moved to the old names by readMoneyInput: parseTaggedKeySpec then turns them into the JSON spec's
 * floor, cap, base and fee, so both names meet the same rules as the deprecated JSON spec.
 */
function readKeySpecMoney(keySpec: KeySpecInput, problems: InputProblems, path: string): void {
  readMoneyInput(keySpec, 'KeySpecInput', problems, path);
  if (keySpec.basePlusProportional)
    readMoneyInput(
      keySpec.basePlusProportional,
      'BasePlusProportionalKeySpecInput',
      problems,
      `${path}.basePlusProportional`,
    );
  keySpec.bands?.bands?.forEach((band, index) =>
    readMoneyInput(band, 'FeeBandInput', problems, `${path}.bands.bands[${index}]`),
  );
  keySpec.twoLevel?.groups?.forEach((group, index) => {
    if (group.key)
      readKeySpecMoney(group.key as KeySpecInput, problems, `${path}.twoLevel.groups[${index}].key`);
  });
}

/** specOfInput where a key is required (a new key): neither given is a problem of its own. */
export function requiredSpecOfInput(
  spec: unknown,
  keySpec: KeySpecInput | null | undefined,
): CostSharingKeySpec {
  const found = specOfInput(spec, keySpec);
  if (found) return found;
  new InputProblems()
    .check('keySpec', msg('SPEC_ONE_OF_SPEC_OR_KEY_SPEC', { given: 'neither' }))
    .throwIfAny();
  throw new Error('unreachable: throwIfAny threw');
}

/** The rules after an update: the fields given, else the current version's (the spec validated). */
function rulesAfter(input: UpdateCostSharingKeyInput, current: KeyRules): KeyRules {
  return {
    spec: specOfInput(input.spec, input.keySpec) ?? current.spec,
    populationYear: input.populationYear === undefined ? current.populationYear : input.populationYear,
    validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
    validTo: input.validTo === undefined ? current.validTo : input.validTo,
  };
}

/** Whether the rules differ from a version's (then a used version is kept and a new one made). */
function rulesDiffer(rules: KeyRules, version: KeyRules): boolean {
  return (
    JSON.stringify(rules.spec) !== JSON.stringify(version.spec) ||
    rules.populationYear !== version.populationYear ||
    rules.validFrom !== version.validFrom ||
    rules.validTo !== version.validTo
  );
}

/**
 * Cost-sharing keys: each change is load → authorise (the key's managers, the version, the input) →
 * apply → audit in one transaction (Mutations); the SQL is CostSharingKeyRepository's.
 */
@Injectable()
export class CostSharingKeyService {
  constructor(
    private readonly keys: CostSharingKeyRepository,
    private readonly organisations: OrganisationRepository,
    private readonly mutations: Mutations,
  ) {}

  async list(args: CostSharingKeysArgs): Promise<Page<CostSharingKeyEntity>> {
    assertPage(args);
    const problems = new InputProblems();
    if (args.ownerOrganisationId && !isUuid(args.ownerOrganisationId))
      problems.check('ownerOrganisationId', msg('NOT_A_UUID'));
    if (args.search && args.search.length > LIMITS.search)
      problems.check('search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    return this.keys.page(args, args.sort, args);
  }

  async findById(id: string): Promise<CostSharingKeyEntity> {
    assertUuid('id', id);
    const key = await this.keys.findById(id);
    if (!key) throw notFound('Cost-sharing key', id);
    return key;
  }

  async create(actor: Actor, input: CreateCostSharingKeyInput): Promise<CostSharingKeyEntity> {
    this.assertCanManage(actor, input.ownerOrganisationId);
    const rules: KeyRules = {
      spec: requiredSpecOfInput(input.spec, input.keySpec),
      populationYear: input.populationYear ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    };
    const name = input.name.trim();
    const owner = input.ownerOrganisationId;
    return this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: async () => {
        const problems = this.checkRules(new InputProblems(), rules).check(
          'name',
          name
            ? name.length > LIMITS.label
              ? msg('TOO_LONG', { max: LIMITS.label })
              : null
            : msg('REQUIRED'),
        );
        if (!isUuid(owner)) problems.check('ownerOrganisationId', msg('NOT_A_UUID'));
        else if (!(await this.organisations.exists(owner)))
          problems.check('ownerOrganisationId', msg('ORGANISATION_MISSING', { id: owner }));
        else if (await this.keys.nameTaken(owner, name))
          problems.check('name', msg('KEY_NAME_TAKEN', { name }));
        problems.throwIfAny();
      },
      apply: async () => {
        const key = await this.keys.insert({
          name,
          description: input.description?.trim() ?? '',
          ownerOrganisationId: owner,
        });
        await this.keys.insertVersion(key.id, 1, rules, actorUserId(actor));
        return key;
      },
      audit: (_, key) => ({
        operation: 'createCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: key.id,
        ownerOrganisationId: key.ownerOrganisationId,
        after: { ...key, rules },
      }),
    });
  }

  /**
   * Changes a key. New rules change the current version in place, unless a stored allocation used it:
   * then they become a new version, and the runs keep pointing at the rules they were computed with.
   */
  async update(actor: Actor, input: UpdateCostSharingKeyInput): Promise<CostSharingKeyEntity> {
    assertUuid('id', input.id);
    const name = (key: CostSharingKeyEntity) => input.name?.trim() ?? key.name;
    const { after } = await this.mutations.mutate(actor, {
      load: async () => {
        const key = await this.keys.findForUpdate(input.id);
        if (!key) throw notFound('Cost-sharing key', input.id);
        return { key, current: await this.keys.currentVersion(key) };
      },
      authorise: async ({ key, current }) => {
        this.assertCanManage(actor, key.ownerOrganisationId);
        if (key.version !== input.version) throw staleVersion('Cost-sharing key', key.version, input.version);
        await this.checkChange(key, name(key), rulesAfter(input, current));
      },
      apply: async ({ key, current }) => {
        const rules = rulesAfter(input, current);
        let currentVersion = key.currentVersion;
        let newVersion = false;
        if (rulesDiffer(rules, current)) {
          if (await this.keys.versionUsed(current.id)) {
            currentVersion = key.currentVersion + 1;
            newVersion = true;
            await this.keys.insertVersion(key.id, currentVersion, rules, actorUserId(actor));
          } else {
            await this.keys.updateRules(current.id, rules);
          }
        }
        const after = await this.keys.update(key.id, {
          name: name(key),
          description: input.description?.trim() ?? key.description,
          currentVersion,
        });
        return { rules, newVersion, after };
      },
      audit: ({ key, current }, { rules, newVersion, after }) => ({
        operation: 'updateCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: key.id,
        ownerOrganisationId: key.ownerOrganisationId,
        before: { ...key, rules: current },
        after: { ...after, rules, newVersion },
      }),
    });
    return after;
  }

  versions(keyId: string): Promise<CostSharingKeyVersionEntity[]> {
    return this.keys.versions(keyId);
  }

  /** Keys are managed by the initiative owners of the key's organisation, and by administrators. */
  private assertCanManage(actor: Actor, ownerOrganisationId: string): void {
    if (!canEditInitiative(actor, { ownerId: ownerOrganisationId }))
      throw forbidden(msg('KEY_MANAGERS_ONLY'));
  }

  /** Every problem of a change at once (BAD_USER_INPUT), before anything is written. */
  private async checkChange(key: CostSharingKeyEntity, name: string, rules: KeyRules): Promise<void> {
    const problems = this.checkRules(new InputProblems(), rules).check('name', name ? null : msg('REQUIRED'));
    if (name !== key.name) {
      const clash = await this.keys.findByName(key.ownerOrganisationId, name);
      if (clash && clash.id !== key.id) problems.check('name', msg('KEY_NAME_TAKEN', { name }));
    }
    problems.throwIfAny();
  }

  private checkRules(problems: InputProblems, rules: KeyRules): InputProblems {
    const { min, max } = LIMITS.populationYear;
    if (rules.populationYear !== null && (rules.populationYear < min || rules.populationYear > max))
      problems.check('populationYear', msg('NOT_BETWEEN', { min, max, got: String(rules.populationYear) }));
    if (rules.validFrom && rules.validTo && rules.validTo < rules.validFrom)
      problems.check('validTo', msg('BEFORE_VALID_FROM', { validFrom: rules.validFrom }));
    return problems;
  }
}
