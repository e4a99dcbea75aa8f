import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../common/unit-of-work.js';
import { seedDemoBenefitPlans } from './demo-benefit-plans.js';
import { type DemoBenefitsResult, seedDemoBenefits } from './demo-benefits.js';
import { seedDemoStatusReports } from './demo-status-reports.js';
import { type DemoSeedResult, seedDemoPortfolio } from './demo-seed.js';
import { seedDemoUsers } from './demo-users.js';
import type { ReferenceData } from './reference-data.js';
import { type ReferenceSeedResult, seedReferenceData } from './reference-seed.js';

/** An arbitrary constant: one seeding process at a time per database. */
const SEED_LOCK = 727_001;

/**
 * The seeding's statements, in the UnitOfWork's transaction: database infrastructure rather than a
 * feature, so the set-based statements of the seed files (reference data, demo portfolio, benefits,
 * users) stay as they are, fast at start-up, and run here; the demo costs go through the features'
 * services and need only the few look-ups and markers below.
 */
@Injectable()
export class SeedRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Waits for any other process seeding the same database; held until the transaction ends. */
  async lock(): Promise<void> {
    await this.uow.manager().query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
  }

  referenceData(data: ReferenceData): Promise<ReferenceSeedResult> {
    return seedReferenceData(this.uow.manager(), data);
  }

  demoPortfolio(): Promise<DemoSeedResult> {
    return seedDemoPortfolio(this.uow.manager());
  }

  demoBenefits(): Promise<DemoBenefitsResult> {
    return seedDemoBenefits(this.uow.manager());
  }

  demoUsers(): Promise<number> {
    return seedDemoUsers(this.uow.manager());
  }

  /** DEMO-MEDFIN-TOLK's approved benefits plan version 1 and its later deviation (after the demo users). */
  demoBenefitPlans(): Promise<{ versionsAdded: number }> {
    return seedDemoBenefitPlans(this.uow.manager());
  }

  /** The demo status reports (issue 16), relative to today: after the plans (the computed RAG reads them). */
  demoStatusReports(): Promise<{ reportsAdded: number }> {
    return seedDemoStatusReports(this.uow.manager());
  }

  /** A demo initiative by its code, with its version. */
  async demoInitiative(code: string): Promise<{ id: string; version: number } | null> {
    const [initiative] = await this.uow
      .manager()
      .query<{ id: string; version: number }[]>(
        `SELECT id, version FROM initiatives WHERE code = $1 AND is_demo`,
        [code],
      );
    return initiative ?? null;
  }

  /** The ids of these organisation numbers (unknown numbers are left out). */
  async organisationIds(orgNumbers: readonly string[]): Promise<{ id: string; org_number: string }[]> {
    return this.uow
      .manager()
      .query<{ id: string; org_number: string }[]>(
        `SELECT id, org_number FROM organisations WHERE org_number = ANY($1::text[])`,
        [orgNumbers],
      );
  }

  /** The id of the organisation's cost-sharing key of this name, or null. */
  async keyId(ownerOrganisationId: string, name: string): Promise<string | null> {
    const [row] = await this.uow
      .manager()
      .query<{ id: string }[]>(
        `SELECT id FROM cost_sharing_keys WHERE owner_organisation_id = $1 AND name = $2`,
        [ownerOrganisationId, name],
      );
    return row?.id ?? null;
  }

  /** Whether the initiative has any cost item. */
  async hasCostItems(initiativeId: string): Promise<boolean> {
    const rows = await this.uow
      .manager()
      .query<unknown[]>(`SELECT 1 FROM cost_items WHERE initiative_id = $1 LIMIT 1`, [initiativeId]);
    return rows.length > 0;
  }

  /**
   * Names the funding source that pays a demo cost item no key allocates (the scheme; with OWN_BUDGET the
   * organisation whose budget, null for the owner's).
   */
  async setCostItemPayer(itemId: string, scheme: string, payingOrganisationId: string | null): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE cost_items SET funding_scheme = $2, paying_organisation_id = $3 WHERE id = $1`, [
        itemId,
        scheme,
        payingOrganisationId,
      ]);
  }

  /** Marks a key (if any) and the initiative's cost items as demo data (they were created through the services). */
  /** Marks a key as demo data. */
  async markDemoKey(keyId: string): Promise<void> {
    await this.uow.manager().query(`UPDATE cost_sharing_keys SET is_demo = true WHERE id = $1`, [keyId]);
  }

  async markDemoCosts(keyId: string | null, initiativeId: string): Promise<void> {
    if (keyId)
      await this.uow.manager().query(`UPDATE cost_sharing_keys SET is_demo = true WHERE id = $1`, [keyId]);
    await this.uow
      .manager()
      .query(`UPDATE cost_items SET is_demo = true WHERE initiative_id = $1`, [initiativeId]);
  }

  /** Marks a co-financing call and its applications as demo data (they were created through the service). */
  async markDemoCoFinancing(callId: string): Promise<void> {
    await this.uow.manager().query(`UPDATE co_financing_calls SET is_demo = true WHERE id = $1`, [callId]);
    await this.uow
      .manager()
      .query(`UPDATE co_financing_applications SET is_demo = true WHERE call_id = $1`, [callId]);
  }
}
