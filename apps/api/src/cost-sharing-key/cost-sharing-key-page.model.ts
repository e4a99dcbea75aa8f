import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { CostSharingKeyModel } from './cost-sharing-key.model.js';

@ObjectType('CostSharingKeyPage', { description: 'A page of cost-sharing keys, with the total count.' })
export class CostSharingKeyPage extends Paginated(CostSharingKeyModel) {}
