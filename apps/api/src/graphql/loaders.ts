import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AllocationRunEntity } from '../allocation/allocation-run.entity.js';
import { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { CountyPopulationEntity } from '../county/county-population.entity.js';
import { CountyEntity } from '../county/county.entity.js';
import { FundingSourceEntity } from '../initiative/funding-source.entity.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { ParticipantEntity } from '../initiative/participant.entity.js';
import { OrganisationPopulationEntity } from '../organisation/organisation-population.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { BenefitLoaders } from './benefit-loaders.js';
import { loaderById, loaderOfMany } from './loader-factories.js';

/**
 * Per-request batch loaders: each nested field is loaded with one query per kind of field per request,
 * however many parents the page has (no N+1). Created afresh in the GraphQL context of every request, so
 * nothing is cached across requests or users.
 */
export class Loaders {
  constructor(private readonly db: DataSource) {}

  private readonly source = () => this.db;

  readonly organisation = loaderById(this.source, OrganisationEntity);

  readonly childrenOfOrganisation = loaderOfMany(this.source, OrganisationEntity, 'parentId', {
    name: 'ASC',
  });

  /** Populations of each organisation, oldest year first. */
  readonly populationsOfOrganisation = loaderOfMany(
    this.source,
    OrganisationPopulationEntity,
    'organisationId',
    {
      year: 'ASC',
    },
  );

  readonly county = new DataLoader<string, CountyEntity | null>(async (numbers) => {
    const rows = await this.db.getRepository(CountyEntity).findBy({ number: In([...numbers]) });
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });

  readonly populationsOfCounty = loaderOfMany(this.source, CountyPopulationEntity, 'countyNumber', {
    year: 'ASC',
  });

  /** The county authority (fylkeskommune) of each county; Oslo has none. */
  readonly countyAuthority = new DataLoader<string, OrganisationEntity | null>(async (numbers) => {
    const rows = await this.db
      .getRepository(OrganisationEntity)
      .findBy({ countyNumber: In([...numbers]), kind: 'COUNTY_AUTHORITY' as OrganisationEntity['kind'] });
    const byNumber = new Map(rows.map((row) => [row.countyNumber, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  });

  readonly participantsOfInitiative = loaderOfMany(this.source, ParticipantEntity, 'initiativeId', {
    createdAt: 'ASC',
    id: 'ASC',
  });

  readonly fundingSourcesOfInitiative = loaderOfMany(this.source, FundingSourceEntity, 'initiativeId', {
    position: 'ASC',
  });

  readonly initiative = loaderById(this.source, InitiativeEntity);

  readonly user = loaderById(this.source, UserEntity);

  readonly costSharingKey = loaderById(this.source, CostSharingKeyEntity);

  /** Versions of each key, newest first. */
  readonly versionsOfKey = loaderOfMany(this.source, CostSharingKeyVersionEntity, 'keyId', {
    versionNumber: 'DESC',
  });

  readonly keyVersion = loaderById(this.source, CostSharingKeyVersionEntity);

  /** Cost items of each initiative, by year and category. */
  readonly costItemsOfInitiative = loaderOfMany(this.source, CostItemEntity, 'initiativeId', {
    year: 'ASC',
    category: 'ASC',
    createdAt: 'ASC',
  });

  readonly allocationRun = loaderById(this.source, AllocationRunEntity);

  private benefitLoaders?: BenefitLoaders;

  /** Benefits, measurements, benefit owner reports and the figures of initiative economics. */
  get benefits(): BenefitLoaders {
    return (this.benefitLoaders ??= new BenefitLoaders(this.db));
  }
}
