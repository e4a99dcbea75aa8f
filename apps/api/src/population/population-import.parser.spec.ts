import { AppError } from '../common/errors.js';
import { parsePopulationCsv } from './population-import.parser.js';

/** The field and message of the BAD_USER_INPUT a call throws. */
function refusal(call: () => unknown): { field: unknown; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const graphqlError = error as AppError;
    expect(graphqlError.extensions.code).toBe('BAD_USER_INPUT');
    return { field: graphqlError.extensions.field, message: graphqlError.message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

const figures = (text: string, year: number) =>
  Object.fromEntries(parsePopulationCsv(text, year).figures.map((f) => [f.municipalityNumber, f.value]));

describe('parsePopulationCsv (SSB table 07459)', () => {
  it('reads the StatBank download with a title line, a year column and a value column', () => {
    const csv = [
      '"07459: Befolkning, etter region, år og statistikkvariabel"',
      '',
      '"region";"år";"statistikkvariabel";"07459: Befolkning, etter region, år og statistikkvariabel"',
      '"0301 Oslo";"2024";"Personer";717710',
      '"0301 Oslo";"2025";"Personer";728000',
      '"4601 Bergen";"2024";"Personer";291940',
      '"4601 Bergen";"2025";"Personer";295000',
    ].join('\r\n');
    const parsed = parsePopulationCsv(csv, 2025);
    expect(parsed.rows).toBe(2);
    expect(parsed.figures).toEqual([
      { municipalityNumber: '0301', name: 'Oslo', value: 728000, line: 5 },
      { municipalityNumber: '4601', name: 'Bergen', value: 295000, line: 7 },
    ]);
    expect(parsed.problems).toEqual([]);
    expect(figures(csv, 2024)).toEqual({ '0301': 717710, '4601': 291940 });
  });

  it('reads one column per year, a BOM, "K-" region codes and thousands separators', () => {
    const csv =
      '\uFEFF"region";"Personer 2024";"Personer 2025"\n"K-0301 Oslo";"717 710";728000\n"K-1103";149048;150100\n';
    expect(figures(csv, 2024)).toEqual({ '0301': 717710, '1103': 149048 });
    expect(parsePopulationCsv(csv, 2025).figures.map((f) => [f.municipalityNumber, f.name, f.value])).toEqual(
      [
        ['0301', 'Oslo', 728000],
        ['1103', '', 150100],
      ],
    );
  });

  it('sums rows broken down by sex and age', () => {
    const csv = [
      '"region";"kjønn";"alder";"statistikkvariabel";"år";"Personer"',
      '"3201 Bærum";"1 Menn";"000 0 år";"Personer";"2025";700',
      '"3201 Bærum";"1 Menn";"001 1 år";"Personer";"2025";710',
      '"3201 Bærum";"2 Kvinner";"000 0 år";"Personer";"2025";680',
      '"3201 Bærum";"2 Kvinner";"001 1 år";"Personer";"2025";690',
      '"3201 Bærum";"2 Kvinner";"001 1 år";"Personer";"2024";1',
    ].join('\n');
    const parsed = parsePopulationCsv(csv, 2025);
    expect(parsed.rows).toBe(4);
    expect(parsed.figures).toEqual([{ municipalityNumber: '3201', name: 'Bærum', value: 2780, line: 2 }]);
  });

  it('sums the columns of a year broken down by sex, and uses only the totals where a breakdown has them', () => {
    const wide =
      '"region";"Menn 2025";"Kvinner 2025";"Menn 2024";"Kvinner 2024"\n"1820 Alstahaug";3700;3720;1;1\n';
    expect(figures(wide, 2025)).toEqual({ '1820': 7420 });
    const withTotals = [
      '"region";"kjønn";"år";"Personer"',
      '"1820 Alstahaug";"0 Begge kjønn";"2025";7420',
      '"1820 Alstahaug";"1 Menn";"2025";3700',
      '"1820 Alstahaug";"2 Kvinner";"2025";3720',
    ].join('\n');
    expect(figures(withTotals, 2025)).toEqual({ '1820': 7420 });
  });

  it('treats ".", "..", ":" as missing and "-" as nil, and reports the municipalities without a figure', () => {
    const csv = [
      '"region";"år";"Personer"',
      '"0301 Oslo";"2025";".."',
      '"1101 Eigersund";"2025";":"',
      '"1103 Stavanger";"2025";"."',
      '"1106 Haugesund";"2025";"-"',
      '"1108 Sandnes";"2025";"tolv"',
      '"1111 Sokndal";"2025";3300',
    ].join('\n');
    const parsed = parsePopulationCsv(csv, 2025);
    expect(parsed.figures.map((f) => [f.municipalityNumber, f.value])).toEqual([
      ['1106', 0],
      ['1111', 3300],
    ]);
    expect(parsed.gaps.map((g) => [g.municipalityNumber, g.line, g.reason])).toEqual([
      ['0301', 2, 'no figure ("..")'],
      ['1101', 3, 'no figure (":")'],
      ['1103', 4, 'no figure (".")'],
      ['1108', 6, 'not a number'],
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 6,
        message: '1108 Sandnes: "tolv" is not a whole number of inhabitants: its figure is not imported',
      },
    ]);
  });

  it('skips counties and the whole country, reports odd regions and duplicates with their line', () => {
    const csv = [
      '"region";"år";"Personer"',
      '"0 Hele landet";"2025";5594340',
      '"46 Vestland";"2025";650000',
      '"4601 Bergen";"2025";295000',
      '"4601 Bergen";"2025";295001',
      '"Bergen";"2025";1',
    ].join('\n');
    const parsed = parsePopulationCsv(csv, 2025);
    expect(parsed.figures).toEqual([]);
    expect(parsed.gaps).toEqual([
      { municipalityNumber: '4601', name: 'Bergen', line: 4, reason: 'appears more than once' },
    ]);
    expect(parsed.problems).toEqual([
      { line: 5, message: '4601 Bergen appears more than once: its figure is not imported' },
      {
        line: 6,
        message: 'region "Bergen" is not a municipality number with a name, such as "0301 Oslo": skipped',
      },
      { line: null, message: 'skipped 2 regions that are not a municipality (0 Hele landet, 46 Vestland)' },
    ]);
  });

  it('accepts commas as separators and ignores note lines under the table', () => {
    const csv = 'region,år,Personer\n"0301 Oslo",2025,728000\n\n"Kilde: Statistisk sentralbyrå"\n';
    expect(figures(csv, 2025)).toEqual({ '0301': 728000 });
  });

  it('refuses files it cannot read as table 07459, naming the field', () => {
    expect(refusal(() => parsePopulationCsv('  \n', 2025))).toEqual({
      field: 'csv',
      message: 'csv: is empty',
    });
    expect(refusal(() => parsePopulationCsv('"kommune nr";"folk"\n"0301";1\n', 2025)).field).toBe('csv');
    expect(refusal(() => parsePopulationCsv('"region";"Personer"\n"0301 Oslo";1\n', 2025)).message).toMatch(
      /neither a year column/,
    );
    expect(
      refusal(() => parsePopulationCsv('"region";"år";"Personer"\n"0301 Oslo";"2024";1\n', 2025)),
    ).toEqual({
      field: 'year',
      message: 'year: 2025 is not in the file (it has 2024): download the year you import',
    });
    expect(
      refusal(() =>
        parsePopulationCsv(
          '"region";"statistikkvariabel";"år";"v"\n"0301 Oslo";"Personer";"2025";1\n"0301 Oslo";"Døde";"2025";1\n',
          2025,
        ),
      ).message,
    ).toMatch(/more than one statistic/);
  });
});
