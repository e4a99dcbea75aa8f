import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { CoFinancingApplicationEntity } from './co-financing-application.entity.js';

/** What an application holds besides its id, call, initiative, version, demo marker and timestamps. */
export type ApplicationFields = Omit<
  CoFinancingApplicationEntity,
  'id' | 'callId' | 'initiativeId' | 'version' | 'isDemo' | 'createdAt' | 'updatedAt'
>;

/** The only code that reads and writes co_financing_applications, in the request's transaction (UnitOfWork). */
@Injectable()
export class CoFinancingApplicationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(CoFinancingApplicationEntity);
  }

  findById(id: string): Promise<CoFinancingApplicationEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The application, locked until the transaction ends (decisions on it are taken one after the other). */
  findByIdForUpdate(id: string): Promise<CoFinancingApplicationEntity | null> {
    return this.table
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
  }

  findByCallAndInitiative(
    callId: string,
    initiativeId: string,
  ): Promise<CoFinancingApplicationEntity | null> {
    return this.table.findOneBy({ callId, initiativeId });
  }

  /** The applications of a call, oldest first. */
  listOfCall(callId: string): Promise<CoFinancingApplicationEntity[]> {
    return this.table.find({ where: { callId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The applications of an initiative, newest first. */
  listOfInitiative(initiativeId: string): Promise<CoFinancingApplicationEntity[]> {
    return this.table.find({ where: { initiativeId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  insert(
    callId: string,
    initiativeId: string,
    fields: ApplicationFields,
    isDemo = false,
  ): Promise<CoFinancingApplicationEntity> {
    return this.table.save(this.table.create({ ...fields, callId, initiativeId, isDemo, version: 1 }));
  }

  /** Writes `fields` if the application is still at `version` (CONFLICT otherwise); returns it as stored. */
  async updateAtVersion(
    id: string,
    version: number,
    fields: Partial<ApplicationFields>,
  ): Promise<CoFinancingApplicationEntity> {
    await updateAtVersion(
      this.uow.manager(),
      CoFinancingApplicationEntity,
      'Co-financing application',
      id,
      version,
      fields as never,
    );
    return this.table.findOneByOrFail({ id });
  }
}
