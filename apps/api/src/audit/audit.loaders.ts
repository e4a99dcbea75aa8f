import { type AuditReference, isAuditId } from '@gevinst/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';

/**
 * What every id the trail can hold names, one UNION over the tables whose rows audit events are about:
 * its own name, the date or year that names it, and what it belongs to (docs/audit-log.md). The audit
 * folder is below every feature (they all record through it), so it reads these tables by name here
 * instead of through their repositories or entities (which would make the folders import each other);
 * it only reads.
 */
const REFERENCES_SQL = `
  SELECT o.id::text AS id, 'Organisation' AS entity_type, o.name AS name, NULL::text AS date,
         NULL::int AS year, NULL::text AS parent_name
    FROM organisations o WHERE o.id = ANY($1::uuid[])
  UNION ALL
  SELECT u.id::text, 'User', u.name, NULL, NULL, o.name
    FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ANY($1::uuid[])
  UNION ALL
  SELECT i.id::text, 'Initiative', i.code, NULL, NULL, i.name FROM initiatives i WHERE i.id = ANY($1::uuid[])
  UNION ALL
  SELECT b.id::text, 'Benefit', b.title, NULL, NULL, i.code
    FROM benefits b JOIN initiatives i ON i.id = b.initiative_id WHERE b.id = ANY($1::uuid[])
  UNION ALL
  SELECT m.id::text, 'BenefitMeasurement', NULL, to_char(m.measured_on, 'YYYY-MM-DD'), NULL, b.title
    FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id WHERE m.id = ANY($1::uuid[])
  UNION ALL
  SELECT r.id::text, 'BenefitOwnerReport', NULL, NULL, r.year, b.title
    FROM benefit_owner_reports r JOIN benefits b ON b.id = r.benefit_id WHERE r.id = ANY($1::uuid[])
  UNION ALL
  SELECT c.id::text, 'CostItem', NULLIF(c.description, ''), NULL, c.year, i.code
    FROM cost_items c JOIN initiatives i ON i.id = c.initiative_id WHERE c.id = ANY($1::uuid[])
  UNION ALL
  SELECT r.id::text, 'AllocationRun', NULL, NULL, r.year, i.code
    FROM allocation_runs r JOIN initiatives i ON i.id = r.initiative_id WHERE r.id = ANY($1::uuid[])
  UNION ALL
  SELECT k.id::text, 'CostSharingKey', k.name, NULL, NULL, NULL
    FROM cost_sharing_keys k WHERE k.id = ANY($1::uuid[])
  UNION ALL
  SELECT e.id::text, 'Enabler', e.title, NULL, NULL, i.code
    FROM benefit_enablers e JOIN initiatives i ON i.id = e.initiative_id WHERE e.id = ANY($1::uuid[])
  UNION ALL
  SELECT x.id::text, 'BenefitsMapEdge',
         COALESCE(fb.title, fe.title, '') || ' → ' || COALESCE(tb.title, te.title, ''), NULL, NULL, i.code
    FROM benefits_map_edges x JOIN initiatives i ON i.id = x.initiative_id
    LEFT JOIN benefits fb ON fb.id = x.from_benefit_id LEFT JOIN benefit_enablers fe ON fe.id = x.from_enabler_id
    LEFT JOIN benefits tb ON tb.id = x.to_benefit_id LEFT JOIN benefit_enablers te ON te.id = x.to_enabler_id
   WHERE x.id = ANY($1::uuid[])
  UNION ALL
  SELECT v.id::text, 'BenefitPlanVersion', v.version_number::text, NULL, NULL, i.code
    FROM benefit_plan_versions v JOIN initiatives i ON i.id = v.initiative_id WHERE v.id = ANY($1::uuid[])
  UNION ALL
  SELECT c.id::text, 'CoFinancingCall', c.title, NULL, c.year, NULL
    FROM co_financing_calls c WHERE c.id = ANY($1::uuid[])
  UNION ALL
  SELECT a.id::text, 'CoFinancingApplication', c.title, NULL, NULL, i.code
    FROM co_financing_applications a JOIN co_financing_calls c ON c.id = a.call_id
    JOIN initiatives i ON i.id = a.initiative_id WHERE a.id = ANY($1::uuid[])
  UNION ALL
  SELECT t.id::text, 'ApiToken', t.name, NULL, NULL, u.name
    FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id WHERE t.id = ANY($1::uuid[])
  UNION ALL
  SELECT s.id::text, 'Session', NULL, NULL, NULL, u.name
    FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id = ANY($1::uuid[])`;

interface ReferenceRow {
  id: string;
  entity_type: string;
  name: string | null;
  date: string | null;
  year: number | null;
  parent_name: string | null;
}

/** Per-request batch loaders of the audit log: `ctx.loaders.of(AuditLoaders)`. */
export class AuditLoaders {
  constructor(private readonly db: EntityManager) {}

  /** What an id names (null: nothing any more, or not an id): every event of a page in one statement. */
  readonly reference = new DataLoader<string, AuditReference | null>(async (ids) => {
    const valid = [...new Set(ids.filter(isAuditId).map((id) => id.toLowerCase()))];
    const rows = valid.length ? await this.db.query<ReferenceRow[]>(REFERENCES_SQL, [valid]) : [];
    const byId = new Map<string, AuditReference>(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          entityType: row.entity_type,
          name: row.name,
          date: row.date,
          year: row.year === null ? null : Number(row.year),
          parentName: row.parent_name,
        },
      ]),
    );
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}
