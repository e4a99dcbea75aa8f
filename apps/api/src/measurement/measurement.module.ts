import { Module } from '@nestjs/common';
import { BenefitMeasurementsResolver } from './benefit-measurements.resolver.js';
import { MeasurementRepository } from './measurement.repository.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';

@Module({
  providers: [MeasurementResolver, BenefitMeasurementsResolver, MeasurementService, MeasurementRepository],
  exports: [MeasurementRepository],
})
export class MeasurementModule {}
