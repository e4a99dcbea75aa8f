import { LIMITS, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { InputProblems, badInput, conflict, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { BenefitsMapEdgeEntity } from './benefits-map-edge.entity.js';
import { BenefitsMapNodeType } from './benefits-map-node-type.enum.js';
import { BenefitsMapModel } from './benefits-map.model.js';
import { AddBenefitsMapEdgeInput } from './dto/add-benefits-map-edge.input.js';
import { CreateEnablerInput } from './dto/create-enabler.input.js';
import { UpdateEnablerInput } from './dto/update-enabler.input.js';
import { EnablerEntity } from './enabler.entity.js';

interface MapNode {
  id: string;
  initiativeId: string;
  title: string;
  type: BenefitsMapNodeType;
}

@Injectable()
export class BenefitsMapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativeService,
  ) {}

  /** The benefits map of an initiative: three queries, whatever its size. */
  async map(initiativeId: string): Promise<BenefitsMapModel> {
    assertUuid('initiativeId', initiativeId);
    if (!(await this.db.getRepository(InitiativeEntity).existsBy({ id: initiativeId })))
      throw notFound('Initiative', initiativeId);
    const [enablers, benefits, edges] = [
      await this.db
        .getRepository(EnablerEntity)
        .find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      await this.db
        .getRepository(BenefitEntity)
        .find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      await this.db
        .getRepository(BenefitsMapEdgeEntity)
        .find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ];
    return {
      initiativeId,
      nodes: [
        ...enablers.map((enabler) => ({
          id: enabler.id,
          type: BenefitsMapNodeType.ENABLER,
          title: enabler.title,
          enablerKind: enabler.kind,
          benefitCategory: null,
          benefitStatus: null,
          benefit: null,
          enabler,
        })),
        ...benefits.map((benefit) => ({
          id: benefit.id,
          type: BenefitsMapNodeType.BENEFIT,
          title: benefit.title,
          enablerKind: null,
          benefitCategory: benefit.category,
          benefitStatus: benefit.status,
          benefit,
          enabler: null,
        })),
      ],
      edges: edges.map(({ id, fromId, toId }) => ({ id, fromId, toId })),
    };
  }

  async createEnabler(actor: Actor, input: CreateEnablerInput): Promise<EnablerEntity> {
    assertUuid('initiativeId', input.initiativeId);
    return this.db.transaction(async (em) => {
      const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id: input.initiativeId });
      if (!initiative) throw notFound('Initiative', input.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      const fields = {
        kind: input.kind,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
      };
      checkEnabler(fields);
      const repository = em.getRepository(EnablerEntity);
      const enabler = await repository.save(
        repository.create({ ...fields, initiativeId: initiative.id, isDemo: false, version: 1 }),
      );
      await this.audit.record(em, actor, {
        operation: 'createEnabler',
        entityType: 'Enabler',
        entityId: enabler.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: enabler,
      });
      return enabler;
    });
  }

  async updateEnabler(actor: Actor, input: UpdateEnablerInput): Promise<EnablerEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(EnablerEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('Enabler', input.id);
      const initiative = await em
        .getRepository(InitiativeEntity)
        .findOneByOrFail({ id: current.initiativeId });
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== input.version) throw staleVersion('Enabler', current.version, input.version);
      const fields = {
        kind: input.kind ?? current.kind,
        title: input.title?.trim() ?? current.title,
        description: input.description?.trim() ?? current.description,
      };
      checkEnabler(fields);
      // Someone else's update may have committed between the read and this write.
      await updateAtVersion(em, EnablerEntity, 'Enabler', current.id, input.version, fields);
      const after = await em.getRepository(EnablerEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(em, actor, {
        operation: 'updateEnabler',
        entityType: 'Enabler',
        entityId: current.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after,
      });
      return after;
    });
  }

  /** Deletes an enabler and its edges. */
  async deleteEnabler(actor: Actor, id: string, version: number): Promise<string> {
    assertUuid('id', id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(EnablerEntity).findOneBy({ id });
      if (!current) throw notFound('Enabler', id);
      const initiative = await em
        .getRepository(InitiativeEntity)
        .findOneByOrFail({ id: current.initiativeId });
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== version) throw staleVersion('Enabler', current.version, version);
      const edges = await em
        .getRepository(BenefitsMapEdgeEntity)
        .find({ where: [{ fromId: id }, { toId: id }] });
      await em.getRepository(EnablerEntity).delete({ id, version });
      await this.audit.record(em, actor, {
        operation: 'deleteEnabler',
        entityType: 'Enabler',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: { ...current, edges },
      });
      return id;
    });
  }

  /** Adds "from → to" (to depends on from) to an initiative's map; refuses duplicates and cycles. */
  async addEdge(actor: Actor, input: AddBenefitsMapEdgeInput): Promise<BenefitsMapEdgeEntity> {
    assertUuid('fromId', input.fromId);
    assertUuid('toId', input.toId);
    if (input.fromId === input.toId) throw badInput('toId', msg('MAP_SELF_DEPENDENCY'));
    return this.db.transaction(async (em) => {
      const from = await this.node(em, input.fromId);
      const to = await this.node(em, input.toId);
      const problems = new InputProblems();
      if (!from) problems.check('fromId', msg('MAP_NODE_MISSING', { id: input.fromId }));
      if (!to) problems.check('toId', msg('MAP_NODE_MISSING', { id: input.toId }));
      if (from && to && from.initiativeId !== to.initiativeId)
        problems.check('toId', msg('MAP_OTHER_INITIATIVE', { title: to.title, otherTitle: from.title }));
      problems.throwIfAny();
      const [source, target] = [from as MapNode, to as MapNode];
      // Lock the initiative so concurrent changes to its map are checked for cycles one at a time.
      const initiative = await em
        .getRepository(InitiativeEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: source.initiativeId })
        .getOneOrFail();
      this.initiatives.assertCanEdit(actor, initiative);
      const edges = await em
        .getRepository(BenefitsMapEdgeEntity)
        .find({ where: { initiativeId: initiative.id } });
      if (edges.some((edge) => edge.fromId === source.id && edge.toId === target.id))
        throw conflict(msg('MAP_EDGE_EXISTS', { title: target.title, dependsOn: source.title }));
      const path = pathBetween(edges, target.id, source.id);
      if (path) {
        const titles = await this.titles(em, path);
        throw badInput(
          'toId',
          msg('MAP_CYCLE', { path: [...path, target.id].map((id) => titles.get(id) ?? id) }),
        );
      }
      const repository = em.getRepository(BenefitsMapEdgeEntity);
      const saved = await repository.save(
        repository.create({
          initiativeId: initiative.id,
          fromBenefitId: source.type === BenefitsMapNodeType.BENEFIT ? source.id : null,
          fromEnablerId: source.type === BenefitsMapNodeType.ENABLER ? source.id : null,
          toBenefitId: target.type === BenefitsMapNodeType.BENEFIT ? target.id : null,
          toEnablerId: target.type === BenefitsMapNodeType.ENABLER ? target.id : null,
          isDemo: false,
        }),
      );
      const edge = await repository.findOneByOrFail({ id: saved.id });
      await this.audit.record(em, actor, {
        operation: 'addBenefitsMapEdge',
        entityType: 'BenefitsMapEdge',
        entityId: edge.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: edge,
      });
      return edge;
    });
  }

  async removeEdge(actor: Actor, id: string): Promise<string> {
    assertUuid('id', id);
    return this.db.transaction(async (em) => {
      const edge = await em.getRepository(BenefitsMapEdgeEntity).findOneBy({ id });
      if (!edge) throw notFound('Benefits map edge', id);
      const initiative = await em.getRepository(InitiativeEntity).findOneByOrFail({ id: edge.initiativeId });
      this.initiatives.assertCanEdit(actor, initiative);
      await em.getRepository(BenefitsMapEdgeEntity).delete({ id });
      await this.audit.record(em, actor, {
        operation: 'removeBenefitsMapEdge',
        entityType: 'BenefitsMapEdge',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: edge,
      });
      return id;
    });
  }

  private async node(em: EntityManager, id: string): Promise<MapNode | null> {
    const benefit = await em.getRepository(BenefitEntity).findOneBy({ id });
    if (benefit)
      return {
        id,
        initiativeId: benefit.initiativeId,
        title: benefit.title,
        type: BenefitsMapNodeType.BENEFIT,
      };
    const enabler = await em.getRepository(EnablerEntity).findOneBy({ id });
    if (enabler)
      return {
        id,
        initiativeId: enabler.initiativeId,
        title: enabler.title,
        type: BenefitsMapNodeType.ENABLER,
      };
    return null;
  }

  private async titles(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows = await em.query<{ id: string; title: string }[]>(
      `SELECT id, title FROM benefits WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, title FROM benefit_enablers WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}

/** A path start → … → goal along the edges (breadth first, so the shortest), or null. */
export function pathBetween(
  edges: readonly { fromId: string; toId: string }[],
  start: string,
  goal: string,
): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const list = next.get(edge.fromId);
    if (list) list.push(edge.toId);
    else next.set(edge.fromId, [edge.toId]);
  }
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift() as string;
    if (current === goal) {
      const path: string[] = [];
      for (let at: string | null = goal; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const following of next.get(current) ?? []) {
      if (!previous.has(following)) {
        previous.set(following, current);
        queue.push(following);
      }
    }
  }
  return null;
}

function checkEnabler(fields: { title: string; description: string }): void {
  new InputProblems()
    .check(
      'title',
      !fields.title
        ? msg('REQUIRED')
        : fields.title.length > LIMITS.name
          ? msg('TOO_LONG', { max: LIMITS.name })
          : null,
    )
    .check(
      'description',
      fields.description.length > LIMITS.longText ? msg('TOO_LONG', { max: LIMITS.longText }) : null,
    )
    .throwIfAny();
}
