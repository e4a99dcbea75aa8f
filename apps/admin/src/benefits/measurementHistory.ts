/**
 * Corrections of measurements: a correction is a new version that supersedes the current one, so the
 * page can show what was corrected, from which value and why.
 */
import { parseDecimalInput } from '../format';
import type { Measurement, MeasurementVersion } from './benefits.graphql';

/** The version the current one corrected, or null when the measurement was never corrected. */
export function previousVersion(measurement: Measurement): MeasurementVersion | null {
  if (measurement.revision <= 1) return null;
  return measurement.versions?.find((version) => version.revision === measurement.revision - 1) ?? null;
}

export interface CorrectionValues {
  value?: string | null;
  reason?: string | null;
}

/** The correction form's values as CorrectMeasurementInput: Norwegian-typed numbers to decimals. */
export function correctionInput(
  measurementId: string,
  values: CorrectionValues,
): { measurementId: string; value: string; reason: string } {
  const typed = values.value ?? '';
  return {
    measurementId,
    value: parseDecimalInput(typed) ?? typed,
    reason: (values.reason ?? '').trim(),
  };
}
