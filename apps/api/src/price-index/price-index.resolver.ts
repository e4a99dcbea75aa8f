import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, RequireRoles } from '../auth/auth.decorators.js';
import { assertListWindow } from '../common/list-window.js';
import { ImportPriceIndexArgs } from './dto/import-price-index.args.js';
import { PriceIndexArgs } from './dto/price-index.args.js';
import { PriceIndexImportReportModel } from './models/price-index-import-report.model.js';
import { PriceIndexYearModel } from './models/price-index-year.model.js';
import { PriceIndexImportService } from './price-index-import.service.js';
import { PriceIndexRepository } from './price-index.repository.js';

@Resolver()
export class PriceIndexResolver {
  constructor(
    private readonly priceIndexImport: PriceIndexImportService,
    private readonly index: PriceIndexRepository,
  ) {}

  @Query(() => [PriceIndexYearModel], {
    description:
      'The consumer price index by year (SSB table 03014, 2015 = 100) that economics uses for fixed prices; a year after the last one here takes the last one’s index (docs/api.md, "The analysis").',
  })
  priceIndex(@Args() { filter, sort, ...window }: PriceIndexArgs): Promise<PriceIndexYearModel[]> {
    assertListWindow(window);
    return this.index.list(filter ?? {}, sort, window);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => PriceIndexImportReportModel, {
    description:
      'Imports consumer price index years (SSB table 03014, annual average, 2015 = 100) from a CSV: adds or replaces the years in the file only, reports lines it leaves out. With dryRun nothing is stored (administrators).',
  })
  importPriceIndex(
    @CurrentActor() actor: Actor,
    @Args() args: ImportPriceIndexArgs,
  ): Promise<PriceIndexImportReportModel> {
    return this.priceIndexImport.import(actor, args.csv, { dryRun: args.dryRun ?? false });
  }
}
