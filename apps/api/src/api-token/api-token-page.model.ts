import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { ApiTokenModel } from './api-token.model.js';

@ObjectType('ApiTokenPage')
export class ApiTokenPage extends Paginated(ApiTokenModel) {}
