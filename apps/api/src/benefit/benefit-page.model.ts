import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { BenefitModel } from './benefit.model.js';

@ObjectType('BenefitPage', { description: 'A page of benefits, with the total count.' })
export class BenefitPage extends Paginated(BenefitModel) {}
