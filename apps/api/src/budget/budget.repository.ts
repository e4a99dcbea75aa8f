import { Injectable } from '@nestjs/common';
import { namedQuery } from '../common/named-sql.js';
import { UnitOfWork } from '../common/unit-of-work.js';

/** One allocation line of a run with what an invoice needs of its payer. */
export interface InvoiceLineRow {
  line_id: string;
  organisation_id: string;
  org_number: string;
  name: string;
  invoice_address: string | null;
  planned_amount: string;
  cost_category: string;
  explanation_nb: string | null;
  explanation: string;
}

export interface KeyConfirmationRow {
  organisation_id: string;
  decision: 'CONFIRMED' | 'OBJECTED';
  comment: string;
  decided_at: Date;
  decided_by_email: string | null;
}

export interface AdoptionRow {
  initiative_id: string;
  year: number;
  amount: string;
  adopted_at: Date;
}

/**
 * The statements of issue 21's budget data: the lines of a run as invoice lines (read only: runs are
 * immutable), key confirmations, budget adoptions, an organisation's KOSTRA codes and invoice address.
 * Every statement runs in the request's transaction (UnitOfWork).
 */
@Injectable()
export class BudgetRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get em() {
    return this.uow.manager();
  }

  /** A run's lines with their payers, by organisation number then line id. */
  invoiceLines(runId: string): Promise<InvoiceLineRow[]> {
    return namedQuery(
      this.em,
      `SELECT l.id::text AS line_id, l.organisation_id, o.org_number, o.name, o.invoice_address,
              l.planned_amount::text AS planned_amount, l.cost_category, l.explanation_nb, l.explanation
         FROM allocation_lines l JOIN organisations o ON o.id = l.organisation_id
        WHERE l.run_id = :runId ORDER BY o.org_number, l.id`,
      { runId },
    );
  }

  /** The initiatives the organisation pays into, by code. */
  payingInitiativeIds(organisationId: string): Promise<{ initiative_id: string }[]> {
    return namedQuery(
      this.em,
      `SELECT p.initiative_id FROM initiative_participants p JOIN initiatives i ON i.id = p.initiative_id
        WHERE p.organisation_id = :organisationId AND p.pays ORDER BY i.code`,
      { organisationId },
    );
  }

  /** The years of `years` that have a current run of the initiative. */
  async runYears(initiativeId: string, years: readonly number[]): Promise<Set<number>> {
    const rows = await namedQuery<{ year: number }[]>(
      this.em,
      `SELECT year FROM allocation_runs WHERE initiative_id = :initiativeId AND status = 'CURRENT' AND year = ANY(:years::int[])`,
      { initiativeId, years },
    );
    return new Set(rows.map((r) => Number(r.year)));
  }

  /** The run `runId` superseded, if any. */
  async supersededBy(runId: string): Promise<string | null> {
    const rows = await namedQuery<{ id: string }[]>(
      this.em,
      `SELECT id FROM allocation_runs WHERE superseded_by_run_id = :runId`,
      { runId },
    );
    return rows[0]?.id ?? null;
  }

  confirmations(initiativeId: string, keyVersionId: string): Promise<KeyConfirmationRow[]> {
    return namedQuery(
      this.em,
      `SELECT organisation_id, decision, comment, decided_at, decided_by_email FROM key_confirmations
        WHERE initiative_id = :initiativeId AND key_version_id = :keyVersionId`,
      { initiativeId, keyVersionId },
    );
  }

  async confirmation(
    initiativeId: string,
    keyVersionId: string,
    organisationId: string,
  ): Promise<KeyConfirmationRow | null> {
    const rows = await namedQuery<KeyConfirmationRow[]>(
      this.em,
      `SELECT organisation_id, decision, comment, decided_at, decided_by_email FROM key_confirmations
        WHERE initiative_id = :initiativeId AND key_version_id = :keyVersionId AND organisation_id = :organisationId`,
      { initiativeId, keyVersionId, organisationId },
    );
    return rows[0] ?? null;
  }

  async saveConfirmation(row: {
    initiativeId: string;
    keyVersionId: string;
    organisationId: string;
    decision: string;
    comment: string;
    userId: string | null;
    email: string;
  }): Promise<KeyConfirmationRow> {
    await namedQuery(
      this.em,
      `INSERT INTO key_confirmations (initiative_id, key_version_id, organisation_id, decision, comment,
                                      decided_by_user_id, decided_by_email)
       VALUES (:initiativeId, :keyVersionId, :organisationId, :decision, :comment, :userId, :email)
       ON CONFLICT (initiative_id, key_version_id, organisation_id) DO UPDATE
         SET decision = EXCLUDED.decision, comment = EXCLUDED.comment, decided_at = now(),
             decided_by_user_id = EXCLUDED.decided_by_user_id, decided_by_email = EXCLUDED.decided_by_email`,
      row,
    );
    return (await this.confirmation(row.initiativeId, row.keyVersionId, row.organisationId))!;
  }

  adoptions(organisationId: string, years: readonly number[]): Promise<AdoptionRow[]> {
    return namedQuery(
      this.em,
      `SELECT initiative_id, year, amount::text AS amount, adopted_at FROM budget_adoptions
        WHERE organisation_id = :organisationId AND year = ANY(:years::int[])`,
      { organisationId, years },
    );
  }

  /** Replaces the organisation's adopted amounts of `year` by `amounts` (initiative → amount). */
  async adopt(
    organisationId: string,
    year: number,
    amounts: readonly { initiativeId: string; amount: string }[],
    userId: string | null,
  ): Promise<void> {
    await namedQuery(
      this.em,
      `DELETE FROM budget_adoptions WHERE organisation_id = :organisationId AND year = :year`,
      { organisationId, year },
    );
    await namedQuery(
      this.em,
      `INSERT INTO budget_adoptions (organisation_id, initiative_id, year, amount, adopted_by_user_id)
       SELECT :organisationId::uuid, a.initiative_id, :year::int, a.amount, :userId::uuid
         FROM unnest(:initiativeIds::uuid[], :amounts::numeric[]) AS a(initiative_id, amount)`,
      {
        organisationId,
        year,
        userId,
        initiativeIds: amounts.map((a) => a.initiativeId),
        amounts: amounts.map((a) => a.amount),
      },
    );
  }

  /** The organisation's own KOSTRA codes, category → codes. */
  async kostraCodes(organisationId: string): Promise<Record<string, { art: string; function: string }>> {
    const rows = await namedQuery<{ cost_category: string; art: string; function: string }[]>(
      this.em,
      `SELECT cost_category, art, function FROM organisation_kostra_codes WHERE organisation_id = :organisationId`,
      { organisationId },
    );
    return Object.fromEntries(rows.map((r) => [r.cost_category, { art: r.art, function: r.function }]));
  }

  async setKostraCode(organisationId: string, category: string, art: string, fn: string): Promise<void> {
    await namedQuery(
      this.em,
      `INSERT INTO organisation_kostra_codes (organisation_id, cost_category, art, function)
       VALUES (:organisationId, :category, :art, :fn)
       ON CONFLICT (organisation_id, cost_category) DO UPDATE SET art = EXCLUDED.art, function = EXCLUDED.function`,
      { organisationId, category, art, fn },
    );
  }

  async invoiceAddress(organisationId: string): Promise<string | null> {
    const rows = await namedQuery<{ invoice_address: string | null }[]>(
      this.em,
      `SELECT invoice_address FROM organisations WHERE id = :organisationId`,
      { organisationId },
    );
    return rows[0]?.invoice_address ?? null;
  }

  async setInvoiceAddress(organisationId: string, address: string | null): Promise<void> {
    await namedQuery(
      this.em,
      `UPDATE organisations SET invoice_address = :address WHERE id = :organisationId`,
      { organisationId, address },
    );
  }
}
