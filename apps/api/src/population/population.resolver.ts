import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, RequireRoles } from '../auth/auth.decorators.js';
import { assertListWindow } from '../common/list-window.js';
import { ImportPopulationArgs } from './dto/import-population.args.js';
import { PopulationYearsArgs } from './dto/population-years.args.js';
import { PopulationImportReportModel } from './models/population-import-report.model.js';
import { PopulationImportService } from './population-import.service.js';
import { PopulationYearModel } from './models/population-year.model.js';
import { PopulationRepository } from './population.repository.js';

@Resolver()
export class PopulationResolver {
  constructor(
    private readonly populationImport: PopulationImportService,
    private readonly populations: PopulationRepository,
  ) {}

  @Query(() => [PopulationYearModel], {
    description:
      'The years with population figures stored, newest first: a population-based key’s preview and allocation need figures for their population year (the admin defaults to the newest).',
  })
  populationYears(@Args() { filter, sort, ...window }: PopulationYearsArgs): Promise<PopulationYearModel[]> {
    assertListWindow(window);
    return this.populations.listYears(filter ?? {}, sort, window);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => PopulationImportReportModel, {
    description:
      'Imports the municipalities’ population for one year from Statistics Norway’s table 07459 (CSV): adds or replaces that year’s figures only, and reports unknown and missing municipalities. With dryRun nothing is stored (administrators).',
  })
  importPopulation(
    @CurrentActor() actor: Actor,
    @Args() args: ImportPopulationArgs,
  ): Promise<PopulationImportReportModel> {
    return this.populationImport.import(actor, args.csv, args.year, { dryRun: args.dryRun ?? false });
  }
}
