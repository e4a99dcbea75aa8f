import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { AuditEventModel } from './audit-event.model.js';

@ObjectType('AuditEventPage')
export class AuditEventPage extends Paginated(AuditEventModel) {}
