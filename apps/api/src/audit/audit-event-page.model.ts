import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { AuditEventModel } from './audit-event.model.js';

@ObjectType('AuditEventPage', { description: 'A page of audit events, with the total count.' })
export class AuditEventPage extends Paginated(AuditEventModel) {}
