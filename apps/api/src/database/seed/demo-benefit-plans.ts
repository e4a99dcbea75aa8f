import { BenefitPlanStatus } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { loadLiveSnapshots } from '../../benefit-plan/benefit-plan.repository.js';

/**
 * The demo's binding benefits plan (issue 15): DEMO-MEDFIN-TOLK (IMDi, co-financed in 2024–2025) has version 1
 * of its plan approved on 15 March 2024 — frozen by the approval of its co-financing application (the demo
 * call, apps/api/src/database/seed/demo-co-financing.seeder.ts, runs first and approves it through the
 * service, which freezes the plan with BenefitPlanService.approveCurrent; this seeder dates that version to
 * the story's approval day) or, when no application approved it, inserted here as approved by Digdir's
 * secretariat on that day. Then, on 20 November 2025, the target of "Mindre tid til tolkebestilling i NAV"
 * for 30 June 2026 was lowered from 32 000 to 38 000 hours a year (6 000 hours less saved), recorded in the
 * audit trail with its reason. That change is the working draft: the benefit's realisation is still measured
 * against version 1 (45 500 hours on 30 June 2026 against 32 000 planned: (64 000 − 45 500) / (64 000 −
 * 32 000) = 18 500 / 32 000 = 57.81 %, RED), not against the lowered target (18 500 / 26 000 = 71.15 %,
 * AMBER), and the tab «Gevinstplan» shows the deviation.
 *
 * DEMO-LIV-BEDRIFT and DEMO-LIV-DODSFALL (co-financed too) get no approved version here: BEDRIFT is where the
 * owner persona (eier@) proposes one and the secretariat approves it in the walkthrough.
 *
 * Idempotent: nothing is done when DEMO-MEDFIN-TOLK is not there or its target is lowered already.
 */
export async function seedDemoBenefitPlans(em: EntityManager): Promise<{ versionsAdded: number }> {
  const initiative = (
    await em.query<{ id: string; owner_id: string }[]>(
      `SELECT id, owner_id FROM initiatives WHERE code = 'DEMO-MEDFIN-TOLK' AND is_demo`,
    )
  )[0];
  if (!initiative) return { versionsAdded: 0 };
  const lowered = await em.query<unknown[]>(
    `SELECT 1 FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id
     WHERE b.initiative_id = $1 AND b.title = 'Mindre tid til tolkebestilling i NAV'
       AND t.target_date = '2026-06-30' AND t.value = 38000`,
    [initiative.id],
  );
  if (lowered.length) return { versionsAdded: 0 };
  const snapshot = (await loadLiveSnapshots(em, [initiative.id])).get(initiative.id);
  if (!snapshot?.benefits.length) return { versionsAdded: 0 };
  const user = async (email: string) =>
    (
      await em.query<{ id: string; name: string }[]>(`SELECT id, name FROM users WHERE email = $1`, [email])
    )[0] ?? null;
  const secretariat = await user('sekretariat@demo.gevinst.no');
  const admin = await user('admin@demo.gevinst.no');

  const proposedAt = '2024-03-01T09:00:00+01:00';
  const approvedAt = '2024-03-15T12:00:00+01:00';
  const reason = '[Demo] Gevinstrealiseringsplanen i søknaden om medfinansiering (kategori 1)';
  const [frozen] = await em.query<{ id: string }[]>(
    `SELECT id FROM benefit_plan_versions WHERE initiative_id = $1 AND status = $2 ORDER BY version_number LIMIT 1`,
    [initiative.id, BenefitPlanStatus.APPROVED],
  );
  if (frozen) {
    // Frozen by the application's approval just now: dated to the story's approval day, so the later change
    // (20 November 2025) is a change since the approval, attributed in the deviations. (The audit trail is
    // append-only: its events keep the moment the demo was seeded.)
    await em.query(
      `UPDATE benefit_plan_versions
         SET proposed_at = $2, decided_at = $3, created_at = $2, updated_at = $3, is_demo = true,
             decided_by_user_id = coalesce($4, decided_by_user_id), decided_by_name = coalesce($5, decided_by_name)
       WHERE id = $1`,
      [frozen.id, proposedAt, approvedAt, secretariat?.id ?? null, secretariat?.name ?? null],
    );
  }
  const version =
    frozen ??
    (
      await em.query<{ id: string }[]>(
        `INSERT INTO benefit_plan_versions
           (initiative_id, version_number, status, snapshot, reason, proposed_at, proposed_by_user_id, proposed_by_name,
            decided_at, decided_by_user_id, decided_by_name, decision_note, is_demo, created_at, updated_at)
         VALUES ($1, 1, $2, $3::jsonb, $4, $5, NULL, 'IMDi (prosjekteier)', $6, $7, $8, $9, true, $5, $6)
         RETURNING id`,
        [
          initiative.id,
          BenefitPlanStatus.APPROVED,
          JSON.stringify(snapshot),
          reason,
          proposedAt,
          approvedAt,
          secretariat?.id ?? null,
          secretariat?.name ?? 'Digdirs sekretariat for medfinansieringsordningen',
          'Bindende ved endelig tilsagn',
        ],
      )
    )[0];
  const audit = async (
    at: string,
    actor: { id: string; email: string } | null,
    operation: string,
    entityType: string,
    entityId: string,
    before: object | null,
    after: object | null,
  ): Promise<void> => {
    await em.query(
      `INSERT INTO audit_events (occurred_at, actor_kind, actor_user_id, actor_email, operation, entity_type, entity_id,
                                 owner_organisation_id, initiative_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
      [
        at,
        actor ? 'USER' : 'SYSTEM',
        actor?.id ?? null,
        actor?.email ?? null,
        operation,
        entityType,
        entityId,
        initiative.owner_id,
        initiative.id,
        before ? JSON.stringify(before) : null,
        after ? JSON.stringify(after) : null,
      ],
    );
  };
  const recorded = { id: version.id, versionNumber: 1, reason, benefits: snapshot.benefits.length };
  if (!frozen) {
    await audit(proposedAt, null, 'proposeBenefitPlanVersion', 'BenefitPlanVersion', version.id, null, {
      ...recorded,
      status: BenefitPlanStatus.PROPOSED,
    });
    await audit(
      approvedAt,
      secretariat ? { id: secretariat.id, email: 'sekretariat@demo.gevinst.no' } : null,
      'approveBenefitPlanVersion',
      'BenefitPlanVersion',
      version.id,
      { ...recorded, status: BenefitPlanStatus.PROPOSED },
      { ...recorded, status: BenefitPlanStatus.APPROVED },
    );
  }

  // The lowered target, afterwards: the working draft deviates from version 1.
  const nav = snapshot.benefits.find((b) => b.title === 'Mindre tid til tolkebestilling i NAV');
  if (nav) {
    const [before] = await em.query<Record<string, unknown>[]>(
      `SELECT to_jsonb(b) AS row FROM benefits b WHERE b.id = $1`,
      [nav.id],
    );
    const changedAt = '2025-11-20T10:00:00+01:00';
    await em.query(
      `UPDATE benefit_targets SET value = 38000 WHERE benefit_id = $1 AND target_date = '2026-06-30'`,
      [nav.id],
    );
    await em.query(`UPDATE benefits SET version = version + 1, updated_at = $2 WHERE id = $1`, [
      nav.id,
      changedAt,
    ]);
    const targetsAfter = nav.targets.map((t) =>
      t.date === '2026-06-30' ? { date: t.date, value: '38000' } : t,
    );
    const row = (before as { row: Record<string, unknown> }).row;
    await audit(
      changedAt,
      admin ? { id: admin.id, email: 'admin@demo.gevinst.no' } : null,
      'updateBenefit',
      'Benefit',
      nav.id,
      { ...camel(row), targets: nav.targets },
      {
        ...camel(row),
        version: Number(row.version) + 1,
        targets: targetsAfter,
        changeReason:
          '[Demo] NAV-kontorene tar løsningen i bruk et halvt år senere enn planlagt; målet for juni 2026 justeres',
      },
    );
  }
  return { versionsAdded: frozen ? 0 : 1 };
}

/** A benefits row (snake_case columns) with the entity's property names, as the audit trail records it. */
function camel(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}
