import { Injectable } from '@nestjs/common';
import type { DigifinContributor, DigifinContributorKind, DigifinRule } from '@gevinst/cost-model';
import { UnitOfWork } from '../common/unit-of-work.js';
import type { OrganisationKind } from '@gevinst/domain';

/** A DigiFin grant with its initiative's code, name and owner. */
export interface DigifinGrantRow {
  initiativeId: string;
  code: string;
  name: string;
  ownerId: string;
  ownerName: string;
  year: number;
  planned: string;
  received: string | null;
}

/** A contribution rule with its source (the row of digifin_contribution_rules). */
export interface DigifinRuleRow extends DigifinRule {
  source: string;
}

/** How an organisation is linked to an initiative: a participant role, or the receiver of a benefit. */
export interface DigifinLinkRow {
  initiativeId: string;
  /** OWNER, PARTNER, FUNDER, BENEFICIARY, or BENEFIT_RECEIVER (it receives one of the initiative's benefits) */
  link: string;
}

/**
 * The reads of the DigiFin ledger: its own table digifin_contribution_rules, and — read only, as the
 * ledger needs them — the contributing organisations with their populations, the DIGIFIN funding sources
 * of the initiatives, and how an organisation takes part in initiatives.
 */
@Injectable()
export class DigifinRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async rules(): Promise<DigifinRuleRow[]> {
    const rows = await this.uow.manager().query<
      {
        year: number;
        contributor: DigifinContributorKind;
        amount: string | null;
        rate: string | null;
        population_year: number | null;
        source: string;
      }[]
    >(
      `SELECT year, contributor, amount::text AS amount, rate::text AS rate, population_year, source
       FROM digifin_contribution_rules ORDER BY year, contributor`,
    );
    return rows.map((row) => ({
      year: Number(row.year),
      contributor: row.contributor,
      amount: row.amount,
      rate: row.rate,
      populationYear: row.population_year === null ? null : Number(row.population_year),
      source: row.source,
    }));
  }

  /** Every municipality and county authority, by organisation number, with its population of `years`. */
  async contributors(years: readonly number[]): Promise<DigifinContributor[]> {
    const rows = await this.uow.manager().query<
      {
        id: string;
        kind: 'MUNICIPALITY' | 'COUNTY_AUTHORITY';
        org_number: string;
        name: string;
        year: number | null;
        value: number | null;
      }[]
    >(
      `SELECT o.id, o.kind, o.org_number, o.name, p.year, p.value
       FROM organisations o
       LEFT JOIN organisation_populations p ON p.organisation_id = o.id AND p.year = ANY($1::int[])
       WHERE o.kind IN ('MUNICIPALITY', 'COUNTY_AUTHORITY')
       ORDER BY o.org_number, o.id`,
      [[...years]],
    );
    const byId = new Map<string, DigifinContributor & { populations: Record<number, number> }>();
    for (const row of rows) {
      let found = byId.get(row.id);
      if (!found)
        byId.set(
          row.id,
          (found = {
            id: row.id,
            kind: row.kind,
            orgNumber: row.org_number,
            name: row.name,
            populations: {},
          }),
        );
      if (row.year !== null && row.value !== null) found.populations[Number(row.year)] = Number(row.value);
    }
    return [...byId.values()];
  }

  /** Every DIGIFIN funding source, with its initiative. */
  grants(): Promise<DigifinGrantRow[]> {
    return this.uow.manager().query<DigifinGrantRow[]>(
      `SELECT f.initiative_id AS "initiativeId", i.code, i.name, i.owner_id AS "ownerId", o.name AS "ownerName",
              f.year, f.amount::text AS planned, f.received_amount::text AS received
       FROM initiative_funding_sources f
       JOIN initiatives i ON i.id = f.initiative_id
       JOIN organisations o ON o.id = i.owner_id
       WHERE f.scheme = 'DIGIFIN'
       ORDER BY f.year, i.code, f.position`,
    );
  }

  /** How the organisation is linked to each of `initiativeIds`: its participant role, or as a benefit's receiver. */
  links(organisationId: string, initiativeIds: readonly string[]): Promise<DigifinLinkRow[]> {
    if (!initiativeIds.length) return Promise.resolve([]);
    return this.uow.manager().query<DigifinLinkRow[]>(
      `SELECT initiative_id AS "initiativeId", role AS link FROM initiative_participants
       WHERE organisation_id = $1 AND initiative_id = ANY($2::uuid[])
       UNION
       SELECT DISTINCT initiative_id AS "initiativeId", 'BENEFIT_RECEIVER' AS link FROM benefits
       WHERE receiving_organisation_id = $1 AND initiative_id = ANY($2::uuid[])`,
      [organisationId, [...initiativeIds]],
    );
  }

  /** The organisation's name, number and kind, or null. */
  async organisation(
    id: string,
  ): Promise<{ id: string; name: string; orgNumber: string; kind: `${OrganisationKind}` } | null> {
    const rows = await this.uow
      .manager()
      .query<{ id: string; name: string; orgNumber: string; kind: `${OrganisationKind}` }[]>(
        `SELECT id, name, org_number AS "orgNumber", kind FROM organisations WHERE id = $1`,
        [id],
      );
    return rows[0] ?? null;
  }
}
