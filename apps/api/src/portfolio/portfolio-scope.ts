import {
  type AdministrativeLevel,
  LIMITS,
  type InitiativePhase,
  type LifeEvent,
  type PortfolioScope,
  msg,
  portfolioScope,
} from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { InputProblems, forbidden } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';

/** A checked portfolio filter, every condition present (null when not asked). */
export interface PortfolioConditions {
  ministryId: string | null;
  ownerId: string | null;
  /** sorted, without repeats */
  initiativeIds: string[] | null;
  lifeEvent: LifeEvent[] | null;
  phase: InitiativePhase[] | null;
  administrativeLevel: AdministrativeLevel | null;
  countyNumber: string | null;
  fromYear: number | null;
  toYear: number | null;
}

/**
 * The initiatives (and years) an answer covers, as values: the caller's access (libs/domain portfolioScope)
 * and the filter. The portfolio repository selects the initiatives with both; being plain data, it also
 * keys the kept summaries.
 */
export interface PortfolioSelection {
  scope: PortfolioScope;
  filter: PortfolioConditions;
}

/**
 * The initiatives the caller's analytics cover: the filter, narrowed by access — administrators all;
 * portfolio reviewers their own ministry's (another ministry: FORBIDDEN); everybody else the initiatives
 * their organisation takes part in or receives a benefit from. BAD_USER_INPUT names a wrong filter field.
 */
export function portfolioSelection(actor: Actor, filter: PortfolioFilter): PortfolioSelection {
  const problems = new InputProblems();
  for (const key of ['ministryId', 'ownerId'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && !isUuid(value))
      problems.check(`filter.${key}`, msg('NOT_A_UUID_GOT', { got: `"${value.slice(0, 80)}"` }));
  }
  if (filter.initiativeIds) {
    if (filter.initiativeIds.length > LIMITS.pageSize)
      problems.check('filter.initiativeIds', msg('TOO_MANY', { max: LIMITS.pageSize }));
    else
      filter.initiativeIds.forEach((value, index) => {
        if (!isUuid(value))
          problems.check(
            `filter.initiativeIds[${index}]`,
            msg('NOT_A_UUID_GOT', { got: `"${value.slice(0, 80)}"` }),
          );
      });
  }
  if (
    filter.countyNumber !== undefined &&
    filter.countyNumber !== null &&
    !/^[0-9]{2}$/.test(filter.countyNumber)
  )
    problems.check(
      'filter.countyNumber',
      msg('TWO_DIGITS', { got: `"${filter.countyNumber.slice(0, 20)}"` }),
    );
  for (const key of ['fromYear', 'toYear'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && (value < LIMITS.year.min || value > LIMITS.year.max))
      problems.check(
        `filter.${key}`,
        msg('YEAR_FROM_TO', { min: LIMITS.year.min, max: LIMITS.year.max, got: String(value) }),
      );
  }
  if (
    filter.fromYear !== undefined &&
    filter.fromYear !== null &&
    filter.toYear !== undefined &&
    filter.toYear !== null &&
    filter.fromYear > filter.toYear
  )
    problems.check(
      'filter.toYear',
      msg('NOT_BEFORE_FROM_YEAR', { fromYear: filter.fromYear, got: String(filter.toYear) }),
    );
  problems.throwIfAny();

  const scope = portfolioScope(actor);
  if (scope.kind === 'MINISTRY' && filter.ministryId && filter.ministryId !== scope.ministryId)
    throw forbidden(msg('OWN_MINISTRY_ONLY'));
  return {
    scope,
    filter: {
      ministryId: filter.ministryId || null,
      ownerId: filter.ownerId || null,
      initiativeIds: filter.initiativeIds?.length ? [...new Set(filter.initiativeIds)].sort() : null,
      lifeEvent: filter.lifeEvent?.length ? filter.lifeEvent : null,
      phase: filter.phase?.length ? filter.phase : null,
      administrativeLevel: filter.administrativeLevel || null,
      countyNumber: filter.countyNumber || null,
      fromYear: filter.fromYear ?? null,
      toYear: filter.toYear ?? null,
    },
  };
}
