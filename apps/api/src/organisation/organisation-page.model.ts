import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('OrganisationPage')
export class OrganisationPage extends Paginated(OrganisationModel) {}
