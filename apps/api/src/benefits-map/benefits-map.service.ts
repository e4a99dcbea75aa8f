import { LIMITS, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { BenefitRepository } from '../benefit/benefit.repository.js';
import { InputProblems, badInput, conflict, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import type { BenefitsMapEdgeEntity } from './benefits-map-edge.entity.js';
import { BenefitsMapNodeType } from './benefits-map-node-type.enum.js';
import { type EnablerFields, BenefitsMapRepository } from './benefits-map.repository.js';
import { BenefitsMapModel } from './benefits-map.model.js';
import { AddBenefitsMapEdgeInput } from './dto/add-benefits-map-edge.input.js';
import { CreateEnablerInput } from './dto/create-enabler.input.js';
import { UpdateEnablerInput } from './dto/update-enabler.input.js';
import type { EnablerEntity } from './enabler.entity.js';

interface MapNode {
  id: string;
  initiativeId: string;
  title: string;
  type: BenefitsMapNodeType;
}

/**
 * An initiative's benefits map: its enablers, its benefits and the edges between them. Each change is
 * load → authorise (the initiative's editors, the version, the input) → apply → audit in one transaction
 * (Mutations); the map's SQL is BenefitsMapRepository's, the benefits' BenefitRepository's.
 */
@Injectable()
export class BenefitsMapService {
  constructor(
    private readonly maps: BenefitsMapRepository,
    private readonly benefits: BenefitRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly initiativeRules: InitiativeService,
    private readonly mutations: Mutations,
  ) {}

  /** The benefits map of an initiative: four statements (the initiative and three lists), whatever its size. */
  async map(initiativeId: string): Promise<BenefitsMapModel> {
    assertUuid('initiativeId', initiativeId);
    await this.initiativeFor(initiativeId);
    const enablers = await this.maps.enablersOf(initiativeId);
    const benefits = await this.benefits.ofInitiative(initiativeId);
    const edges = await this.maps.edgesOf(initiativeId);
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
    const fields: EnablerFields = {
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
    };
    return this.mutations.mutate(actor, {
      load: () => this.initiativeFor(input.initiativeId),
      authorise: (initiative) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        checkEnabler(fields);
      },
      apply: (initiative) => this.maps.insertEnabler(initiative.id, fields),
      audit: (initiative, enabler) => ({
        operation: 'createEnabler',
        entityType: 'Enabler',
        entityId: enabler.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: enabler,
      }),
    });
  }

  async updateEnabler(actor: Actor, input: UpdateEnablerInput): Promise<EnablerEntity> {
    assertUuid('id', input.id);
    return this.mutations.mutate(actor, {
      load: async () => {
        const { current, initiative } = await this.enablerWithInitiative(input.id);
        const fields: EnablerFields = {
          kind: input.kind ?? current.kind,
          title: input.title?.trim() ?? current.title,
          description: input.description?.trim() ?? current.description,
        };
        return { current, initiative, fields };
      },
      authorise: ({ current, initiative, fields }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== input.version) throw staleVersion('Enabler', current.version, input.version);
        checkEnabler(fields);
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: ({ current, fields }) => this.maps.updateEnablerAtVersion(current.id, input.version, fields),
      audit: ({ current, initiative }, after) => ({
        operation: 'updateEnabler',
        entityType: 'Enabler',
        entityId: current.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after,
      }),
    });
  }

  /** Deletes an enabler and its edges (the audit's before lists the edges deleted with it). */
  async deleteEnabler(actor: Actor, id: string, version: number): Promise<string> {
    assertUuid('id', id);
    await this.mutations.mutate(actor, {
      load: () => this.enablerWithInitiative(id),
      authorise: ({ current, initiative }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== version) throw staleVersion('Enabler', current.version, version);
      },
      apply: async () => {
        const edges = await this.maps.edgesTouching(id);
        if (!(await this.maps.deleteEnablerAtVersion(id, version)))
          throw staleVersion('Enabler', undefined, version);
        return edges;
      },
      audit: ({ current, initiative }, edges) => ({
        operation: 'deleteEnabler',
        entityType: 'Enabler',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: { ...current, edges },
      }),
    });
    return id;
  }

  /** Adds "from → to" (to depends on from) to an initiative's map; refuses duplicates and cycles. */
  async addEdge(actor: Actor, input: AddBenefitsMapEdgeInput): Promise<BenefitsMapEdgeEntity> {
    assertUuid('fromId', input.fromId);
    assertUuid('toId', input.toId);
    if (input.fromId === input.toId) throw badInput('toId', msg('MAP_SELF_DEPENDENCY'));
    return this.mutations.mutate(actor, {
      load: async () => {
        const from = await this.node(input.fromId);
        const to = await this.node(input.toId);
        const problems = new InputProblems();
        if (!from) problems.check('fromId', msg('MAP_NODE_MISSING', { id: input.fromId }));
        if (!to) problems.check('toId', msg('MAP_NODE_MISSING', { id: input.toId }));
        if (from && to && from.initiativeId !== to.initiativeId)
          problems.check('toId', msg('MAP_OTHER_INITIATIVE', { title: to.title, otherTitle: from.title }));
        problems.throwIfAny();
        const [source, target] = [from as MapNode, to as MapNode];
        // Lock the initiative so concurrent changes to its map are checked for cycles one at a time.
        const initiative = await this.initiatives.findByIdForUpdate(source.initiativeId);
        if (!initiative) throw notFound('Initiative', source.initiativeId);
        return { source, target, initiative };
      },
      authorise: async ({ source, target, initiative }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        const edges = await this.maps.edgesOf(initiative.id);
        if (edges.some((edge) => edge.fromId === source.id && edge.toId === target.id))
          throw conflict(msg('MAP_EDGE_EXISTS', { title: target.title, dependsOn: source.title }));
        const path = pathBetween(edges, target.id, source.id);
        if (path) {
          const titles = await this.titles(initiative.id);
          throw badInput(
            'toId',
            msg('MAP_CYCLE', { path: [...path, target.id].map((id) => titles.get(id) ?? id) }),
          );
        }
      },
      apply: ({ source, target, initiative }) =>
        this.maps.insertEdge({
          initiativeId: initiative.id,
          fromBenefitId: source.type === BenefitsMapNodeType.BENEFIT ? source.id : null,
          fromEnablerId: source.type === BenefitsMapNodeType.ENABLER ? source.id : null,
          toBenefitId: target.type === BenefitsMapNodeType.BENEFIT ? target.id : null,
          toEnablerId: target.type === BenefitsMapNodeType.ENABLER ? target.id : null,
        }),
      audit: ({ initiative }, edge) => ({
        operation: 'addBenefitsMapEdge',
        entityType: 'BenefitsMapEdge',
        entityId: edge.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: edge,
      }),
    });
  }

  async removeEdge(actor: Actor, id: string): Promise<string> {
    assertUuid('id', id);
    return this.mutations.mutate(actor, {
      load: async () => {
        const edge = await this.maps.findEdge(id);
        if (!edge) throw notFound('Benefits map edge', id);
        return { edge, initiative: await this.initiativeFor(edge.initiativeId) };
      },
      authorise: ({ initiative }) => this.initiativeRules.assertCanEdit(actor, initiative),
      apply: async () => {
        await this.maps.deleteEdge(id);
        return id;
      },
      audit: ({ edge, initiative }) => ({
        operation: 'removeBenefitsMapEdge',
        entityType: 'BenefitsMapEdge',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: edge,
      }),
    });
  }

  private async initiativeFor(id: string): Promise<InitiativeEntity> {
    const initiative = await this.initiatives.findById(id);
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  private async enablerWithInitiative(
    id: string,
  ): Promise<{ current: EnablerEntity; initiative: InitiativeEntity }> {
    const current = await this.maps.findEnabler(id);
    if (!current) throw notFound('Enabler', id);
    return { current, initiative: await this.initiativeFor(current.initiativeId) };
  }

  /** A benefit or an enabler by id, as a node of a map; null when it is neither. */
  private async node(id: string): Promise<MapNode | null> {
    const benefit = await this.benefits.findById(id);
    if (benefit)
      return {
        id,
        initiativeId: benefit.initiativeId,
        title: benefit.title,
        type: BenefitsMapNodeType.BENEFIT,
      };
    const enabler = await this.maps.findEnabler(id);
    if (enabler)
      return {
        id,
        initiativeId: enabler.initiativeId,
        title: enabler.title,
        type: BenefitsMapNodeType.ENABLER,
      };
    return null;
  }

  /** The titles of the nodes of an initiative's map, by id (to name a cycle). */
  private async titles(initiativeId: string): Promise<Map<string, string>> {
    const nodes = [
      ...(await this.benefits.ofInitiative(initiativeId)),
      ...(await this.maps.enablersOf(initiativeId)),
    ];
    return new Map(nodes.map((node) => [node.id, node.title]));
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
