import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { InitiativeModel } from './initiative.model.js';

@ObjectType('InitiativePage')
export class InitiativePage extends Paginated(InitiativeModel) {}
