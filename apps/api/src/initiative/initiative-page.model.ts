import { ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { InitiativeModel } from './initiative.model.js';

@ObjectType('InitiativePage')
export class InitiativePage extends CursorPaginated(InitiativeModel) {}
