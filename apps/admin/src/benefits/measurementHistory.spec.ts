import { describe, expect, it } from '@jest/globals';
import { correctionInput, previousVersion } from './measurementHistory';
import type { Measurement, MeasurementVersion } from './benefits.graphql';

const version = (
  revision: number,
  value: string,
  correctionReason: string | null = null,
): MeasurementVersion => ({
  id: `v${revision}`,
  value,
  revision,
  recordedAt: `2026-0${revision}-01T10:00:00Z`,
  recordedByName: 'Hanne Registerfører',
  correctionReason,
});

const measurement = (versions: MeasurementVersion[]): Measurement => ({
  ...versions[versions.length - 1],
  date: '2026-06-30',
  source: 'Timeregistrering',
  comment: '',
  versions,
});

describe('measurement corrections', () => {
  it('find the version a correction replaced', () => {
    const corrected = measurement([
      version(1, '24000'),
      version(2, '22000', 'Feil i uttrekket'),
      version(3, '20000', 'Dobbeltelling fjernet'),
    ]);
    expect(previousVersion(corrected)).toMatchObject({ revision: 2, value: '22000' });
    expect(previousVersion(measurement([version(1, '24000')]))).toBeNull();
    // Without the history (not fetched), nothing is made up.
    expect(previousVersion({ ...corrected, versions: undefined })).toBeNull();
  });

  it('send the value as a decimal and the reason trimmed', () => {
    expect(correctionInput('m1', { value: '20\u00a0000,5', reason: '  Dobbeltelling fjernet \n' })).toEqual({
      measurementId: 'm1',
      value: '20000.5',
      reason: 'Dobbeltelling fjernet',
    });
    // What is not a number goes as typed: the API says what is wrong, next to the field.
    expect(correctionInput('m1', { value: 'tjue', reason: null })).toEqual({
      measurementId: 'm1',
      value: 'tjue',
      reason: '',
    });
  });
});
