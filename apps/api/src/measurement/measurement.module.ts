import { Module } from '@nestjs/common';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';

@Module({
  providers: [MeasurementResolver, MeasurementService],
})
export class MeasurementModule {}
