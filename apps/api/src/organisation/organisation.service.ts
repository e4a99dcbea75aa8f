import {
  LIMITS,
  OrganisationKind,
  Role,
  administrativeLevelOf,
  canManageReferenceData,
  countyNumberOf,
  isYearIn,
  msg,
  municipalityNumberProblem,
  orgNumberProblem,
  requiresCountyNumber,
  requiresMunicipalityNumber,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import {
  InputProblems,
  type Problem,
  badInput,
  forbidden,
  notFound,
  staleVersion,
} from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { Page, PageArgs, assertPage } from '../common/pagination.js';
import { CountyRepository } from '../county/county.repository.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationFilter } from './dto/organisation-filter.input.js';
import { OrganisationSort } from './dto/organisation-sort.input.js';
import { PopulationInput } from './dto/population.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import type { OrganisationEntity } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';

/** An organisation's fields before its administrative level is derived from its kind. */
interface Candidate {
  orgNumber: string;
  name: string;
  kind: OrganisationKind;
  municipalityNumber: string | null;
  countyNumber: string | null;
  parentId: string | null;
}

/** The longest source a population figure may name (a file name and a date, or a few words). */
const MAX_POPULATION_SOURCE_LENGTH = 500;

/**
 * Organisations and their population figures (reference data, maintained by administrators): each change
 * is load → authorise (administrators, the version, the input) → apply → audit in one transaction
 * (Mutations); the SQL is OrganisationRepository's.
 */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly counties: CountyRepository,
    private readonly mutations: Mutations,
  ) {}

  async list(
    filter: OrganisationFilter | undefined,
    sort: OrganisationSort | undefined,
    page: PageArgs,
  ): Promise<Page<OrganisationEntity>> {
    assertPage(page);
    const checked = filter ?? {};
    checkFilter(checked);
    return this.organisations.page(checked, sort, page);
  }

  async findById(id: string): Promise<OrganisationEntity> {
    assertUuid('id', id);
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw notFound('Organisation', id);
    return organisation;
  }

  async findByOrgNumber(orgNumber: string): Promise<OrganisationEntity> {
    const problem = orgNumberProblem(orgNumber);
    if (problem) throw badInput('orgNumber', problem);
    const organisation = await this.organisations.findByOrgNumber(orgNumber);
    if (!organisation) throw notFound('Organisation with organisation number', orgNumber);
    return organisation;
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const countyNumber =
      input.kind === OrganisationKind.MUNICIPALITY && input.municipalityNumber && !input.countyNumber
        ? countyNumberOf(input.municipalityNumber)
        : (input.countyNumber ?? null);
    const candidate: Candidate = {
      orgNumber: input.orgNumber.trim(),
      name: input.name.trim(),
      kind: input.kind,
      municipalityNumber: input.municipalityNumber?.trim() || null,
      countyNumber,
      parentId: input.parentId ?? null,
    };
    return this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: async () => {
        assertMaintainer(actor);
        const problems = await this.validate(candidate, null);
        (input.populations ?? []).forEach((population, index) =>
          problems.check(`populations[${index}]`, populationProblem(population)),
        );
        problems.throwIfAny();
      },
      apply: async () => {
        const organisation = await this.organisations.insert({
          ...candidate,
          administrativeLevel: administrativeLevelOf(candidate.kind),
        });
        for (const population of input.populations ?? []) {
          await this.organisations.insertPopulation(organisation.id, {
            year: population.year,
            value: population.value,
            source: population.source?.trim() || 'entered by user',
          });
        }
        return organisation;
      },
      audit: (_none, organisation) => ({
        operation: 'createOrganisation',
        entityType: 'Organisation',
        entityId: organisation.id,
        ownerOrganisationId: organisation.id,
        after: { ...organisation, populations: input.populations ?? [] },
      }),
    });
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    assertUuid('id', input.id);
    return this.mutations.mutate(actor, {
      load: async () => {
        const current = await this.organisations.findById(input.id);
        if (!current) throw notFound('Organisation', input.id);
        return { current, candidate: candidateOf(current, input) };
      },
      authorise: async ({ current, candidate }) => {
        assertMaintainer(actor);
        if (current.version !== input.version)
          throw staleVersion('Organisation', current.version, input.version);
        (await this.validate(candidate, current.id)).throwIfAny();
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: ({ candidate }) =>
        this.organisations.updateAtVersion(input.id, input.version, {
          ...candidate,
          administrativeLevel: administrativeLevelOf(candidate.kind),
        }),
      audit: ({ current }, after) => ({
        operation: 'updateOrganisation',
        entityType: 'Organisation',
        entityId: after.id,
        ownerOrganisationId: after.id,
        before: current,
        after,
      }),
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
    return this.mutations.mutate(actor, {
      load: async () => {
        const organisation = await this.organisations.findById(organisationId);
        if (!organisation) throw notFound('Organisation', organisationId);
        return {
          organisation,
          before: await this.organisations.populationOf(organisationId, population.year),
        };
      },
      authorise: () => assertMaintainer(actor),
      apply: async ({ organisation }) => {
        await this.organisations.upsertPopulation(organisationId, {
          year: population.year,
          value: population.value,
          source: population.source?.trim() || 'entered by user',
        });
        return organisation;
      },
      audit: ({ before }) => ({
        operation: 'setOrganisationPopulation',
        entityType: 'OrganisationPopulation',
        entityId: `${organisationId}:${population.year}`,
        ownerOrganisationId: organisationId,
        before,
        after: { organisationId, ...population },
      }),
    });
  }

  private async validate(candidate: Candidate, selfId: string | null): Promise<InputProblems> {
    const problems = new InputProblems();
    problems.check('orgNumber', orgNumberProblem(candidate.orgNumber));
    problems.check(
      'name',
      candidate.name.length === 0
        ? msg('REQUIRED')
        : candidate.name.length > LIMITS.name
          ? msg('TOO_LONG', { max: LIMITS.name })
          : null,
    );
    const counties = (await this.counties.all()).map((c) => c.number);

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
      else if (!(await this.organisations.exists(candidate.parentId)))
        problems.check('parentId', msg('ORGANISATION_MISSING', { id: candidate.parentId }));
      else if (selfId && (await this.organisations.isDescendant(candidate.parentId, selfId)))
        problems.check('parentId', msg('PARENT_CYCLE'));
    }
    if (!problems.any) {
      const sameNumber = await this.organisations.findByOrgNumber(candidate.orgNumber);
      if (sameNumber && sameNumber.id !== selfId)
        problems.check(
          'orgNumber',
          msg('ORG_NUMBER_TAKEN', { orgNumber: candidate.orgNumber, name: sameNumber.name }),
        );
      if (candidate.municipalityNumber) {
        const sameMunicipality = await this.organisations.findByMunicipalityNumber(
          candidate.municipalityNumber,
        );
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
        const existing = await this.organisations.findCountyAuthority(candidate.countyNumber);
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
}

/** Reference data is maintained by administrators (the guard checks the role first, with the same words). */
function assertMaintainer(actor: Actor): void {
  if (!canManageReferenceData(actor)) throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
}

/** Refuses a malformed list filter with BAD_USER_INPUT naming each field. */
function checkFilter(filter: OrganisationFilter): void {
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
}

/** The organisation after `input` (fields left out keep their value; a municipality's county follows). */
function candidateOf(current: OrganisationEntity, input: UpdateOrganisationInput): Candidate {
  const kind = input.kind ?? current.kind;
  const municipalityNumber =
    input.municipalityNumber === undefined
      ? current.municipalityNumber
      : input.municipalityNumber?.trim() || null;
  let countyNumber = input.countyNumber === undefined ? current.countyNumber : input.countyNumber || null;
  if (kind === OrganisationKind.MUNICIPALITY && municipalityNumber && input.countyNumber === undefined) {
    countyNumber = countyNumberOf(municipalityNumber);
  }
  return {
    orgNumber: input.orgNumber?.trim() ?? current.orgNumber,
    name: input.name?.trim() ?? current.name,
    kind,
    municipalityNumber,
    countyNumber,
    parentId: input.parentId === undefined ? current.parentId : input.parentId,
  };
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
