import type { Principal } from '@gevinst/domain';
import type { Request } from 'express';

/** Who is calling: a signed-in user (session) or an API token acting for its owner. */
export interface Actor extends Principal {
  kind: 'USER' | 'API_TOKEN';
  email: string;
  name: string;
  sessionId?: string;
  tokenId?: string;
}

export interface RequestWithActor extends Request {
  actor?: Actor;
  /** Why a presented credential was refused (expired, revoked, unknown). */
  authProblem?: string;
}
