import { Role } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { ORG } from './demo-portfolio.js';

/** The password of every demo persona (demo mode only; listed in the README). */
export const DEMO_PASSWORD = 'Gevinst-demo-2026';

/** One demo user per persona. Created only in demo mode; marked is_demo. */
export const DEMO_USERS = [
  { email: 'admin@demo.gevinst.no', name: 'Ada Administrator', orgNumber: ORG.DIGDIR, roles: [Role.ADMIN] },
  {
    email: 'eier@demo.gevinst.no',
    name: 'Ola Prosjekteier',
    orgNumber: ORG.BRREG,
    roles: [Role.INITIATIVE_OWNER],
  },
  {
    email: 'departement@demo.gevinst.no',
    name: 'Kari Departement',
    orgNumber: ORG.KDD,
    roles: [Role.PORTFOLIO_REVIEWER],
  },
  {
    email: 'okonomi.bergen@demo.gevinst.no',
    name: 'Berit Økonomi (Bergen)',
    orgNumber: ORG.BERGEN,
    roles: [Role.FINANCE_OFFICER],
  },
  {
    email: 'okonomi.oslo@demo.gevinst.no',
    name: 'Omar Økonomi (Oslo)',
    orgNumber: ORG.OSLO,
    roles: [Role.FINANCE_OFFICER],
  },
  {
    email: 'sekretariat@demo.gevinst.no',
    name: 'Sara Sekretariat',
    orgNumber: ORG.DIGDIR,
    roles: [Role.SCHEME_ADMINISTRATOR],
  },
  { email: 'integrator@demo.gevinst.no', name: 'Ivar Integrator', orgNumber: ORG.KS, roles: [Role.READER] },
  // The account KS's own systems write with (docs/api.md, "Integrating"): it may change KS's initiatives
  // (DEMO-DIGIFIN-FIKS), so the integration script's bulk measurements and cost-item import run as it.
  {
    email: 'integrasjon@demo.gevinst.no',
    name: 'KS fagsystem (integrasjon)',
    orgNumber: ORG.KS,
    roles: [Role.INITIATIVE_OWNER],
  },
] as const;

/**
 * The demo's service account (docs/api.md, "Service accounts"): KS's integration, which reads through API
 * tokens an administrator creates for it (Brukere → Tjenestekontoer in the admin UI); it has no password
 * and cannot sign in. Ivar Integrator is the person who runs the integration.
 */
export const DEMO_SERVICE_ACCOUNT = {
  email: 'integrasjon.ks@demo.gevinst.no',
  name: 'KS integrasjon (tjenestekonto)',
  orgNumber: ORG.KS,
  roles: [Role.READER],
} as const;

/** Adds the demo users that do not exist yet (by e-mail); existing users are left as they are. */
export async function seedDemoUsers(em: EntityManager): Promise<number> {
  const existing = new Set(
    (await em.query<{ email: string }[]>(`SELECT email FROM users`)).map((row) => row.email),
  );
  const missing = DEMO_USERS.filter((user) => !existing.has(user.email));
  let added = 0;
  if (!existing.has(DEMO_SERVICE_ACCOUNT.email)) {
    const { email, name, roles, orgNumber } = DEMO_SERVICE_ACCOUNT;
    await em.query(
      `INSERT INTO users (email, name, kind, password_hash, organisation_id, roles, is_demo)
       SELECT $1, $2, 'SERVICE_ACCOUNT', NULL, o.id, $3::text[], true FROM organisations o WHERE o.org_number = $4
       ON CONFLICT (email) DO NOTHING`,
      [email, name, [...roles], orgNumber],
    );
    added++;
  }
  if (!missing.length) return added;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of missing) {
    await em.query(
      `INSERT INTO users (email, name, password_hash, organisation_id, roles, is_demo)
       SELECT $1, $2, $3, o.id, $4::text[], true FROM organisations o WHERE o.org_number = $5
       ON CONFLICT (email) DO NOTHING`,
      [user.email, user.name, passwordHash, [...user.roles], user.orgNumber],
    );
  }
  return added + missing.length;
}
