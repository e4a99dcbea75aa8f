/**
 * Reading driver values (population, transactions, users...) from participants, exactly: a number is
 * taken at its shortest decimal spelling, a string must be a plain decimal ("2.5"). All values of one
 * driver are brought to a common scale so they can be added and compared as BigInts.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { groupDigits } from './labels';
import { Dec, DecimalPoint, MAX_SCALE, describeValue, formatDecWith, parseDecimal, rescale } from './money';

export interface AllocationParticipant {
  /** Unique among the participants; ties in rounding go to the smaller tie key, then the smaller id (code-unit order). */
  id: string;
  /**
   * A public identifier — the organisation number — that decides equal remainders before the id, so an
   * allocation is the same on every installation (the API gives it; the id is an internal database key).
   */
  tieKey?: string;
  /** Driver values by name, e.g. `{ population: 717710 }` or `{ users: "12.5" }`. */
  drivers?: Record<string, number | string>;
  /** For TWO_LEVEL keys: the group the participant belongs to, e.g. "LOCAL". */
  group?: string;
}

/** A participant together with its position in the caller's list (used in error paths). */
export interface IndexedParticipant {
  participant: AllocationParticipant;
  index: number;
}

/** One driver for a set of participants, at a common scale: value_i = units[i] / 10^scale. */
export interface DriverColumn {
  name: string;
  units: bigint[];
  scale: number;
  /** each value as written in explanations ("717710", "2.5"; "2,5" with the point ",") */
  texts: string[];
}

export function readDriver(
  name: string,
  members: readonly IndexedParticipant[],
  point: DecimalPoint = '.',
  /** the separator of thousands in `texts` (none by default; a no-break space in Norwegian) */
  group = '',
): DriverColumn {
  const n = members.length;
  const units = new Array<bigint>(n);
  const texts = new Array<string>(n);
  // Whole numbers (the usual case: inhabitants, transactions) need no scaling.
  let k = 0;
  for (; k < n; k++) {
    const raw = members[k].participant.drivers?.[name];
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) break;
    units[k] = BigInt(raw);
    texts[k] = group ? groupDigits(String(raw), group) : String(raw);
  }
  if (k === n) return { name, units, scale: 0, texts };

  const values = new Array<Dec>(n);
  let scale = 0;
  for (k = 0; k < n; k++) {
    const value = readValue(name, members[k]);
    values[k] = value;
    texts[k] = group ? groupDigits(formatDecWith(value, point), group) : formatDecWith(value, point);
    if (value.scale > scale) scale = value.scale;
  }
  for (k = 0; k < n; k++) units[k] = rescale(values[k], scale);
  return { name, units, scale, texts };
}

function readValue(name: string, { participant, index }: IndexedParticipant): Dec {
  const raw = participant.drivers?.[name];
  const path = `participants[${index}].drivers.${name}`;
  if (raw === undefined || raw === null) {
    throw new CostModelError(
      'MISSING_DRIVER',
      msg('DRIVER_MISSING', { participant: participant.id, driver: name }),
      path,
    );
  }
  const value = parseDecimal(raw);
  if (value === null) {
    throw new CostModelError(
      'INVALID_DRIVER',
      msg('DRIVER_NOT_A_NUMBER', {
        participant: participant.id,
        driver: name,
        decimals: MAX_SCALE,
        got: describeValue(raw),
      }),
      path,
    );
  }
  if (value.units < 0n) {
    throw new CostModelError(
      'NEGATIVE_DRIVER',
      msg('DRIVER_NEGATIVE', { participant: participant.id, driver: name, value: String(raw) }),
      path,
    );
  }
  return value;
}

/** Checks the participant list itself: not empty, every id a non-empty string, no id twice. */
export function checkParticipants(participants: readonly AllocationParticipant[]): void {
  const given: unknown = participants; // callers from plain JavaScript may pass anything
  if (!Array.isArray(given) || given.length === 0) {
    throw new CostModelError('NO_PARTICIPANTS', msg('NO_PARTICIPANTS'), 'participants');
  }
  const seen = new Set<string>();
  for (let i = 0; i < participants.length; i++) {
    const id = participants[i]?.id;
    if (typeof id !== 'string' || id === '') {
      throw new CostModelError('INVALID_INPUT', msg('PARTICIPANT_ID_MISSING'), `participants[${i}].id`);
    }
    if (seen.has(id)) {
      const first = participants.findIndex((participant) => participant.id === id);
      throw new CostModelError(
        'DUPLICATE_ID',
        msg('PARTICIPANT_ID_TWICE', { id, first, second: i }),
        `participants[${i}].id`,
      );
    }
    seen.add(id);
  }
}
