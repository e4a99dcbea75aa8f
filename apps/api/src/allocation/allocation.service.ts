import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocate } from '@gevinst/cost-model';
import { costSharingTotalRule, nokAmountProblem } from '@gevinst/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, badInput, conflict, notFound } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { validSpec } from '../cost-sharing-key/cost-sharing-key.service.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { AllocationDriverEntity } from './allocation-driver.entity.js';
import {
  type ItemAllocation,
  type KeyInUse,
  allocateItem,
  loadInputs,
  participantsFor,
  runInputsOf,
  runLinesOf,
  runTotalsOf,
} from './allocation-inputs.js';
import { AllocationRunEntity } from './allocation-run.entity.js';
import { assertCanSeeInitiativeFinancials } from './financial-access.js';
import { ExplanationLanguage } from './explanation-language.enum.js';
import { SetAllocationDriversInput } from './dto/set-allocation-drivers.input.js';

const DRIVER_NAME = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const DRIVER_VALUE = /^\d{1,16}(\.\d{1,4})?$/;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2200)
    throw badInput('year', `must be a year between 1990 and 2200 (got ${year})`);
}

@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativeService,
  ) {}

  /**
   * Allocates every cost item of the initiative's year among its paying participants and stores the run,
   * all in one transaction. `supersedes` (optional) is the current run the caller saw (null for none):
   * if another run has become current since, the call fails with CONFLICT and stores nothing.
   */
  async run(
    actor: Actor,
    initiativeId: string,
    year: number,
    supersedes?: string | null,
  ): Promise<AllocationRunEntity> {
    assertUuid('initiativeId', initiativeId);
    checkYear(year);
    if (supersedes !== undefined && supersedes !== null) assertUuid('supersedes', supersedes);
    return this.db.transaction(async (em) => {
      const initiative = await em
        .getRepository(InitiativeEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: initiativeId })
        .getOne();
      if (!initiative) throw notFound('Initiative', initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      const current = await em
        .getRepository(AllocationRunEntity)
        .findOneBy({ initiativeId, year, status: 'CURRENT' });
      if (supersedes !== undefined && (current?.id ?? null) !== supersedes) {
        throw conflict(
          current
            ? `Another allocation run (${current.id}, ${current.createdAt.toISOString()}) is now the current one for ${initiative.code} ${year}: reload and run again`
            : `There is no current run for ${initiative.code} ${year} to supersede`,
          { currentRunId: current?.id ?? null },
        );
      }
      const allocations = await this.computeYear(em, initiative, year);
      const runId = randomUUID();
      const lines = runLinesOf(allocations);
      const { plannedTotal, actualTotal } = runTotalsOf(allocations, lines);
      const participants = await em.query<
        { organisation_id: string; name: string; org_number: string; grp: string }[]
      >(
        `SELECT p.organisation_id, o.name, o.org_number, COALESCE(p.cost_group, o.administrative_level) AS grp
         FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.initiative_id = $1 AND p.pays ORDER BY o.name`,
        [initiative.id],
      );
      const inputs = runInputsOf(
        allocations,
        participants.map((row) => ({
          organisationId: row.organisation_id,
          name: row.name,
          orgNumber: row.org_number,
          group: row.grp,
        })),
        current?.id ?? null,
      );
      if (current) {
        await em.query(
          `UPDATE allocation_runs SET status = 'SUPERSEDED', superseded_at = now(), superseded_by_run_id = $2 WHERE id = $1`,
          [current.id, runId],
        );
      }
      await em.query(
        `INSERT INTO allocation_runs (id, initiative_id, year, status, created_by_user_id, created_by_email, inputs,
                                      planned_total, actual_total, line_count)
         VALUES ($1, $2, $3, 'CURRENT', $4, $5, $6, $7, $8, $9)`,
        [
          runId,
          initiative.id,
          year,
          actor.kind === 'SYSTEM' ? null : actor.userId,
          actor.kind === 'SYSTEM' ? 'Gevinst (demo data)' : actor.email,
          JSON.stringify(inputs),
          plannedTotal,
          actualTotal,
          lines.length,
        ],
      );
      await em.query(
        `INSERT INTO allocation_lines (run_id, initiative_id, year, organisation_id, cost_item_id, cost_category,
                                       key_version_id, planned_amount, actual_amount, share, explanation,
                                       explanation_nb)
         SELECT $1, $2, $3, * FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::numeric[], $9::numeric[],
                                          $10::numeric[], $11::text[], $12::text[])`,
        [
          runId,
          initiative.id,
          year,
          lines.map((l) => l.organisationId),
          lines.map((l) => l.costItemId),
          lines.map((l) => l.costCategory),
          lines.map((l) => l.keyVersionId),
          lines.map((l) => l.planned),
          lines.map((l) => l.actual),
          lines.map((l) => l.share),
          lines.map((l) => l.explanation),
          lines.map((l) => l.explanationNb),
        ],
      );
      const run = await em.getRepository(AllocationRunEntity).findOneByOrFail({ id: runId });
      await this.audit.record(em, actor, {
        operation: 'runAllocation',
        entityType: 'AllocationRun',
        entityId: runId,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current ? { currentRunId: current.id } : null,
        after: { id: runId, initiativeId, year, plannedTotal, actualTotal, lineCount: lines.length },
      });
      return run;
    });
  }

  /**
   * What a key would give for the initiative's year, computed without storing anything: the planned
   * costs of the year (or `total`) split among the paying participants by `spec`, or by the current rules
   * of `keyId`, or by the initiative's own key.
   */
  async preview(
    actor: Actor,
    args: {
      initiativeId: string;
      year: number;
      keyId?: string | null;
      spec?: Record<string, unknown> | null;
      total?: string | null;
      populationYear?: number | null;
      language?: ExplanationLanguage;
    },
  ) {
    assertUuid('initiativeId', args.initiativeId);
    checkYear(args.year);
    if (args.populationYear !== undefined && args.populationYear !== null)
      if (args.populationYear < 1800 || args.populationYear > 2200)
        throw badInput('populationYear', `must be between 1800 and 2200 (got ${args.populationYear})`);
    if (args.keyId) assertUuid('keyId', args.keyId);
    if (args.total !== undefined && args.total !== null) {
      const problem = nokAmountProblem(args.total);
      if (problem) throw badInput('total', problem);
    }
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id: args.initiativeId });
      if (!initiative) throw notFound('Initiative', args.initiativeId);
      // A preview splits the costs among every paying participant: the whole initiative's detail.
      assertCanSeeInitiativeFinancials(actor, initiative);
      let version: Pick<CostSharingKeyVersionEntity, 'spec' | 'populationYear'>;
      if (args.spec) {
        version = { spec: validSpec(args.spec), populationYear: null };
        const key = args.keyId ? await this.currentVersions(em, [args.keyId]) : null;
        if (key) version.populationYear = key.get(args.keyId!)!.version.populationYear;
      } else {
        const keyId = args.keyId ?? initiative.costSharingKeyId;
        if (!keyId)
          throw badInput('keyId', `give a keyId or a spec: ${initiative.code} has no cost-sharing key`);
        version = { ...(await this.currentVersions(em, [keyId])).get(keyId)!.version };
      }
      if (args.populationYear !== undefined) version.populationYear = args.populationYear;
      const inputs = await loadInputs(em, initiative, args.year, [version as CostSharingKeyVersionEntity]);
      const participants = participantsFor(inputs, version.spec, version.populationYear);
      const rule = costSharingTotalRule(version.spec.method);
      let total: string | null = null;
      if (rule !== 'FORBIDDEN') {
        if (args.total) total = args.total;
        else {
          const [{ sum }] = await em.query<{ sum: string | null }[]>(
            `SELECT sum(planned_amount)::numeric(17,2) AS sum FROM cost_items WHERE initiative_id = $1 AND year = $2`,
            [initiative.id, args.year],
          );
          total = sum;
          if (total === null && rule === 'REQUIRED')
            throw badInput(
              'total',
              `${initiative.code} has no cost items in ${args.year}: give a total to preview the split`,
            );
        }
      }
      try {
        const result = allocate(total, participants, version.spec, {
          language: args.language === ExplanationLanguage.NB ? 'nb' : 'en',
        });
        return {
          total: result.total,
          lines: result.lines.map((line) => ({
            organisationId: line.participantId,
            amount: line.amount,
            share: line.share,
            explanation: line.explanation,
          })),
        };
      } catch (error) {
        rethrowCostModel(error, args.spec ? 'spec' : 'keyId');
      }
    });
  }

  private async computeYear(
    em: EntityManager,
    initiative: InitiativeEntity,
    year: number,
  ): Promise<ItemAllocation[]> {
    const items = await em.getRepository(CostItemEntity).find({
      where: { initiativeId: initiative.id, year },
      order: { category: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    if (!items.length)
      throw badInput('year', `${initiative.code} has no cost items in ${year}: nothing to allocate`);
    const problems = new InputProblems();
    items.forEach((item, index) => {
      if (!item.costSharingKeyId && !initiative.costSharingKeyId)
        problems.check(
          `costItems[${index}]`,
          `"${item.description || item.category}" has no cost-sharing key, and ${initiative.code} has no default key`,
        );
    });
    problems.throwIfAny();
    const keyIds = [...new Set(items.map((item) => (item.costSharingKeyId ?? initiative.costSharingKeyId)!))];
    const keys = await this.currentVersions(em, keyIds);
    for (const key of keys.values()) {
      const { validFrom, validTo } = key.version;
      if ((validFrom && validFrom > `${year}-12-31`) || (validTo && validTo < `${year}-01-01`))
        problems.check(
          'year',
          `key "${key.keyName}" v${key.version.versionNumber} is valid ${validFrom ?? '…'} to ${validTo ?? '…'}, not in ${year}`,
        );
    }
    problems.throwIfAny();
    const inputs = await loadInputs(
      em,
      initiative,
      year,
      [...keys.values()].map((k) => k.version),
    );
    return items.map((item) =>
      allocateItem(
        inputs,
        item,
        keys.get((item.costSharingKeyId ?? initiative.costSharingKeyId)!)!,
        `cost item "${item.description || item.category}" (${item.category}, ${item.year})`,
      ),
    );
  }

  private async currentVersions(em: EntityManager, keyIds: string[]): Promise<Map<string, KeyInUse>> {
    const keys = await em.getRepository(CostSharingKeyEntity).findBy({ id: In(keyIds) });
    const versions = await em.query<{ id: string }[]>(
      `SELECT v.id FROM cost_sharing_key_versions v JOIN cost_sharing_keys k ON k.id = v.key_id
       WHERE v.key_id = ANY($1::uuid[]) AND v.version_number = k.current_version`,
      [keyIds],
    );
    const versionRows = await em
      .getRepository(CostSharingKeyVersionEntity)
      .findBy({ id: In(versions.map((v) => v.id)) });
    const result = new Map<string, KeyInUse>();
    for (const key of keys) {
      const version = versionRows.find((v) => v.keyId === key.id);
      if (version) result.set(key.id, { keyId: key.id, keyName: key.name, version });
    }
    for (const id of keyIds) if (!result.has(id)) throw notFound('Cost-sharing key', id);
    return result;
  }

  async setDrivers(actor: Actor, input: SetAllocationDriversInput): Promise<AllocationDriverEntity[]> {
    assertUuid('initiativeId', input.initiativeId);
    checkYear(input.year);
    const driver = input.driver.trim();
    const problems = new InputProblems()
      .check(
        'driver',
        driver === 'population'
          ? 'population comes from the stored population of the key’s year; it is not entered here'
          : DRIVER_NAME.test(driver)
            ? null
            : 'must start with a lower-case letter and contain only letters, digits and _ (at most 40)',
      )
      .check(
        'values',
        input.values.length
          ? input.values.length > 5000
            ? 'at most 5000 at once'
            : null
          : 'give at least one value',
      )
      .check('source', input.source && input.source.length > 500 ? 'must be at most 500 characters' : null);
    const seen = new Set<string>();
    input.values.forEach((value, index) => {
      if (!isUuid(value.organisationId))
        problems.check(`values[${index}].organisationId`, 'must be an id (a UUID)');
      else if (seen.has(value.organisationId))
        problems.check(`values[${index}].organisationId`, 'is listed twice');
      seen.add(value.organisationId);
      if (!DRIVER_VALUE.test(value.value))
        problems.check(
          `values[${index}].value`,
          `must be a non-negative number with at most 4 decimals (got "${value.value.slice(0, 40)}")`,
        );
    });
    problems.throwIfAny();
    return this.db.transaction(async (em) => {
      const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id: input.initiativeId });
      if (!initiative) throw notFound('Initiative', input.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      const participants = new Set(
        (
          await em.query<{ organisation_id: string }[]>(
            `SELECT organisation_id FROM initiative_participants WHERE initiative_id = $1`,
            [initiative.id],
          )
        ).map((row) => row.organisation_id),
      );
      const notParticipating = new InputProblems();
      input.values.forEach((value, index) => {
        if (!participants.has(value.organisationId))
          notParticipating.check(
            `values[${index}].organisationId`,
            `organisation ${value.organisationId} does not take part in ${initiative.code}`,
          );
      });
      notParticipating.throwIfAny();
      const before = await em.getRepository(AllocationDriverEntity).findBy({
        initiativeId: initiative.id,
        year: input.year,
        driver,
        organisationId: In(input.values.map((v) => v.organisationId)),
      });
      await em.query(
        `INSERT INTO allocation_drivers (initiative_id, organisation_id, year, driver, value, source, updated_at)
         SELECT $1, organisation_id, $2, $3, value, $4, now() FROM unnest($5::uuid[], $6::numeric[]) AS d(organisation_id, value)
         ON CONFLICT (initiative_id, year, driver, organisation_id) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, updated_at = now()`,
        [
          initiative.id,
          input.year,
          driver,
          input.source?.trim() ?? '',
          input.values.map((v) => v.organisationId),
          input.values.map((v) => v.value),
        ],
      );
      await this.audit.record(em, actor, {
        operation: 'setAllocationDrivers',
        entityType: 'Initiative',
        entityId: initiative.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: { drivers: before },
        after: { year: input.year, driver, values: input.values, source: input.source ?? '' },
      });
      return em.getRepository(AllocationDriverEntity).find({
        where: { initiativeId: initiative.id, year: input.year, driver },
        order: { organisationId: 'ASC' },
      });
    });
  }

  /** The initiative, or NOT_FOUND; FORBIDDEN unless the actor may see its whole financial detail. */
  private async initiativeWithFinancials(actor: Actor, initiativeId: string): Promise<InitiativeEntity> {
    const initiative = await this.db.getRepository(InitiativeEntity).findOneBy({ id: initiativeId });
    if (!initiative) throw notFound('Initiative', initiativeId);
    assertCanSeeInitiativeFinancials(actor, initiative);
    return initiative;
  }

  /** Driver values of every participant (not public figures): the whole initiative's financial detail. */
  async drivers(
    actor: Actor,
    initiativeId: string,
    year: number | undefined,
  ): Promise<AllocationDriverEntity[]> {
    assertUuid('initiativeId', initiativeId);
    if (year !== undefined && year !== null) checkYear(year);
    await this.initiativeWithFinancials(actor, initiativeId);
    return this.db.getRepository(AllocationDriverEntity).find({
      where: { initiativeId, ...(year === undefined || year === null ? {} : { year }) },
      order: { year: 'ASC', driver: 'ASC', organisationId: 'ASC' },
    });
  }

  /** An initiative's runs (their inputs name every participant's figures): the whole initiative's detail. */
  async runs(actor: Actor, initiativeId: string, year: number | undefined): Promise<AllocationRunEntity[]> {
    assertUuid('initiativeId', initiativeId);
    await this.initiativeWithFinancials(actor, initiativeId);
    return this.db.getRepository(AllocationRunEntity).find({
      where: { initiativeId, ...(year === undefined || year === null ? {} : { year }) },
      order: { year: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
  }

  /** One run, for those who may see its initiative's whole financial detail (else FORBIDDEN). */
  async findRun(actor: Actor, id: string): Promise<AllocationRunEntity> {
    assertUuid('id', id);
    const run = await this.db.getRepository(AllocationRunEntity).findOneBy({ id });
    if (!run) throw notFound('Allocation run', id);
    await this.initiativeWithFinancials(actor, run.initiativeId);
    return run;
  }
}
