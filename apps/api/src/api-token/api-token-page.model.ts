import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { ApiTokenModel } from './api-token.model.js';

@ObjectType('ApiTokenPage', { description: 'A page of API tokens, with the total count.' })
export class ApiTokenPage extends Paginated(ApiTokenModel) {}
