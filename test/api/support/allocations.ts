import { mutate } from './graphql.js';
import type { Gql } from './test-app.js';

export interface AllocationRunFixture {
  initiativeId: string;
  year: number;
  /**
   * The current run this one expects to replace (null: expects none), for CONFLICT if another run came in
   * between. Left out, the run replaces whatever is current without that check.
   */
  supersedes?: string | null;
  /** How to resolve a difference with the cost items (REQUIRE_EXACT when left out). */
  reconciliation?: 'REQUIRE_EXACT' | 'SET_COST_ITEM_FROM_KEY' | 'ACCEPT_DIFFERENCE';
}

export interface CreatedAllocationRun {
  id: string;
  status: string;
  plannedTotal: string;
  actualTotal: string | null;
  lineCount: number;
}

/**
 * Runs the allocation of an initiative's year through runAllocation as `gql`'s caller (the year's cost
 * items shared by their keys, or the initiative's default key) and returns the stored run.
 */
export async function anAllocationRun(gql: Gql, input: AllocationRunFixture): Promise<CreatedAllocationRun> {
  const data = await mutate<{ runAllocation: CreatedAllocationRun }>(
    gql,
    'anAllocationRun',
    `mutation($i: ID!, $y: Int!, $s: ID, $r: AllocationReconciliation) {
      runAllocation(initiativeId: $i, year: $y, supersedes: $s, reconciliation: $r) {
      id status plannedTotal actualTotal lineCount } }`,
    // An absent $s leaves the argument out (no check); JSON drops an undefined value, and keeps null.
    { i: input.initiativeId, y: input.year, s: input.supersedes, r: input.reconciliation },
  );
  return data.runAllocation;
}
