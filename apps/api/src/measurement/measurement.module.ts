import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BenefitMeasurementsResolver } from './benefit-measurements.resolver.js';
import { MeasurementRepository } from './measurement.repository.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';

@Module({
  imports: [BenefitModule, InitiativeModule],
  providers: [MeasurementResolver, BenefitMeasurementsResolver, MeasurementService, MeasurementRepository],
  exports: [MeasurementRepository],
})
export class MeasurementModule {}
