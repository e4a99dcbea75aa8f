/**
 * The frozen inputs of a run, typed (AllocationRun.runInputs, issue 19): read from the JSON runInputsOf
 * (allocation-inputs.ts) writes into allocation_runs.inputs. Every run has been written in that one shape
 * (since the first allocation runs, also by the national data generator); the reader is tolerant all the
 * same: a list the record lacks (a run stored without it, `{}`) reads as empty, an entry that is not an
 * object is skipped, and a key version keeps its specification as stored, read by shape and not validated
 * against today's rules (taggedKeySpecOf). `driversUsed` repeats each key version's population year and
 * specification by version id; the typed key versions carry both, with the drivers the key reads.
 */
import { type TaggedKeySpec, taggedKeySpecOf } from '@gevinst/cost-model';
import { type CostCategory, type CostSharingKeySpec, driversUsedBy } from '@gevinst/domain';

export interface RunCostItemView {
  costItemId: string;
  category: CostCategory;
  description: string;
  plannedAmount: string;
  actualAmount: string | null;
  allocatedPlannedAmount: string;
  allocatedActualAmount: string | null;
  keyId: string;
  keyName: string;
  keyVersionId: string;
  keyVersionNumber: number;
}

export interface RunKeyVersionView {
  keyId: string;
  keyName: string;
  keyVersionId: string;
  versionNumber: number;
  populationYear: number | null;
  keySpec: TaggedKeySpec;
  drivers: string[];
}

export interface RunParticipantView {
  organisationId: string;
  name: string;
  orgNumber: string;
  group: string;
}

export interface RunInputsView {
  costItems: RunCostItemView[];
  keyVersions: RunKeyVersionView[];
  participants: RunParticipantView[];
  supersededRunId: string | null;
}

type Json = Record<string, unknown>;

/** The objects of a JSON list (none when it is not a list). */
const objects = (value: unknown): Json[] =>
  Array.isArray(value)
    ? value.filter(
        (entry): entry is Json => typeof entry === 'object' && entry !== null && !Array.isArray(entry),
      )
    : [];

/** A text value as stored (a number, e.g. an amount written as one, as its text); null when absent. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

function integer(value: unknown): number | null {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : null;
}

/** The typed inputs of a run from its stored JSON (allocation_runs.inputs). */
export function runInputsView(inputs: Readonly<Json> | null | undefined): RunInputsView {
  const stored = inputs ?? {};
  return {
    costItems: objects(stored.costItems).map((item) => ({
      costItemId: text(item.id)!,
      category: text(item.category) as CostCategory,
      description: text(item.description) ?? '',
      plannedAmount: text(item.plannedAmount)!,
      actualAmount: text(item.actualAmount),
      allocatedPlannedAmount: text(item.allocatedPlanned)!,
      allocatedActualAmount: text(item.allocatedActual),
      keyId: text(item.keyId)!,
      keyName: text(item.keyName)!,
      keyVersionId: text(item.keyVersionId)!,
      keyVersionNumber: integer(item.keyVersion)!,
    })),
    keyVersions: objects(stored.keyVersions).map((version) => {
      const spec = version.spec as CostSharingKeySpec;
      return {
        keyId: text(version.keyId)!,
        keyName: text(version.keyName)!,
        keyVersionId: text(version.versionId)!,
        versionNumber: integer(version.version)!,
        populationYear: integer(version.populationYear),
        keySpec: taggedKeySpecOf(spec),
        drivers: driversUsedBy(spec),
      };
    }),
    participants: objects(stored.participants).map((participant) => ({
      organisationId: text(participant.organisationId)!,
      name: text(participant.name)!,
      orgNumber: text(participant.orgNumber)!,
      group: text(participant.group)!,
    })),
    supersededRunId: text(stored.supersededRunId),
  };
}
