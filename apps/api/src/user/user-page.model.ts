import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { UserModel } from './user.model.js';

@ObjectType('UserPage')
export class UserPage extends Paginated(UserModel) {}
