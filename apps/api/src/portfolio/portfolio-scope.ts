import { portfolioScope } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { InputProblems, forbidden } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';

/** A query returning the ids of the initiatives in scope, with its parameters ($1, $2, …). */
export interface ScopeQuery {
  sql: string;
  params: unknown[];
}

/**
 * The initiatives the caller's analytics cover: the filter, narrowed by access — administrators all;
 * portfolio reviewers their own ministry's (another ministry: FORBIDDEN); everybody else the initiatives
 * their organisation owns, takes part in or receives a benefit from.
 */
export function scopeQuery(actor: Actor, filter: PortfolioFilter): ScopeQuery {
  const problems = new InputProblems();
  for (const key of ['ministryId', 'ownerId'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && !isUuid(value))
      problems.check(`filter.${key}`, `must be an id (a UUID) (got "${value.slice(0, 80)}")`);
  }
  if (
    filter.countyNumber !== undefined &&
    filter.countyNumber !== null &&
    !/^[0-9]{2}$/.test(filter.countyNumber)
  )
    problems.check('filter.countyNumber', `must be two digits (got "${filter.countyNumber.slice(0, 20)}")`);
  for (const key of ['fromYear', 'toYear'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && (value < 1990 || value > 2200))
      problems.check(`filter.${key}`, `must be a year from 1990 to 2200 (got ${value})`);
  }
  if (
    filter.fromYear !== undefined &&
    filter.fromYear !== null &&
    filter.toYear !== undefined &&
    filter.toYear !== null &&
    filter.fromYear > filter.toYear
  )
    problems.check('filter.toYear', `must not be before fromYear ${filter.fromYear} (got ${filter.toYear})`);
  problems.throwIfAny();

  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const scope = portfolioScope(actor);
  if (scope.kind === 'MINISTRY') {
    if (filter.ministryId && filter.ministryId !== scope.ministryId)
      throw forbidden(
        "Portfolio reviewers see their own ministry's portfolio: leave ministryId out or send your own organisation's id",
      );
    where.push(`i.ministry_id = ${param(scope.ministryId)}`);
  } else if (scope.kind === 'PARTICIPANT') {
    const organisation = param(scope.organisationId);
    where.push(
      `(EXISTS (SELECT 1 FROM initiative_participants ap WHERE ap.initiative_id = i.id AND ap.organisation_id = ${organisation})
        OR EXISTS (SELECT 1 FROM benefits ab WHERE ab.initiative_id = i.id AND ab.receiving_organisation_id = ${organisation}))`,
    );
  }
  if (filter.ministryId) where.push(`i.ministry_id = ${param(filter.ministryId)}`);
  if (filter.ownerId) where.push(`i.owner_id = ${param(filter.ownerId)}`);
  if (filter.lifeEvent?.length) where.push(`i.life_event = ANY(${param(filter.lifeEvent)}::text[])`);
  if (filter.phase?.length) where.push(`i.phase = ANY(${param(filter.phase)}::text[])`);
  if (filter.administrativeLevel)
    where.push(
      `EXISTS (SELECT 1 FROM initiative_participants lp JOIN organisations lo ON lo.id = lp.organisation_id
               WHERE lp.initiative_id = i.id AND lo.administrative_level = ${param(filter.administrativeLevel)})`,
    );
  if (filter.countyNumber)
    where.push(
      `EXISTS (SELECT 1 FROM initiative_participants cp JOIN organisations co ON co.id = cp.organisation_id
               WHERE cp.initiative_id = i.id AND co.county_number = ${param(filter.countyNumber)})`,
    );
  return {
    sql: `SELECT i.id FROM initiatives i${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params,
  };
}
