import type { EntityManager } from 'typeorm';

/**
 * Ends every session of a user except `keepSessionId` and revokes all the user's API tokens: what a
 * password change (by the user or an administrator) does, so a stolen credential stops working.
 */
export async function revokeCredentialsOf(
  em: EntityManager,
  userId: string,
  keepSessionId?: string,
): Promise<{ endedSessions: number; revokedApiTokens: number }> {
  // Counted in a SELECT over the UPDATE, so the answer is plain rows on every driver.
  const [{ ended_sessions, revoked_api_tokens }] = await em.query<
    { ended_sessions: number; revoked_api_tokens: number }[]
  >(
    `WITH ended AS (
       UPDATE sessions SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING 1
     ), revoked AS (
       UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1
     )
     SELECT (SELECT count(*) FROM ended)::int AS ended_sessions, (SELECT count(*) FROM revoked)::int AS revoked_api_tokens`,
    [userId, keepSessionId ?? null],
  );
  return { endedSessions: ended_sessions, revokedApiTokens: revoked_api_tokens };
}
