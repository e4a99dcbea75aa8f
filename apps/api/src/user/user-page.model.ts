import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { UserModel } from './user.model.js';

@ObjectType('UserPage', { description: 'A page of users, with the total count.' })
export class UserPage extends Paginated(UserModel) {}
