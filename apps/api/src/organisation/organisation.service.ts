import {
  LIMITS,
  OrganisationKind,
  administrativeLevelOf,
  countyNumberOf,
  isYearIn,
  msg,
  municipalityNumberProblem,
  orgNumberProblem,
  requiresCountyNumber,
  requiresMunicipalityNumber,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, type Problem, badInput, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { Page, PageArgs, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { CountyEntity } from '../county/county.entity.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationFilter } from './dto/organisation-filter.input.js';
import { OrganisationSort, OrganisationSortField } from './dto/organisation-sort.input.js';
import { PopulationInput } from './dto/population.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { OrganisationPopulationEntity } from './organisation-population.entity.js';
import { OrganisationEntity } from './organisation.entity.js';

const SORT_COLUMNS: Record<OrganisationSortField, string> = {
  [OrganisationSortField.NAME]: 'o.name',
  [OrganisationSortField.ORG_NUMBER]: 'o.org_number',
  [OrganisationSortField.MUNICIPALITY_NUMBER]: 'o.municipality_number',
  [OrganisationSortField.KIND]: 'o.kind',
  [OrganisationSortField.POPULATION]:
    '(SELECT p.value FROM organisation_populations p WHERE p.organisation_id = o.id ORDER BY p.year DESC LIMIT 1)',
};
const SORT_DEFAULT = { field: OrganisationSortField.NAME, direction: SortDirection.ASC };

/** The longest source a population figure may name (a file name and a date, or a few words). */
const MAX_POPULATION_SOURCE_LENGTH = 500;

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    filter: OrganisationFilter | undefined,
    sort: OrganisationSort | undefined,
    page: PageArgs,
  ): Promise<Page<OrganisationEntity>> {
    assertPage(page);
    const query = this.db.getRepository(OrganisationEntity).createQueryBuilder('o');
    this.applyFilter(query, filter ?? {});
    applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['o.name', 'o.id'])
      .offset(page.offset)
      .limit(page.limit);
    const [nodes, totalCount] = await query.getManyAndCount();
    return { nodes, totalCount };
  }

  private applyFilter(query: SelectQueryBuilder<OrganisationEntity>, filter: OrganisationFilter): void {
    const problems = new InputProblems();
    if (filter.parentId !== undefined && filter.parentId !== null)
      problems.check('filter.parentId', isUuid(filter.parentId) ? null : msg('NOT_A_UUID'));
    if (filter.countyNumber !== undefined && filter.countyNumber !== null)
      problems.check(
        'filter.countyNumber',
        /^\d{2}$/.test(filter.countyNumber)
          ? null
          : msg('COUNTY_NUMBER_DIGITS', { got: `"${filter.countyNumber}"` }),
      );
    if (filter.search && filter.search.length > LIMITS.search)
      problems.check('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();

    if (filter.kind?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.administrativeLevel)
      query.andWhere('o.administrative_level = :level', { level: filter.administrativeLevel });
    if (filter.countyNumber) query.andWhere('o.county_number = :county', { county: filter.countyNumber });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.isDemo !== undefined && filter.isDemo !== null)
      query.andWhere('o.is_demo = :isDemo', { isDemo: filter.isDemo });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        "(o.name ILIKE :pattern ESCAPE '\\' OR o.org_number LIKE :pattern ESCAPE '\\' OR o.municipality_number LIKE :pattern ESCAPE '\\')",
        { pattern: likePattern(search) },
      );
    }
  }

  async findById(id: string): Promise<OrganisationEntity> {
    assertUuid('id', id);
    const organisation = await this.db.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation) throw notFound('Organisation', id);
    return organisation;
  }

  async findByOrgNumber(orgNumber: string): Promise<OrganisationEntity> {
    const problem = orgNumberProblem(orgNumber);
    if (problem) throw badInput('orgNumber', problem);
    const organisation = await this.db.getRepository(OrganisationEntity).findOneBy({ orgNumber });
    if (!organisation) throw notFound('Organisation with organisation number', orgNumber);
    return organisation;
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.db.transaction(async (em) => {
      const countyNumber =
        input.kind === OrganisationKind.MUNICIPALITY && input.municipalityNumber && !input.countyNumber
          ? countyNumberOf(input.municipalityNumber)
          : (input.countyNumber ?? null);
      const candidate = {
        orgNumber: input.orgNumber.trim(),
        name: input.name.trim(),
        kind: input.kind,
        municipalityNumber: input.municipalityNumber?.trim() || null,
        countyNumber,
        parentId: input.parentId ?? null,
      };
      const problems = await this.validate(em, candidate, null);
      (input.populations ?? []).forEach((population, index) =>
        problems.check(`populations[${index}]`, populationProblem(population)),
      );
      problems.throwIfAny();
      const organisation = await em.getRepository(OrganisationEntity).save(
        em.getRepository(OrganisationEntity).create({
          ...candidate,
          administrativeLevel: administrativeLevelOf(candidate.kind),
          isDemo: false,
          version: 1,
        }),
      );
      for (const population of input.populations ?? []) {
        await em.getRepository(OrganisationPopulationEntity).insert({
          organisationId: organisation.id,
          year: population.year,
          value: population.value,
          source: population.source?.trim() || 'entered by user',
        });
      }
      await this.audit.record(em, actor, {
        operation: 'createOrganisation',
        entityType: 'Organisation',
        entityId: organisation.id,
        ownerOrganisationId: organisation.id,
        after: { ...organisation, populations: input.populations ?? [] },
      });
      return organisation;
    });
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(OrganisationEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('Organisation', input.id);
      if (current.version !== input.version)
        throw staleVersion('Organisation', current.version, input.version);
      const kind = input.kind ?? current.kind;
      const municipalityNumber =
        input.municipalityNumber === undefined
          ? current.municipalityNumber
          : input.municipalityNumber?.trim() || null;
      let countyNumber = input.countyNumber === undefined ? current.countyNumber : input.countyNumber || null;
      if (kind === OrganisationKind.MUNICIPALITY && municipalityNumber && input.countyNumber === undefined) {
        countyNumber = countyNumberOf(municipalityNumber);
      }
      const candidate = {
        orgNumber: input.orgNumber?.trim() ?? current.orgNumber,
        name: input.name?.trim() ?? current.name,
        kind,
        municipalityNumber,
        countyNumber,
        parentId: input.parentId === undefined ? current.parentId : input.parentId,
      };
      (await this.validate(em, candidate, current.id)).throwIfAny();
      const result = await em
        .createQueryBuilder()
        .update(OrganisationEntity)
        .set({
          ...candidate,
          administrativeLevel: administrativeLevelOf(kind),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: input.id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleVersion('Organisation', undefined, input.version);
      const after = await em.getRepository(OrganisationEntity).findOneByOrFail({ id: input.id });
      await this.audit.record(em, actor, {
        operation: 'updateOrganisation',
        entityType: 'Organisation',
        entityId: after.id,
        ownerOrganisationId: after.id,
        before: current,
        after,
      });
      return after;
    });
  }

  /** Stores the population for a year (adds the year, or replaces that year's figure only). */
  async setPopulation(
    actor: Actor,
    organisationId: string,
    population: PopulationInput,
  ): Promise<OrganisationEntity> {
    assertUuid('organisationId', organisationId);
    const problem = populationProblem(population);
    if (problem) throw badInput('population', problem);
    return this.db.transaction(async (em) => {
      const organisation = await em.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
      if (!organisation) throw notFound('Organisation', organisationId);
      const before = await em
        .getRepository(OrganisationPopulationEntity)
        .findOneBy({ organisationId, year: population.year });
      await em
        .createQueryBuilder()
        .insert()
        .into(OrganisationPopulationEntity)
        .values({
          organisationId,
          year: population.year,
          value: population.value,
          source: population.source?.trim() || 'entered by user',
        })
        .orUpdate(['value', 'source'], ['organisation_id', 'year'])
        .execute();
      await this.audit.record(em, actor, {
        operation: 'setOrganisationPopulation',
        entityType: 'OrganisationPopulation',
        entityId: `${organisationId}:${population.year}`,
        ownerOrganisationId: organisationId,
        before,
        after: { organisationId, ...population },
      });
      return organisation;
    });
  }

  private async validate(
    em: EntityManager,
    candidate: {
      orgNumber: string;
      name: string;
      kind: OrganisationKind;
      municipalityNumber: string | null;
      countyNumber: string | null;
      parentId: string | null;
    },
    selfId: string | null,
  ): Promise<InputProblems> {
    const problems = new InputProblems();
    const orgs = em.getRepository(OrganisationEntity);
    problems.check('orgNumber', orgNumberProblem(candidate.orgNumber));
    problems.check(
      'name',
      candidate.name.length === 0
        ? msg('REQUIRED')
        : candidate.name.length > LIMITS.name
          ? msg('TOO_LONG', { max: LIMITS.name })
          : null,
    );
    const counties = (await em.getRepository(CountyEntity).find({ select: { number: true } })).map(
      (c) => c.number,
    );

    if (requiresMunicipalityNumber(candidate.kind) && !candidate.municipalityNumber) {
      problems.check('municipalityNumber', msg('MUNICIPALITY_NUMBER_REQUIRED'));
    } else if (!requiresMunicipalityNumber(candidate.kind) && candidate.municipalityNumber) {
      problems.check('municipalityNumber', msg('ONLY_MUNICIPALITIES', { kind: candidate.kind }));
    } else if (candidate.municipalityNumber) {
      const problem = municipalityNumberProblem(candidate.municipalityNumber, counties);
      problems.check('municipalityNumber', problem);
      if (
        !problem &&
        candidate.countyNumber &&
        candidate.countyNumber !== countyNumberOf(candidate.municipalityNumber)
      ) {
        problems.check(
          'countyNumber',
          msg('COUNTY_OF_MUNICIPALITY', { county: countyNumberOf(candidate.municipalityNumber) }),
        );
      }
    }
    const derivedFromBadMunicipality =
      candidate.municipalityNumber !== null &&
      municipalityNumberProblem(candidate.municipalityNumber, counties) !== null;
    if (derivedFromBadMunicipality) {
      // Already reported against municipalityNumber.
    } else if (candidate.countyNumber && !counties.includes(candidate.countyNumber)) {
      problems.check('countyNumber', msg('NOT_A_COUNTY_NUMBER', { county: candidate.countyNumber }));
    } else if (
      requiresCountyNumber(candidate.kind) &&
      !requiresMunicipalityNumber(candidate.kind) &&
      !candidate.countyNumber
    ) {
      // A municipality's county follows from its municipality number, checked above.
      problems.check('countyNumber', msg('COUNTY_NUMBER_REQUIRED', { kind: candidate.kind }));
    }
    if (candidate.parentId) {
      if (!isUuid(candidate.parentId)) problems.check('parentId', msg('NOT_A_UUID'));
      else if (candidate.parentId === selfId) problems.check('parentId', msg('OWN_PARENT'));
      else if (!(await orgs.existsBy({ id: candidate.parentId })))
        problems.check('parentId', msg('ORGANISATION_MISSING', { id: candidate.parentId }));
      else if (selfId && (await this.isDescendant(em, candidate.parentId, selfId)))
        problems.check('parentId', msg('PARENT_CYCLE'));
    }
    if (!problems.any) {
      const sameNumber = await orgs.findOneBy({ orgNumber: candidate.orgNumber });
      if (sameNumber && sameNumber.id !== selfId)
        problems.check(
          'orgNumber',
          msg('ORG_NUMBER_TAKEN', { orgNumber: candidate.orgNumber, name: sameNumber.name }),
        );
      if (candidate.municipalityNumber) {
        const sameMunicipality = await orgs.findOneBy({ municipalityNumber: candidate.municipalityNumber });
        if (sameMunicipality && sameMunicipality.id !== selfId)
          problems.check(
            'municipalityNumber',
            msg('MUNICIPALITY_NUMBER_TAKEN', {
              municipalityNumber: candidate.municipalityNumber,
              name: sameMunicipality.name,
            }),
          );
      }
      if (candidate.kind === OrganisationKind.COUNTY_AUTHORITY && candidate.countyNumber) {
        const existing = await orgs.findOneBy({ kind: candidate.kind, countyNumber: candidate.countyNumber });
        if (existing && existing.id !== selfId)
          problems.check(
            'countyNumber',
            msg('COUNTY_AUTHORITY_EXISTS', { county: candidate.countyNumber, name: existing.name }),
          );
        if (candidate.countyNumber === '03') problems.check('countyNumber', msg('OSLO_NO_COUNTY_AUTHORITY'));
      }
    }
    return problems;
  }

  /** True when `candidateId` lies below `ancestorId` in the parent hierarchy. */
  private async isDescendant(em: EntityManager, candidateId: string, ancestorId: string): Promise<boolean> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM organisations WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
       ) SELECT id FROM up WHERE id = $2 LIMIT 1`,
      [candidateId, ancestorId],
    );
    return rows.length > 0;
  }
}

export function populationProblem(population: PopulationInput): Problem | null {
  if (!isYearIn(population.year, LIMITS.populationYear))
    return msg('POPULATION_YEAR_BETWEEN', { ...LIMITS.populationYear, got: String(population.year) });
  if (!Number.isInteger(population.value) || population.value < 0)
    return msg('POPULATION_VALUE', { got: String(population.value) });
  if (population.source && population.source.length > MAX_POPULATION_SOURCE_LENGTH)
    return msg('POPULATION_SOURCE_TOO_LONG', { max: MAX_POPULATION_SOURCE_LENGTH });
  return null;
}
