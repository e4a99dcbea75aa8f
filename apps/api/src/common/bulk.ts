import { type Language, msg } from '@gevinst/domain';
import { Inject, Injectable } from '@nestjs/common';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CodedErrorModel, codedErrorParts } from './coded-error.js';
import { type AppError, badInput, isAppError } from './errors.js';
import { UnitOfWork } from './unit-of-work.js';

/** What a bulk mutation did with one item. */
export enum BulkItemStatus {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
  UPDATED = 'UPDATED',
  FAILED = 'FAILED',
}

registerEnumType(BulkItemStatus, {
  name: 'BulkItemStatus',
  description: 'What a bulk mutation (recordMeasurements, importCostItems) did with one item of its input.',
  valuesMap: {
    CREATED: { description: 'The item was new and is stored (and audited).' },
    UNCHANGED: {
      description:
        'The item was stored already with the same values (a retry, or a second run of an import): nothing was written.',
    },
    UPDATED: {
      description:
        'An item with the same externalId was stored with other values and is updated (and audited). Cost items only: measurements are corrected, never updated.',
    },
    FAILED: {
      description:
        'The item was refused (see `error`) and nothing of it is stored; the other items are not affected.',
    },
  },
});

@ObjectType('BulkItemError', {
  description:
    'Why one item of a bulk mutation was refused: the same code, reason and message a single mutation would answer in `errors[].extensions`.',
})
export class BulkItemErrorModel extends CodedErrorModel {
  @Field(() => String, {
    nullable: true,
    description: 'The input field that was wrong (the first one, for an input error), or null.',
  })
  field!: string | null;
}

/** One item's outcome from a bulk step: what was done and the entity as stored. */
export interface BulkOutcome<T> {
  status: BulkItemStatus.CREATED | BulkItemStatus.UNCHANGED | BulkItemStatus.UPDATED;
  entity: T;
}

/** One item's result: its outcome, or the error that refused it. */
export interface BulkResult<T> {
  index: number;
  status: BulkItemStatus;
  entity: T | null;
  error: AppError | null;
}

/** The counts of a bulk answer, by status. */
export interface BulkCounts {
  created: number;
  unchanged: number;
  updated: number;
  failed: number;
}

export function bulkCounts(results: readonly { status: BulkItemStatus }[]): BulkCounts {
  const count = (status: BulkItemStatus) => results.filter((result) => result.status === status).length;
  return {
    created: count(BulkItemStatus.CREATED),
    unchanged: count(BulkItemStatus.UNCHANGED),
    updated: count(BulkItemStatus.UPDATED),
    failed: count(BulkItemStatus.FAILED),
  };
}

/**
 * An item's error for the answer, its message in `language`: the first part's code, reason and field
 * (codedErrorParts), and every problem as "field: message" when the input had several.
 */
export function bulkItemError(error: AppError, language: Language): BulkItemErrorModel {
  const parts = codedErrorParts(error, language);
  return {
    ...parts[0],
    message:
      error.reason !== null || error.problems.length === 0
        ? parts[0].message
        : parts.map((part) => `${part.field}: ${part.message}`).join('; '),
  };
}

/** What one item of a bulk mutation costs on top of its selection: the single mutation's SQL, once. */
export const BULK_ITEM_POINTS = 20;

/**
 * The price of a bulk mutation (see graphql/complexity.ts): each item of `input` costs BULK_ITEM_POINTS
 * plus its result's selection (the results list is priced per item here, not as an unpaged list).
 */
export function bulkComplexity({
  args,
  childComplexity,
}: Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>) {
  const items = Array.isArray(args.input) ? args.input.length : 1;
  return 1 + items * (BULK_ITEM_POINTS + Math.max(childComplexity, 1));
}

/**
 * Runs the items of a bulk mutation in one transaction, each behind its own SAVEPOINT: an item refused by
 * the API's rules (an AppError: input, access, not found, conflict) is rolled back alone and reported as
 * FAILED, and the others go on. Anything else (a fault, not a refusal) rolls the whole call back. More
 * items than MAX_BATCH_SIZE are refused before anything runs.
 */
@Injectable()
export class BulkRunner {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBatchSize(): number {
    return this.config.limits.maxBatchSize;
  }

  async run<I, T>(
    items: readonly I[],
    one: (item: I, index: number) => Promise<BulkOutcome<T>>,
  ): Promise<BulkResult<T>[]> {
    if (items.length > this.maxBatchSize)
      throw badInput('input', msg('TOO_MANY_AT_ONCE', { max: this.maxBatchSize }));
    return this.uow.transaction(async () => {
      const results: BulkResult<T>[] = [];
      for (const [index, item] of items.entries()) {
        try {
          const outcome = await this.uow.savepoint(() => one(item, index));
          results.push({ index, status: outcome.status, entity: outcome.entity, error: null });
        } catch (error) {
          if (!isAppError(error)) throw error;
          results.push({ index, status: BulkItemStatus.FAILED, entity: null, error });
        }
      }
      return results;
    });
  }
}
