import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangeFeedScope, FinancialDetailScope, PortfolioScope } from '@gevinst/domain';
import {
  Brackets,
  DataSource,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';

/** The aliases under which a query has an allocation line and its initiative. */
export interface LineAliases {
  line: string;
  initiative: string;
}

const LINE_ALIASES: LineAliases = { line: 'l', initiative: 'i' };

/**
 * The one place where the access rules of libs/domain (access.ts) become SQL. Each method takes a scope
 * value — who may see what, decided by the domain from the actor — and adds the same rule to a TypeORM
 * query as a condition with named parameters (prefixed `access`, so that they meet no parameter of the
 * caller's). Feature repositories select their rows with it; none of them writes an access condition of
 * its own, and no SQL text leaves this file. The e2e test access-scope checks, for every persona, that
 * these conditions select exactly the rows the domain predicates allow.
 */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Narrows a query on allocation lines (joined with their initiatives) to the lines the scope allows
   * (domain: scopeAllowsLine).
   */
  whereLineAllowed<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    scope: FinancialDetailScope,
    aliases: LineAliases = LINE_ALIASES,
  ): SelectQueryBuilder<T> {
    if (scope.kind === 'ALL') return query;
    return query.andWhere(
      new Brackets((where) => {
        where.where(`${aliases.line}.organisation_id = :accessOrganisationId`, {
          accessOrganisationId: scope.organisationId,
        });
        where.orWhere(`${aliases.initiative}.owner_id = :accessOwnerId`, { accessOwnerId: scope.ownerId });
        this.orMinistry(where, scope, aliases.initiative);
      }),
    );
  }

  /**
   * Narrows a query on initiatives to those whose every participant's financial detail the scope allows
   * (domain: scopeAllowsInitiative).
   */
  whereInitiativeAllowed<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    scope: FinancialDetailScope,
    alias = 'i',
  ): SelectQueryBuilder<T> {
    if (scope.kind === 'ALL') return query;
    return query.andWhere(
      new Brackets((where) => {
        where.where(`${alias}.owner_id = :accessOwnerId`, { accessOwnerId: scope.ownerId });
        this.orMinistry(where, scope, alias);
      }),
    );
  }

  /**
   * Whether the scope reaches another organisation's lines at all (domain: scopeReachesOtherOrganisations):
   * administrators always; anyone else only if some initiative is theirs wholly (one statement).
   */
  async reachesOtherOrganisations(scope: FinancialDetailScope): Promise<boolean> {
    if (scope.kind === 'ALL') return true;
    return (await this.reachesQuery(scope).getRawMany()).length > 0;
  }

  /** The statement of reachesOtherOrganisations: one initiative the scope sees wholly, if any. */
  reachesQuery(scope: FinancialDetailScope): SelectQueryBuilder<ObjectLiteral> {
    const query = this.db.createQueryBuilder().select('1').from('initiatives', 'i').limit(1);
    return this.whereInitiativeAllowed(query, scope);
  }

  /** Narrows a query on initiatives to those a portfolio scope covers (domain: portfolioScopeAllows). */
  whereInPortfolio<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    scope: PortfolioScope,
    alias = 'i',
  ): SelectQueryBuilder<T> {
    switch (scope.kind) {
      case 'ALL':
        return query;
      case 'MINISTRY':
        return query.andWhere(`${alias}.ministry_id = :accessPortfolioMinistryId`, {
          accessPortfolioMinistryId: scope.ministryId,
        });
      case 'PARTICIPANT':
        return query.andWhere(
          `(EXISTS (SELECT 1 FROM initiative_participants ap WHERE ap.initiative_id = ${alias}.id AND ap.organisation_id = :accessPortfolioOrganisationId)` +
            ` OR EXISTS (SELECT 1 FROM benefits ab WHERE ab.initiative_id = ${alias}.id AND ab.receiving_organisation_id = :accessPortfolioOrganisationId))`,
          { accessPortfolioOrganisationId: scope.organisationId },
        );
    }
  }

  /**
   * Narrows a query on audit events to the changes a feed scope covers (domain: changeFeedScopeAllows):
   * events on the organisation's entities, and events the organisation made.
   */
  whereChangeVisible<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    scope: ChangeFeedScope,
    alias = 'a',
  ): SelectQueryBuilder<T> {
    if (scope.kind === 'ALL') return query;
    return query.andWhere(
      `(${alias}.owner_organisation_id = :accessChangeOrganisationId OR ${alias}.organisation_id = :accessChangeOrganisationId)`,
      { accessChangeOrganisationId: scope.organisationId },
    );
  }

  /** A portfolio reviewer's ministry, as one more way to see an initiative wholly. */
  private orMinistry(
    where: WhereExpressionBuilder,
    scope: Extract<FinancialDetailScope, { kind: 'SOME' }>,
    alias: string,
  ): void {
    if (scope.ministryId !== null)
      where.orWhere(`${alias}.ministry_id = :accessMinistryId`, { accessMinistryId: scope.ministryId });
  }
}
