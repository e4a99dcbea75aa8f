import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { BenefitsMapEdgeEntity } from './benefits-map-edge.entity.js';
import { EnablerEntity } from './enabler.entity.js';

/** What an enabler holds besides its initiative, id, version and timestamps. */
export interface EnablerFields {
  kind: EnablerEntity['kind'];
  title: string;
  description: string;
}

/** A new edge: its initiative and, at each end, a benefit or an enabler (the other of the two null). */
export interface EdgeRow {
  initiativeId: string;
  fromBenefitId: string | null;
  fromEnablerId: string | null;
  toBenefitId: string | null;
  toEnablerId: string | null;
}

/**
 * The only code that reads and writes a benefits map's own tables (benefit_enablers and
 * benefits_map_edges), in the request's transaction (UnitOfWork). The benefits on the map are
 * BenefitRepository's.
 */
@Injectable()
export class BenefitsMapRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get enablers() {
    return this.uow.manager().getRepository(EnablerEntity);
  }

  private get edges() {
    return this.uow.manager().getRepository(BenefitsMapEdgeEntity);
  }

  findEnabler(id: string): Promise<EnablerEntity | null> {
    return this.enablers.findOneBy({ id });
  }

  /** The enablers of an initiative, in the order they were added. */
  enablersOf(initiativeId: string): Promise<EnablerEntity[]> {
    return this.enablers.find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  insertEnabler(initiativeId: string, fields: EnablerFields): Promise<EnablerEntity> {
    return this.enablers.save(this.enablers.create({ ...fields, initiativeId, isDemo: false, version: 1 }));
  }

  /** Writes `fields` if the enabler is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateEnablerAtVersion(id: string, version: number, fields: EnablerFields): Promise<EnablerEntity> {
    await updateAtVersion(this.uow.manager(), EnablerEntity, 'Enabler', id, version, fields);
    return this.enablers.findOneByOrFail({ id });
  }

  /**
   * Deletes the enabler if it is still at `version` (its edges go with it: ON DELETE CASCADE); false when
   * it was not (changed or gone meanwhile).
   */
  async deleteEnablerAtVersion(id: string, version: number): Promise<boolean> {
    const deleted = await this.enablers.delete({ id, version });
    return deleted.affected === 1;
  }

  findEdge(id: string): Promise<BenefitsMapEdgeEntity | null> {
    return this.edges.findOneBy({ id });
  }

  /** The edges of an initiative's map, in the order they were added. */
  edgesOf(initiativeId: string): Promise<BenefitsMapEdgeEntity[]> {
    return this.edges.find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The edges from or to a node (a benefit or an enabler). */
  edgesTouching(nodeId: string): Promise<BenefitsMapEdgeEntity[]> {
    return this.edges.find({ where: [{ fromId: nodeId }, { toId: nodeId }] });
  }

  /** Adds an edge and returns it as stored (with the generated fromId and toId). */
  async insertEdge(row: EdgeRow): Promise<BenefitsMapEdgeEntity> {
    const saved = await this.edges.save(this.edges.create({ ...row, isDemo: false }));
    return this.edges.findOneByOrFail({ id: saved.id });
  }

  async deleteEdge(id: string): Promise<void> {
    await this.edges.delete({ id });
  }
}
