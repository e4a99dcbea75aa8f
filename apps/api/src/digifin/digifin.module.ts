import { Module } from '@nestjs/common';
import { DigifinController } from './digifin.controller.js';
import { DigifinRepository } from './digifin.repository.js';
import { DigifinPositionResolver, DigifinResolver } from './digifin.resolver.js';
import { DigifinService } from './digifin.service.js';

/** The DigiFin fund: its ledger, an organisation's position in it, and the contributions' workbook (issue 15). */
@Module({
  controllers: [DigifinController],
  providers: [DigifinResolver, DigifinPositionResolver, DigifinService, DigifinRepository],
})
export class DigifinModule {}
