import { type AuditReference, auditReferenceIds, auditSubject } from '@gevinst/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { AuditEventModel } from './audit-event.model.js';
import { AuditReferenceModel } from './audit-reference.model.js';
import { AuditLoaders } from './audit.loaders.js';

type Subject = Omit<AuditReference, 'id' | 'entityType'>;

/**
 * The names behind an audit event's ids, batch-loaded: every event of a page is resolved in one statement
 * (AuditLoaders.reference). The words are the client's, per language (libs/domain/src/audit-log.ts).
 */
@Resolver(() => AuditEventModel)
export class AuditEventResolver {
  @ResolveField(() => String, {
    nullable: true,
    description:
      'The acting user’s name (null for Gevinst itself, or a user no longer there: see actorEmail).',
  })
  async actorName(@Parent() event: AuditEventModel, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!event.actorUserId) return null;
    return (await ctx.loaders.of(AuditLoaders).reference.load(event.actorUserId))?.name ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The name of the organisation the actor acted for (their own organisation).',
  })
  async actorOrganisationName(
    @Parent() event: AuditEventModel,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    const loader = ctx.loaders.of(AuditLoaders).reference;
    if (event.organisationId) return (await loader.load(event.organisationId))?.name ?? null;
    if (event.actorUserId) return (await loader.load(event.actorUserId))?.parentName ?? null;
    return null;
  }

  @ResolveField(() => AuditReferenceModel, {
    nullable: true,
    description:
      'What the event is about, named: the entity as it is now, or as the event’s own snapshot named it when it is gone (a deleted benefit). Null when nothing names it (a refused attempt). Its id is the entity id and its entityType the event’s.',
  })
  async subject(
    @Parent() event: AuditEventModel,
    @Context() ctx: GraphQLContext,
  ): Promise<AuditReferenceModel | null> {
    const refs = await this.referencesOf(event, ctx);
    const subject: Subject | null = auditSubject(event, (id) => refs.get(id));
    return subject ? { ...subject, id: event.entityId, entityType: event.entityType } : null;
  }

  @ResolveField(() => [AuditReferenceModel], {
    description:
      'What every id in before and after (and the initiative) names, so a client shows names, never ids. An id that names nothing any more is left out.',
  })
  async references(
    @Parent() event: AuditEventModel,
    @Context() ctx: GraphQLContext,
  ): Promise<AuditReferenceModel[]> {
    return [...(await this.referencesOf(event, ctx)).values()];
  }

  private async referencesOf(
    event: AuditEventModel,
    ctx: GraphQLContext,
  ): Promise<Map<string, AuditReference>> {
    const loaded = await ctx.loaders.of(AuditLoaders).reference.loadMany(auditReferenceIds(event));
    const refs = new Map<string, AuditReference>();
    for (const ref of loaded) if (ref && !(ref instanceof Error)) refs.set(ref.id, ref);
    return refs;
  }
}
