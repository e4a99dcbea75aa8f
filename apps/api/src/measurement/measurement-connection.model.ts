import { ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { MeasurementModel } from './measurement.model.js';

@ObjectType('BenefitMeasurementsPage', {
  description:
    "A cursor-paged window of a benefit's measurements (a connection: totalCount, nodes and pageInfo), by date as Benefit.measurements.",
})
export class BenefitMeasurementsPage extends CursorPaginated(MeasurementModel) {}
