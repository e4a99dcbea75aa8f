import { parse } from 'csv-parse/sync';
import type { ExportLineRow } from '../allocation/allocation-query.service.js';
import { CSV_DIALECTS, csvHeader, csvRecords, identifierCell } from './csv-dialect.js';
import { percentOfShare } from './export-columns.js';

const line: ExportLineRow = {
  id: '1',
  org_number: '958935420',
  organisation_name: 'Oslo',
  municipality_number: '0301',
  initiative_code: 'EID-2026',
  initiative_name: '=HYPERLINK("http://example.com";"Felles eID; fase 1")',
  year: 2026,
  cost_category: 'DEVELOPMENT',
  cost_item_id: '9b1f0e4e-8f62-4a57-9c1e-0d7e3c2b1a00',
  planned_amount: '14354200.05',
  actual_amount: null,
  share: '0.1293109600',
  explanation: 'Linje 1\nLinje 2, med "sitat"',
  // A run stored before Norwegian explanations: the Norwegian file falls back to the English text.
  explanation_nb: null,
  run_id: 'd1953ad1-949b-41c1-b496-3bd3a80927aa',
  run_created_at: new Date('2026-06-30T22:30:00Z'),
  run_status: 'SUPERSEDED',
  key_name: 'Likt; delt',
  key_version: 2,
  population_year: null,
  // A run of 100 000 000.00 of cost items whose PER_UNIT key allocated 111 004 060.00 (ACCEPT_DIFFERENCE):
  // 100 000 000.00 − 111 004 060.00 = −11 004 060.00.
  run_cost_item_amount: '100000000.00',
  run_allocated_total: '111004060.00',
  run_difference: '-11004060.00',
  kostra_art: '270',
  kostra_function: '120',
};

describe('CSV dialects', () => {
  it('nb: BOM, semicolons, decimal comma, Norwegian names and time, formulas defused, quotes where needed', () => {
    const nb = CSV_DIALECTS.nb;
    const text = csvHeader(nb) + csvRecords([line], nb);
    expect(text.startsWith('\uFEFFOrganisasjonsnummer;Organisasjon;Kommunenummer;')).toBe(true);
    const [record] = parse<Record<string, string>>(text, { bom: true, delimiter: ';', columns: true });
    expect(record).toMatchObject({
      // ="0301": Excel evaluates it to the text 0301 instead of the number 301 (docs/api.md, «Exports»)
      Organisasjonsnummer: '="958935420"',
      Kommunenummer: '="0301"',
      Tiltak: `'=HYPERLINK("http://example.com";"Felles eID; fase 1")`,
      Kostnadskategori: 'Utvikling',
      'Planlagt beløp': '14354200,05',
      'Faktisk beløp': '',
      // 0.1293109600 × 100 = 12.93109600 % → trailing zeros trimmed to «12,931096»
      'Andel (%)': '12,931096',
      Forklaring: 'Linje 1\nLinje 2, med "sitat"',
      Kjørt: '2026-07-01 00:30:00',
      Status: 'erstattet',
      Fordelingsnøkkel: 'Likt; delt',
      Nøkkelversjon: '2',
      Befolkningsår: '',
      'Kjøringens kostnadsposter': '100000000,00',
      'Kjøringens fordelte beløp': '111004060,00',
      'Kjøringens differanse': '-11004060,00',
    });
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('rfc4180: commas, decimal point, codes, ISO times, text as stored but formulas defused', () => {
    const rfc = CSV_DIALECTS.rfc4180;
    const text = csvHeader(rfc) + csvRecords([line, line], rfc);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/^organisation_number,organisation,municipality_number,/);
    const records = parse<Record<string, string>>(text, { columns: true });
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      // Finding 5 of the security review: the rfc4180 file wrote this cell as it was.
      initiative_name: `'${line.initiative_name}`,
      cost_category: 'DEVELOPMENT',
      planned_amount: '14354200.05',
      share: '0.1293109600',
      explanation: line.explanation,
      run_created_at: '2026-06-30T22:30:00.000Z',
      run_status: 'SUPERSEDED',
      key: 'Likt; delt',
    });
  });

  it('writes the Norwegian explanation in the Norwegian file and the English one in the other', () => {
    const both = {
      ...line,
      explanation: 'Oslo: EQUAL 1/2 = NOK 50.00.',
      explanation_nb: 'Oslo: likt 1/2 = kr 50,00.',
    };
    const [nb] = parse<Record<string, string>>(
      csvHeader(CSV_DIALECTS.nb) + csvRecords([both], CSV_DIALECTS.nb),
      {
        bom: true,
        delimiter: ';',
        columns: true,
      },
    );
    expect(nb.Forklaring).toBe('Oslo: likt 1/2 = kr 50,00.');
    const rfc = CSV_DIALECTS.rfc4180;
    const [en] = parse<Record<string, string>>(csvHeader(rfc) + csvRecords([both], rfc), { columns: true });
    expect(en.explanation).toBe('Oslo: EQUAL 1/2 = NOK 50.00.');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])(
    'guards a text cell starting %j in both dialects, and leaves negative amounts numbers',
    (start) => {
      const row = {
        ...line,
        initiative_name: start,
        organisation_name: `Oslo ${start}`,
        planned_amount: '-12.50',
      };
      for (const dialect of [CSV_DIALECTS.nb, CSV_DIALECTS.rfc4180]) {
        const [record] = parse<Record<string, string>>(csvHeader(dialect) + csvRecords([row], dialect), {
          bom: true,
          delimiter: dialect.delimiter,
          columns: true,
        });
        const nb = dialect.language === 'nb';
        expect(record[nb ? 'Tiltak' : 'initiative_name']).toBe(`'${start}`);
        // The formula start is not at the cell's start: nothing to guard.
        expect(record[nb ? 'Organisasjon' : 'organisation']).toBe(`Oslo ${start}`);
        // Amounts are numbers Gevinst writes, never guarded.
        expect(record[nb ? 'Planlagt beløp' : 'planned_amount']).toBe(nb ? '-12,50' : '-12.50');
      }
    },
  );
});

describe('percentOfShare and identifierCell (issue 17)', () => {
  it('writes a share as an exact percentage with at least two decimals', () => {
    // 0.0202000000 × 100 = 2.02; 0.0201950000 × 100 = 2.0195; 1 × 100 = 100.00; 0 → 0.00
    expect(percentOfShare('0.0202000000')).toBe('2.02');
    expect(percentOfShare('0.0201950000')).toBe('2.0195');
    expect(percentOfShare('1.0000000000')).toBe('100.00');
    expect(percentOfShare('0.0000000000')).toBe('0.00');
    expect(percentOfShare('0.0000000001')).toBe('0.00000001');
  });

  it('keeps leading zeros: ="0301" for Excel in nb, the digits for programs, guarded text otherwise', () => {
    expect(identifierCell('0301', CSV_DIALECTS.nb)).toBe('="0301"');
    expect(identifierCell('0301', CSV_DIALECTS.rfc4180)).toBe('0301');
    expect(identifierCell('=1+1', CSV_DIALECTS.nb)).toBe("'=1+1");
  });
});
