import { addDays } from './distributions.js';
import { AS_OF, type BenefitRow, plannedValue } from './plan.js';
import type { Rng } from './prng.js';

/** One stored version of a measurement (benefit_measurements). */
export interface MeasurementRow {
  id: string;
  benefitId: string;
  date: string;
  value: string;
  source: string;
  comment: string;
  revision: number;
  supersedesId: string | null;
  correctionReason: string | null;
  supersededAt: string | null;
  supersededById: string | null;
  recordedAt: string;
  recordedByName: string;
  recordedByOrganisationId: string;
}

/** Share of measurements that were corrected once (a second version supersedes the first). */
export const CORRECTION_RATE = 0.01;

function format(value: number, decimals: 0 | 1): string {
  return decimals === 0 ? String(Math.round(value)) : (Math.round(value * 10) / 10).toFixed(1);
}

function clamp(benefit: BenefitRow, value: number): number {
  const floor = Math.max(0, value);
  return benefit.unit === 'prosent' || benefit.unit === 'poeng' ? Math.min(100, floor) : floor;
}

function recordedAt(date: string, days: number): string {
  const day = addDays(date, days);
  return `${day < AS_OF ? day : AS_OF}T10:00:00Z`;
}

/**
 * The measurements of a benefit: the first `count` of its measurable dates (the latest periods are not
 * reported yet), each the planned value moved by the benefit's performance and a little noise. About 1 %
 * were corrected: the first version holds a mistyped figure and is superseded by the correct one.
 */
export function measurementRows(rng: Rng, benefit: BenefitRow, count: number): MeasurementRow[] {
  const rows: MeasurementRow[] = [];
  for (const date of benefit.measurableDates.slice(0, count)) {
    const planned = plannedValue(benefit, date);
    const improvement = (planned - benefit.baselineValue) * benefit.performance;
    const noise = 1 + rng.between(-0.04, 0.04);
    const value = format(clamp(benefit, benefit.baselineValue + improvement * noise), benefit.decimals);
    const at = recordedAt(date, rng.int(5, 40));
    const row: MeasurementRow = {
      id: rng.uuid(),
      benefitId: benefit.id,
      date,
      value,
      source: benefit.method,
      comment: '',
      revision: 1,
      supersedesId: null,
      correctionReason: null,
      supersededAt: null,
      supersededById: null,
      recordedAt: at,
      recordedByName: benefit.ownerName,
      recordedByOrganisationId: benefit.recorderOrganisationId,
    };
    if (rng.chance(CORRECTION_RATE)) {
      // The first version had a typing error (a digit too many or a figure off by some percent).
      const wrong = rng.chance(0.5) ? Number(value) * 10 : Number(value) * rng.between(1.05, 1.2);
      const correctedAt = recordedAt(date, rng.int(45, 90));
      const correction: MeasurementRow = {
        ...row,
        id: rng.uuid(),
        revision: 2,
        supersedesId: row.id,
        correctionReason: 'Feil ved registrering; korrigert med tall fra fagsystemet',
        recordedAt: correctedAt > at ? correctedAt : at,
      };
      let wrongValue = format(clamp(benefit, wrong), benefit.decimals);
      if (wrongValue === value)
        wrongValue = format(Number(value) >= 1 ? Number(value) - 1 : Number(value) + 1, benefit.decimals);
      rows.push(
        { ...row, value: wrongValue, supersededAt: correction.recordedAt, supersededById: correction.id },
        correction,
      );
    } else {
      rows.push(row);
    }
  }
  return rows;
}
