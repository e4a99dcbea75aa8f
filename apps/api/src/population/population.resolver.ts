import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, RequireRoles } from '../auth/auth.decorators.js';
import { ImportPopulationArgs } from './dto/import-population.args.js';
import { PopulationImportReportModel } from './models/population-import-report.model.js';
import { PopulationImportService } from './population-import.service.js';

@Resolver()
export class PopulationResolver {
  constructor(private readonly populationImport: PopulationImportService) {}

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
