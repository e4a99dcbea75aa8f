import { useRecordContext } from 'react-admin';
import { canEditInitiative } from '@gevinst/domain';
import { usePrincipal } from '../access';
import type { Initiative } from './initiatives.graphql';

/** Whether the signed-in user may change this initiative (its participants, costs, keys and benefits). */
export function useCanEditInitiative(initiative?: Pick<Initiative, 'ownerId'> | null): boolean {
  const record = useRecordContext<Initiative>();
  const principal = usePrincipal();
  const ownerId = (initiative ?? record)?.ownerId;
  return !!principal && !!ownerId && canEditInitiative(principal, { ownerId });
}
