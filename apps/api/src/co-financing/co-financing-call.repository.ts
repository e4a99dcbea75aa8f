import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { CoFinancingCallEntity } from './co-financing-call.entity.js';

/** What a call holds besides its id, version, demo marker and timestamps. */
export type CallFields = Pick<CoFinancingCallEntity, 'year' | 'title' | 'deadline' | 'status' | 'ruleSet'>;

/** The only code that reads and writes co_financing_calls, in the request's transaction (UnitOfWork). */
@Injectable()
export class CoFinancingCallRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(CoFinancingCallEntity);
  }

  findById(id: string): Promise<CoFinancingCallEntity | null> {
    return this.table.findOneBy({ id });
  }

  findByYear(year: number): Promise<CoFinancingCallEntity | null> {
    return this.table.findOneBy({ year });
  }

  /** Every call, newest year first. */
  list(): Promise<CoFinancingCallEntity[]> {
    return this.table.find({ order: { year: 'DESC' } });
  }

  insert(fields: CallFields, isDemo = false): Promise<CoFinancingCallEntity> {
    return this.table.save(this.table.create({ ...fields, isDemo, version: 1 }));
  }

  /** Writes `fields` if the call is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(
    id: string,
    version: number,
    fields: Partial<Pick<CallFields, 'title' | 'deadline' | 'status'>>,
  ): Promise<CoFinancingCallEntity> {
    await updateAtVersion(
      this.uow.manager(),
      CoFinancingCallEntity,
      'Co-financing call',
      id,
      version,
      fields,
    );
    return this.table.findOneByOrFail({ id });
  }
}
