import { Module } from '@nestjs/common';
import { BenefitMeasurementsResolver } from './benefit-measurements.resolver.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';

@Module({
  providers: [MeasurementResolver, BenefitMeasurementsResolver, MeasurementService],
})
export class MeasurementModule {}
