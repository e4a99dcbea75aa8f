import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { MinistryFiguresResolver } from './ministry-figures.resolver.js';
import { OrganisationNetPositionResolver } from './organisation-net-position.resolver.js';
import { PortfolioCache } from './portfolio-cache.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioRepository } from './portfolio.repository.js';
import { PortfolioService } from './portfolio.service.js';

@Module({
  imports: [AccessModule],
  providers: [
    PortfolioResolver,
    MinistryFiguresResolver,
    OrganisationNetPositionResolver,
    PortfolioService,
    PortfolioRepository,
    PortfolioCache,
  ],
})
export class PortfolioModule {}
