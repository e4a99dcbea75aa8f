import { FundingScheme, ParticipantRole, paysByDefault } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { seedDemoCoFinancing } from './demo-co-financing.js';
import { DEMO_PORTFOLIO, type DemoInitiative } from './demo-portfolio.js';

export interface DemoSeedResult {
  initiativesAdded: number;
}

async function municipalitiesFor(em: EntityManager, initiative: DemoInitiative): Promise<string[]> {
  const rule = initiative.municipalities;
  if (!rule) return [];
  if (rule.rule === 'ALL')
    return (
      await em.query<{ id: string }[]>(
        `SELECT id FROM organisations WHERE kind = 'MUNICIPALITY' ORDER BY municipality_number`,
      )
    ).map((row) => row.id);
  if (rule.rule === 'COUNTY')
    return (
      await em.query<{ id: string }[]>(
        `SELECT id FROM organisations WHERE kind = 'MUNICIPALITY' AND county_number = $1 ORDER BY municipality_number`,
        [rule.countyNumber],
      )
    ).map((row) => row.id);
  return (
    await em.query<{ id: string }[]>(
      `SELECT o.id FROM organisations o
       JOIN organisation_populations p ON p.organisation_id = o.id AND p.year = 2024
       WHERE o.kind = 'MUNICIPALITY' ORDER BY p.value DESC, o.municipality_number LIMIT $1`,
      [rule.count],
    )
  ).map((row) => row.id);
}

/**
 * Loads the demo portfolio. Initiatives that exist already (by code) are left untouched, so a re-run
 * adds nothing and keeps what users changed.
 */
export async function seedDemoPortfolio(em: EntityManager): Promise<DemoSeedResult> {
  const idByOrgNumber = new Map<string, string>(
    (await em.query<{ id: string; org_number: string }[]>(`SELECT id, org_number FROM organisations`)).map(
      (row) => [row.org_number, row.id],
    ),
  );
  const orgId = (orgNumber: string, code: string): string => {
    const id = idByOrgNumber.get(orgNumber);
    if (!id)
      throw new Error(`Demo portfolio: ${code} refers to organisation ${orgNumber}, which is not seeded`);
    return id;
  };
  let added = 0;
  for (const demo of DEMO_PORTFOLIO) {
    const inserted = await em.query<{ id: string }[]>(
      `INSERT INTO initiatives (code, name, description, owner_id, ministry_id, life_event, phase, start_date, end_date, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        demo.code,
        demo.name,
        demo.description,
        orgId(demo.ownerOrgNumber, demo.code),
        orgId(demo.ministryOrgNumber, demo.code),
        demo.lifeEvent,
        demo.phase,
        demo.startDate,
        demo.endDate,
      ],
    );
    if (!inserted.length) continue;
    added++;
    const initiativeId = inserted[0].id;
    // The funding plan: per year and source; an own budget is the named organisation's (default the
    // owner's), a grant names none (the scheme pays).
    const ownerId = orgId(demo.ownerOrgNumber, demo.code);
    await em.query(
      `INSERT INTO initiative_funding_sources
         (initiative_id, position, year, scheme, organisation_id, amount, received_amount, description)
       SELECT $1, ordinality - 1, year, scheme, organisation_id, amount, received_amount, description
       FROM unnest($2::int[], $3::text[], $4::uuid[], $5::numeric[], $6::numeric[], $7::text[])
         WITH ORDINALITY AS f(year, scheme, organisation_id, amount, received_amount, description, ordinality)`,
      [
        initiativeId,
        demo.funding.map((f) => f.year),
        demo.funding.map((f) => f.scheme),
        demo.funding.map((f) =>
          f.scheme === FundingScheme.OWN_BUDGET
            ? f.orgNumber
              ? orgId(f.orgNumber, demo.code)
              : ownerId
            : null,
        ),
        demo.funding.map((f) => f.amount),
        demo.funding.map((f) => f.received ?? null),
        demo.funding.map((f) => f.description),
      ],
    );
    await seedDemoCoFinancing(em, initiativeId, demo.code, orgId);
    const participants = new Map<string, { role: ParticipantRole; pays: boolean }>([
      [orgId(demo.ownerOrgNumber, demo.code), { role: ParticipantRole.OWNER, pays: demo.ownerPays ?? false }],
    ]);
    for (const p of demo.participants) {
      const id = orgId(p.orgNumber, demo.code);
      if (!participants.has(id))
        participants.set(id, { role: p.role, pays: p.pays ?? paysByDefault(p.role) });
    }
    for (const id of await municipalitiesFor(em, demo)) {
      const role = demo.municipalityRole ?? ParticipantRole.PARTNER;
      if (!participants.has(id)) participants.set(id, { role, pays: paysByDefault(role) });
    }
    await em.query(
      `INSERT INTO initiative_participants (initiative_id, organisation_id, role, pays)
       SELECT $1, organisation_id, role, pays FROM unnest($2::uuid[], $3::text[], $4::boolean[]) AS p(organisation_id, role, pays)`,
      [
        initiativeId,
        [...participants.keys()],
        [...participants.values()].map((p) => p.role),
        [...participants.values()].map((p) => p.pays),
      ],
    );
  }
  return { initiativesAdded: added };
}
