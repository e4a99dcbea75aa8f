import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { LIMITS, Role, isAdmin, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { InputProblems, forbidden } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { deprecationReasonOf } from './deprecated-usage.analysis.js';
import type { DeprecatedUsageModel } from './deprecated-usage.model.js';
import { DeprecatedUsageRecorder, MAX_OPERATION_NAME } from './deprecated-usage.recorder.js';
import { DeprecatedUsageRepository, type UsageRow } from './deprecated-usage.repository.js';
import { DeprecatedUsageArgs } from './dto/deprecated-usage.args.js';

/**
 * The read side of deprecated-field usage, for administrators: the recorded rows with who each client
 * is now and the deprecation reason from the running schema. This process's buffered counts are written
 * first, so a caller sees its own requests at once (other processes' within DEPRECATED_USAGE_FLUSH_SECONDS).
 */
@Injectable()
export class DeprecatedUsageService {
  constructor(
    private readonly usage: DeprecatedUsageRepository,
    private readonly recorder: DeprecatedUsageRecorder,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The running schema: the GraphQL module's own provider (not exported), looked up across the app. */
  private get schema(): GraphQLSchema {
    return this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
  }

  async list(actor: Actor, args: DeprecatedUsageArgs): Promise<Page<DeprecatedUsageModel>> {
    if (!isAdmin(actor)) throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
    assertPage(args);
    const filter = args.filter ?? {};
    const problems = new InputProblems();
    if (filter.clientId && !isUuid(filter.clientId)) problems.check('filter.clientId', msg('NOT_A_UUID'));
    if (filter.coordinate && filter.coordinate.length > LIMITS.search)
      problems.check('filter.coordinate', msg('TOO_LONG', { max: LIMITS.search }));
    if (filter.operationName && filter.operationName.length > MAX_OPERATION_NAME)
      problems.check('filter.operationName', msg('TOO_LONG', { max: MAX_OPERATION_NAME }));
    problems.throwIfAny();
    await this.recorder.flush();
    const { nodes, totalCount } = await this.usage.page(
      { ...filter, coordinate: filter.coordinate?.trim() },
      args.sort,
      args,
    );
    const schema = this.schema;
    return { nodes: nodes.map((row) => toModel(row, schema)), totalCount };
  }
}

function toModel(row: UsageRow, schema: GraphQLSchema): DeprecatedUsageModel {
  return {
    coordinate: row.coordinate,
    deprecationReason: deprecationReasonOf(schema, row.coordinate),
    clientKind: row.client_kind,
    clientId: row.client_id,
    clientName: row.client_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
    ownerKind: row.owner_kind,
    operationName: row.operation_name || null,
    day: row.day,
    requestCount: row.request_count,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  };
}
