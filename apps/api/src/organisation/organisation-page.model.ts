import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('OrganisationPage', { description: 'A page of organisations, with the total count.' })
export class OrganisationPage extends Paginated(OrganisationModel) {}
