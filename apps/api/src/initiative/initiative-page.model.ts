import { ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { InitiativeModel } from './initiative.model.js';

@ObjectType('InitiativePage', {
  description: 'A page of initiatives, with the total count and cursor paging.',
})
export class InitiativePage extends CursorPaginated(InitiativeModel) {}
