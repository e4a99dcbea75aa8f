import { Global, Module } from '@nestjs/common';
import { InitiativeFigureSource } from '../initiative/initiative-figure-source.js';
import { InitiativeListFiguresResolver } from './initiative-list-figures.resolver.js';
import { AccessModule } from '../access/access.module.js';
import { MinistryFiguresResolver } from './ministry-figures.resolver.js';
import { OrganisationNetPositionResolver } from './organisation-net-position.resolver.js';
import {
  OrganisationInitiativePositionResolver,
  OrganisationPositionResolver,
} from './organisation-position.resolver.js';
import { OrganisationPositionsController } from './organisation-positions.controller.js';
import { PortfolioCache } from './portfolio-cache.js';
import { PortfolioPrecompute } from './portfolio-precompute.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioRepository } from './portfolio.repository.js';
import { PortfolioService } from './portfolio.service.js';

/**
 * Global so that the initiatives list can sort by the figures computed here (InitiativeFigureSource)
 * without the initiative feature importing this one.
 */
@Global()
@Module({
  imports: [AccessModule],
  controllers: [OrganisationPositionsController],
  providers: [
    PortfolioResolver,
    MinistryFiguresResolver,
    OrganisationNetPositionResolver,
    OrganisationPositionResolver,
    OrganisationInitiativePositionResolver,
    PortfolioService,
    PortfolioRepository,
    PortfolioCache,
    PortfolioPrecompute,
    InitiativeListFiguresResolver,
    { provide: InitiativeFigureSource, useExisting: PortfolioService },
  ],
  exports: [InitiativeFigureSource, PortfolioPrecompute],
})
export class PortfolioModule {}
