import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { CountyEntity } from '../county/county.entity.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { AllocationRunEntity } from '../allocation/allocation-run.entity.js';
import { CountyPopulationEntity } from '../county/county-population.entity.js';
import { FundingSourceEntity } from '../initiative/funding-source.entity.js';
import { ParticipantEntity } from '../initiative/participant.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { OrganisationPopulationEntity } from '../organisation/organisation-population.entity.js';
import { BenefitLoaders } from './benefit-loaders.js';

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Per-request batch loaders: each nested field is loaded with one query per kind of field per request,
 * however many parents the page has (no N+1). Created afresh in the GraphQL context of every request, so
 * nothing is cached across requests or users.
 */
export class Loaders {
  constructor(private readonly db: DataSource) {}

  readonly organisation = new DataLoader<string, OrganisationEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly childrenOfOrganisation = new DataLoader<string, OrganisationEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(OrganisationEntity)
      .find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } });
    const groups = groupBy(rows, (row) => row.parentId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** Populations of each organisation, oldest year first. */
  readonly populationsOfOrganisation = new DataLoader<string, OrganisationPopulationEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(OrganisationPopulationEntity)
      .find({ where: { organisationId: In([...ids]) }, order: { year: 'ASC' } });
    const groups = groupBy(rows, (row) => row.organisationId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  readonly county = new DataLoader<string, CountyEntity | null>(async (numbers) => {
    const rows = await this.db.getRepository(CountyEntity).findBy({ number: In([...numbers]) });
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });

  readonly populationsOfCounty = new DataLoader<string, CountyPopulationEntity[]>(async (numbers) => {
    const rows = await this.db
      .getRepository(CountyPopulationEntity)
      .find({ where: { countyNumber: In([...numbers]) }, order: { year: 'ASC' } });
    const groups = groupBy(rows, (row) => row.countyNumber);
    return numbers.map((number) => groups.get(number) ?? []);
  });

  /** The county authority (fylkeskommune) of each county; Oslo has none. */
  readonly countyAuthority = new DataLoader<string, OrganisationEntity | null>(async (numbers) => {
    const rows = await this.db
      .getRepository(OrganisationEntity)
      .findBy({ countyNumber: In([...numbers]), kind: 'COUNTY_AUTHORITY' as OrganisationEntity['kind'] });
    const byNumber = new Map(rows.map((row) => [row.countyNumber, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });

  readonly participantsOfInitiative = new DataLoader<string, ParticipantEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(ParticipantEntity)
      .find({ where: { initiativeId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (row) => row.initiativeId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  readonly fundingSourcesOfInitiative = new DataLoader<string, FundingSourceEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(FundingSourceEntity)
      .find({ where: { initiativeId: In([...ids]) }, order: { position: 'ASC' } });
    const groups = groupBy(rows, (row) => row.initiativeId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  readonly initiative = new DataLoader<string, InitiativeEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(InitiativeEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly costSharingKey = new DataLoader<string, CostSharingKeyEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(CostSharingKeyEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Versions of each key, newest first. */
  readonly versionsOfKey = new DataLoader<string, CostSharingKeyVersionEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(CostSharingKeyVersionEntity)
      .find({ where: { keyId: In([...ids]) }, order: { versionNumber: 'DESC' } });
    const groups = groupBy(rows, (row) => row.keyId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  readonly keyVersion = new DataLoader<string, CostSharingKeyVersionEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(CostSharingKeyVersionEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Cost items of each initiative, by year and category. */
  readonly costItemsOfInitiative = new DataLoader<string, CostItemEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(CostItemEntity)
      .find({
        where: { initiativeId: In([...ids]) },
        order: { year: 'ASC', category: 'ASC', createdAt: 'ASC' },
      });
    const groups = groupBy(rows, (row) => row.initiativeId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  readonly allocationRun = new DataLoader<string, AllocationRunEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(AllocationRunEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  private benefitLoaders?: BenefitLoaders;

  /** Benefits, measurements, benefit owner reports and the figures of initiative economics. */
  get benefits(): BenefitLoaders {
    return (this.benefitLoaders ??= new BenefitLoaders(this.db));
  }
}
