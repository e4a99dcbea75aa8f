import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Child tables whose every change is activity of a benefit (by benefit_id). */
const BENEFIT_CHILDREN = [
  'benefit_measurements',
  'benefit_targets',
  'benefit_status_reports',
  'benefit_owner_reports',
];
/** Child tables whose every change is activity of an initiative (by initiative_id); benefits included. */
const INITIATIVE_CHILDREN = ['benefits', 'cost_items', 'allocation_runs', 'initiative_status_reports'];

/**
 * Issue 19 (part E): the change feed, activity times and webhooks.
 *
 * - `audit_events.tx_id` (xid8): the transaction that wrote the event. The feed orders by (tx_id, id) and
 *   hands out only events of transactions older than every running one, so a cursor never skips an event
 *   of a transaction that commits late (libs/domain/src/change-feed.ts). Existing events all get this
 *   migration's transaction id, which keeps their id order.
 * - `initiatives.last_activity_at`, `benefits.last_activity_at`: moved by triggers in the writing
 *   transaction whenever the row itself or a child changes (measurements, targets, reports; benefits,
 *   cost items, allocation runs); a parent is touched at most once per transaction. Indexed for
 *   `updatedSince`.
 * - `webhook_subscriptions` and `webhook_deliveries`: the outbox. A delivery row is written in the
 *   transaction of the change it announces; the API's worker claims due rows with FOR UPDATE SKIP LOCKED.
 */
export class ChangeFeedWebhooks1795423300000 implements MigrationInterface {
  name = 'ChangeFeedWebhooks1795423300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX audit_events_feed_idx ON audit_events (tx_id, id)`);

    for (const table of ['initiatives', 'benefits']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN last_activity_at timestamptz NOT NULL DEFAULT now()`);
      await q.query(`UPDATE ${table} SET last_activity_at = updated_at`);
      await q.query(`CREATE INDEX ${table}_last_activity_idx ON ${table} (last_activity_at)`);
    }
    await q.query(`
      CREATE FUNCTION activity_now() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.last_activity_at := now();
        RETURN NEW;
      END
      $$`);
    for (const table of ['initiatives', 'benefits'])
      await q.query(`
        CREATE TRIGGER ${table}_activity_now BEFORE UPDATE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION activity_now()`);
    for (const [parent, key] of [
      ['benefit', 'benefit_id'],
      ['initiative', 'initiative_id'],
    ])
      await q.query(`
        CREATE FUNCTION touch_${parent}_activity() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE ${parent}s SET last_activity_at = now()
           WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.${key} ELSE NEW.${key} END
             AND last_activity_at IS DISTINCT FROM now();
          RETURN NULL;
        END
        $$`);
    for (const table of BENEFIT_CHILDREN)
      await q.query(`
        CREATE TRIGGER ${table}_touch_benefit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION touch_benefit_activity()`);
    for (const table of INITIATIVE_CHILDREN)
      await q.query(`
        CREATE TRIGGER ${table}_touch_initiative AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION touch_initiative_activity()`);

    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisations(id),
        url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
        event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
        secret text NOT NULL,
        description text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_org_idx ON webhook_subscriptions (organisation_id)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        event_type text NOT NULL,
        audit_event_id bigint NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
    for (const table of INITIATIVE_CHILDREN)
      await q.query(`DROP TRIGGER ${table}_touch_initiative ON ${table}`);
    for (const table of BENEFIT_CHILDREN) await q.query(`DROP TRIGGER ${table}_touch_benefit ON ${table}`);
    await q.query(`DROP FUNCTION touch_initiative_activity()`);
    await q.query(`DROP FUNCTION touch_benefit_activity()`);
    for (const table of ['initiatives', 'benefits']) {
      await q.query(`DROP TRIGGER ${table}_activity_now ON ${table}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN last_activity_at`);
    }
    await q.query(`DROP FUNCTION activity_now()`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN tx_id`);
  }
}
