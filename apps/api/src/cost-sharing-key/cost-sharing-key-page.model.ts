import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { CostSharingKeyModel } from './cost-sharing-key.model.js';

@ObjectType('CostSharingKeyPage')
export class CostSharingKeyPage extends Paginated(CostSharingKeyModel) {}
