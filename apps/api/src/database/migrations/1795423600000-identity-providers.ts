import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20, OpenID Connect sign-in:
 * - identity_providers: the providers an administrator configured (the one from OIDC_* environment
 *   variables is not stored); the client secret never leaves the API;
 * - oidc_login_states: a started sign-in's state (only its hash), nonce and PKCE verifier, for a few
 *   minutes and used once, so any API process can finish a sign-in another one started;
 * - users.oidc_issuer / oidc_subject: the person at the provider (issuer + `sub`), unique;
 * - sessions.identity_provider: the provider a session was signed in with (its end-session endpoint).
 */
export class IdentityProviders1795423600000 implements MigrationInterface {
  name = 'IdentityProviders1795423600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity_providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        display_name text NOT NULL,
        issuer_url text NOT NULL,
        client_id text NOT NULL,
        client_secret text NOT NULL,
        scopes text NOT NULL DEFAULT 'openid profile email',
        organisation_claim text,
        organisation_id uuid REFERENCES organisations(id),
        group_claim text NOT NULL DEFAULT 'groups',
        role_mappings jsonb NOT NULL DEFAULT '[]'::jsonb,
        enabled boolean NOT NULL DEFAULT true,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT identity_providers_organisation CHECK (organisation_claim IS NOT NULL OR organisation_id IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE oidc_login_states (
        state_hash text PRIMARY KEY,
        provider_slug text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX oidc_login_states_expires ON oidc_login_states (expires_at)`);
    await q.query(`ALTER TABLE users ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text`);
    await q.query(
      `CREATE UNIQUE INDEX users_oidc_identity ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL`,
    );
    await q.query(`ALTER TABLE sessions ADD COLUMN identity_provider text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN identity_provider`);
    await q.query(`DROP INDEX users_oidc_identity`);
    await q.query(`ALTER TABLE users DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`);
    await q.query(`DROP TABLE oidc_login_states`);
    await q.query(`DROP TABLE identity_providers`);
  }
}
