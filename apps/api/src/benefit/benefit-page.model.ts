import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { BenefitModel } from './benefit.model.js';

@ObjectType('BenefitPage')
export class BenefitPage extends Paginated(BenefitModel) {}
