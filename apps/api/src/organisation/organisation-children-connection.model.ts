import { ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('OrganisationChildrenPage', {
  description:
    "A cursor-paged window of an organisation's child organisations (a connection: totalCount, nodes and pageInfo), by name as Organisation.children.",
})
export class OrganisationChildrenPage extends CursorPaginated(OrganisationModel) {}
