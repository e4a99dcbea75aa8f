import { Module } from '@nestjs/common';
import { MinistryFiguresResolver } from './ministry-figures.resolver.js';
import { OrganisationNetPositionResolver } from './organisation-net-position.resolver.js';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';

@Module({
  providers: [PortfolioResolver, MinistryFiguresResolver, OrganisationNetPositionResolver, PortfolioService],
})
export class PortfolioModule {}
