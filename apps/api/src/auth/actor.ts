import { type Message, type Principal, type RequestBudgetState, Role } from '@gevinst/domain';
import type { Request } from 'express';

/** Who is calling: a signed-in user (session) or an API token acting for its owner. */
export interface Actor extends Principal {
  kind: 'USER' | 'API_TOKEN' | 'SYSTEM';
  email: string;
  name: string;
  sessionId?: string;
  tokenId?: string;
}

/** Gevinst itself, for changes made at start-up (the demo data); audited as SYSTEM. */
export const SYSTEM_ACTOR: Actor = {
  kind: 'SYSTEM',
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system',
  name: 'Gevinst',
  organisationId: '00000000-0000-0000-0000-000000000000',
  roles: [Role.ADMIN],
};

/** The user a change is recorded as made by (a users row), or null for Gevinst itself (SYSTEM has no user). */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'SYSTEM' ? null : actor.userId;
}

export interface RequestWithActor extends Request {
  actor?: Actor;
  /** Why a presented credential was refused (expired, revoked, unknown). */
  authProblem?: Message;
  /** The calling session's or token's request budget after this request (pacing). */
  budget?: RequestBudgetState;
}
