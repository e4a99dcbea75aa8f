import { populationSourceLabel } from './population-source';

describe('populationSourceLabel: a population figure’s source in words', () => {
  it('names SSB and the date instead of a file path', () => {
    const stored = 'data/reference/municipalities.csv (SSB population 1 January; Brønnøysund register)';
    expect(populationSourceLabel(stored, 2024, 'nb')).toBe('SSB, folketall 1. januar 2024');
    expect(populationSourceLabel(stored, 2024, 'en')).toBe(
      'Statistics Norway (SSB), population on 1 January 2024',
    );
    expect(
      populationSourceLabel(
        'data/reference/counties.csv (sum of municipal populations; Brønnøysund register)',
        2024,
        'nb',
      ),
    ).toBe('Summen av kommunenes folketall (SSB, 1. januar 2024)');
  });

  it('dates an SSB import the Norwegian way, and keeps a user’s own note as written', () => {
    expect(populationSourceLabel('SSB table 07459, imported 2026-03-01', 2025, 'nb')).toBe(
      'SSB, tabell 07459, folketall 1. januar 2025 (importert 01.03.2026)',
    );
    expect(populationSourceLabel('entered by user', 2025, 'nb')).toBe('Registrert av en bruker');
    expect(populationSourceLabel('Kommunens eget tall', 2025, 'nb')).toBe('Kommunens eget tall');
  });
});
