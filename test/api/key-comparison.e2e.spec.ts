/**
 * The key comparison (issue 15, "Agreeing a cost-sharing key"; docs/funding-schemes.md): three keys for
 * DEMO-DIGIFIN-FIKS 2024 — the agreed DigiFin share (PER_UNIT 20 kr per inhabitant, 2024) and the demo's
 * two alternatives (EQUAL; BASE_PLUS_PROPORTIONAL 100,000 kr + population 2024) — whose per-organisation
 * amounts equal, to the øre, the runs a user then makes with each key. Hand arithmetic on the 357
 * municipalities' population of 1 January 2024 (5,550,203 inhabitants) and one cost item of
 * 111,004,060.00.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const COMPARE = `query($input: KeyComparisonInput!) { keyComparison(input: $input) {
  initiativeId year populationYear referenceIndex scope costItemAmount
  keys { index name keyId versionNumber method populationYear fixesTotal total difference reconciles }
  rows { totalCount nodes { organisationId name orgNumber administrativeLevel countyNumber countyName population
         amounts differences differencesPerInhabitant outcomes } }
  byLevel { keyIndex group label organisations gainers gainersSum losers losersSum unchanged net }
  byCounty { keyIndex group label organisations gainers gainersSum losers losersSum unchanged net }
} }`;

const ore = (nok: string): bigint => {
  const negative = nok.startsWith('-');
  const [whole, fraction = '00'] = nok.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -value : value;
};

describe('keyComparison', () => {
  let t: TestApp;
  let fiks: string;
  let fiksVersion: number;
  let keys: { digifin: string; equal: string; base: string; other: string };
  const org: Record<string, string> = {};

  const compare = (client: Gql, input: Record<string, unknown>) =>
    client(COMPARE, { input: { initiativeId: fiks, year: 2024, limit: 500, ...input } });

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const initiative = (
      await t.gql(
        `{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id version costSharingKey { id } } } }`,
      )
    ).data.initiatives.nodes[0];
    fiks = initiative.id;
    fiksVersion = initiative.version;
    const named = async (search: string) =>
      (await t.gql(`query($s: String) { costSharingKeys(search: $s) { nodes { id name } } }`, { s: search }))
        .data.costSharingKeys.nodes[0].id as string;
    keys = {
      digifin: initiative.costSharingKey.id,
      equal: await named('FIKS-alternativ – likt'),
      base: await named('FIKS-alternativ – grunnbeløp'),
      other: await named('Tolk – stat og kommune'), // IMDi's key of DEMO-MEDFIN-TOLK
    };
    for (const [name, number] of Object.entries({
      oslo: '958935420',
      bergen: '964338531',
      utsira: '974543008',
    }))
      org[name] = (
        await t.gql(`query($n: String!) { organisationByOrgNumber(orgNumber: $n) { id } }`, { n: number })
      ).data.organisationByOrgNumber?.id;
  });
  afterAll(async () => t?.close());

  let three: any;

  it('compares the three keys of DEMO-DIGIFIN-FIKS 2024 against the agreed DigiFin share', async () => {
    const res = await compare(t.gql, { keyIds: [keys.digifin, keys.equal, keys.base], referenceIndex: 0 });
    expect(res.errors).toBeUndefined();
    three = res.data.keyComparison;
    expect(three).toMatchObject({ year: 2024, populationYear: 2024, referenceIndex: 0, scope: 'ALL' });
    expect(three.costItemAmount).toBe('111004060.00');
    // Every key allocates the 111,004,060.00: 20 × 5,550,203 (PER_UNIT) exactly; EQUAL and the base fee
    // plus population split the cost item's total.
    expect(three.keys.map((k: any) => [k.method, k.total, k.difference, k.reconciles])).toEqual([
      ['PER_UNIT', '111004060.00', '0.00', true],
      ['EQUAL', '111004060.00', '0.00', true],
      ['BASE_PLUS_PROPORTIONAL', '111004060.00', '0.00', true],
    ]);
    expect(three.rows.totalCount).toBe(357);
    const bergen = three.rows.nodes.find((r: any) => r.orgNumber === '964338531');
    expect(bergen).toMatchObject({
      name: 'Bergen',
      administrativeLevel: 'LOCAL',
      countyNumber: '46',
      countyName: 'Vestland',
      population: 291940,
      // PER_UNIT: 20 × 291,940 = 5,838,800.00.
      // EQUAL: 11,100,406,000 øre / 357 = 31,093,574 øre rest 82; the 82 øre go to the 82 smallest
      //   organisation numbers (all remainders equal), not Bergen's 964338531: 310,935.74.
      // BASE: 100,000.00 + (111,004,060.00 − 357 × 100,000.00) × 291,940 / 5,550,203
      //   = 100,000.00 + 75,304,060.00 × 291,940 / 5,550,203 = 100,000.00 + 3,960,984.3597… (remainder
      //   0.97 øre, among the 189 largest remainders that get the øre left over) = 4,060,984.36.
      amounts: ['5838800.00', '310935.74', '4060984.36'],
      // 310,935.74 − 5,838,800.00 = −5,527,864.26; 4,060,984.36 − 5,838,800.00 = −1,777,815.64
      differences: ['0.00', '-5527864.26', '-1777815.64'],
      // −552,786,426 øre / 291,940 = −1,893.49 øre → −18.93; −177,781,564 / 291,940 = −608.97 øre → −6.09
      differencesPerInhabitant: ['0.00', '-18.93', '-6.09'],
      outcomes: ['REFERENCE', 'GAINS', 'GAINS'],
    });
    const utsira = three.rows.nodes.find((r: any) => r.name === 'Utsira');
    // 20 × 215 = 4,300.00; equal 310,935.74 (+306,635.74: loses); base 100,000.00 + 75,304,060.00 × 215 /
    // 5,550,203 = 102,917.07… (remainder 0.76 øre, rounded up) = 102,917.08 (+98,617.08)
    expect(utsira.amounts).toEqual(['4300.00', '310935.74', '102917.08']);
    expect(utsira.outcomes).toEqual(['REFERENCE', 'LOSES', 'LOSES']);
    // Every key's differences add up to 0 (the same total); EQUAL: the 78 municipalities of more than
    // 15,546 inhabitants (310,935.74 / 20) gain 59,948,951.97 together, the other 279 lose as much.
    for (const k of [1, 2])
      expect(three.rows.nodes.reduce((sum: bigint, r: any) => sum + ore(r.differences[k]), 0n)).toBe(0n);
    expect(three.byLevel).toEqual([
      {
        keyIndex: 1,
        group: 'LOCAL',
        label: null,
        organisations: 357,
        gainers: 78,
        gainersSum: '-59948951.97',
        losers: 279,
        losersSum: '59948951.97',
        unchanged: 0,
        net: '0.00',
      },
      {
        keyIndex: 2,
        group: 'LOCAL',
        label: null,
        organisations: 357,
        gainers: 78,
        gainersSum: '-19280173.99',
        losers: 279,
        losersSum: '19280173.99',
        unchanged: 0,
        net: '0.00',
      },
    ]);
    // 15 counties × 2 keys; Vestland's groups name it.
    expect(three.byCounty).toHaveLength(30);
    expect(three.byCounty.find((g: any) => g.group === '46' && g.keyIndex === 1).label).toBe('Vestland');
    // Oslo (county 03) alone: its county's net is Oslo's difference: 310,935.74 − 14,354,200.00.
    expect(three.byCounty.find((g: any) => g.group === '03' && g.keyIndex === 1)).toMatchObject({
      organisations: 1,
      gainers: 1,
      net: '-14043264.26',
    });
  });

  it('allocates in the runs of each key exactly what the comparison showed, to the øre', async () => {
    let version = fiksVersion;
    for (const [index, keyId] of [keys.equal, keys.base, keys.digifin].map(
      (k, i) => [[1, 2, 0][i], k] as const,
    )) {
      // As a user would: make the key the initiative's key, then run the allocation of 2024.
      const updated = await t.gql(
        `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { version } }`,
        { i: { id: fiks, version, costSharingKeyId: keyId } },
      );
      expect(updated.errors).toBeUndefined();
      version = updated.data.updateInitiative.version;
      const run = await t.gql(
        `mutation($i: ID!) { runAllocation(initiativeId: $i, year: 2024) { id plannedTotal lineCount } }`,
        { i: fiks },
      );
      expect(run.errors).toBeUndefined();
      expect(run.data.runAllocation).toMatchObject({ plannedTotal: '111004060.00', lineCount: 357 });
      const lines = (
        await t.gql(
          `query($r: ID!) { allocations(filter: { runId: $r }, limit: 500) { nodes { organisation { id } plannedAmount } } }`,
          { r: run.data.runAllocation.id },
        )
      ).data.allocations.nodes;
      const byOrg = new Map<string, bigint>();
      for (const line of lines)
        byOrg.set(line.organisation.id, (byOrg.get(line.organisation.id) ?? 0n) + ore(line.plannedAmount));
      expect(byOrg.size).toBe(357);
      const mismatches = three.rows.nodes.filter(
        (row: any) => byOrg.get(row.organisationId) !== ore(row.amounts[index]),
      );
      expect(mismatches).toEqual([]);
    }
  });

  it('takes another reference, sorts by difference and filters to one organisation', async () => {
    const res = await compare(t.gql, {
      keyIds: [keys.digifin, keys.equal, keys.base],
      referenceIndex: 1,
      sort: { field: 'DIFFERENCE', keyIndex: 0, direction: 'DESC' },
      limit: 2,
    });
    expect(res.errors).toBeUndefined();
    const page = res.data.keyComparison.rows;
    expect(page.totalCount).toBe(357);
    // Against the equal split Oslo loses most under the DigiFin share: 14,354,200.00 − 310,935.74.
    expect(page.nodes.map((r: any) => [r.name, r.differences[0], r.outcomes[0]])).toEqual([
      ['Oslo', '14043264.26', 'LOSES'],
      ['Bergen', '5527864.26', 'LOSES'],
    ]);
    const one = await compare(t.gql, { keyIds: [keys.digifin, keys.equal], organisationId: org.oslo });
    expect(one.data.keyComparison.rows).toMatchObject({ totalCount: 1, nodes: [{ name: 'Oslo' }] });
  });

  it('compares a drafted key with the same validation as creating one', async () => {
    const res = await compare(t.gql, {
      keyIds: [keys.digifin],
      draftKeys: [{ name: 'Utkast: innbyggertall', spec: { method: 'PROPORTIONAL', driver: 'population' } }],
    });
    expect(res.errors).toBeUndefined();
    const { keys: compared, rows } = res.data.keyComparison;
    expect(compared[1]).toMatchObject({ name: 'Utkast: innbyggertall', keyId: null, versionNumber: null });
    // 111,004,060.00 is exactly 20 kr per inhabitant, so the proportional draft gives the same amounts.
    expect(rows.nodes.every((r: any) => r.outcomes[1] === 'UNCHANGED')).toBe(true);
    const bad = await compare(t.gql, {
      keyIds: [keys.digifin],
      draftKeys: [{ name: ' ', spec: { method: 'PROPORTIONAL' } }],
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.problems.map((p: any) => p.field).sort()).toEqual([
      'draftKeys[0].name',
      'draftKeys[0].spec.driver',
    ]);
  });

  it('varies the population year', async () => {
    // SSB-style figures for 1 January 2023: every municipality as in 2024 except Bergen, 290,000 (−1,940).
    const rows = readFileSync(resolve('data/reference/municipalities.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const csv = [
      '"07459: Befolkning, etter region, kjønn, år og statistikkvariabel"',
      '',
      '"region";"kjønn";"år";"statistikkvariabel";"Personer"',
      ...rows.flatMap(([number, name, , population]) => {
        const total = number === '4601' ? 290000 : Number(population);
        const men = Math.floor(total / 2);
        return [
          `"${number} ${name}";"1 Menn";"2023";"Personer";${men}`,
          `"${number} ${name}";"2 Kvinner";"2023";"Personer";${total - men}`,
        ];
      }),
    ].join('\r\n');
    const imported = await t.gql(
      `mutation($csv: String!) { importPopulation(csv: $csv, year: 2023) { matched } }`,
      { csv },
    );
    expect(imported.errors).toBeUndefined();
    const res = await compare(t.gql, {
      keyIds: [keys.digifin, keys.equal],
      populationYear: 2023,
      organisationId: org.bergen,
    });
    expect(res.errors).toBeUndefined();
    const comparison = res.data.keyComparison;
    expect(comparison.populationYear).toBe(2023);
    // PER_UNIT on 2023: 20 × (5,550,203 − 1,940) = 110,965,260.00, 38,800.00 short of the cost item: a run
    // with REQUIRE_EXACT would refuse it, and the comparison says so.
    expect(comparison.keys[0]).toMatchObject({
      populationYear: 2023,
      total: '110965260.00',
      difference: '38800.00',
      reconciles: false,
    });
    // Bergen: 20 × 290,000 = 5,800,000.00; equal 310,935.74; difference −5,489,064.26; per inhabitant
    // −548,906,426 øre / 290,000 = −1,892.78 øre → −18.93.
    expect(comparison.rows.nodes[0]).toMatchObject({
      population: 290000,
      amounts: ['5800000.00', '310935.74'],
      differences: ['0.00', '-5489064.26'],
      differencesPerInhabitant: ['0.00', '-18.93'],
    });
  });

  it('shows a finance officer only their own organisation’s row, without totals or summary', async () => {
    const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    const res = await compare(bergen, { keyIds: [keys.digifin, keys.equal, keys.base] });
    expect(res.errors).toBeUndefined();
    const comparison = res.data.keyComparison;
    expect(comparison.scope).toBe('OWN_ORGANISATION');
    expect(comparison.rows.totalCount).toBe(1);
    expect(comparison.rows.nodes[0].amounts).toEqual(['5838800.00', '310935.74', '4060984.36']);
    expect(comparison.costItemAmount).toBeNull();
    expect(comparison.keys.map((k: any) => k.total)).toEqual([null, null, null]);
    expect(comparison.byLevel).toEqual([]);
    expect(comparison.byCounty).toEqual([]);
    expect(
      errorCode(await compare(bergen, { keyIds: [keys.digifin, keys.equal], organisationId: org.oslo })),
    ).toBe('FORBIDDEN');
    // A reviewer of another ministry (not KDD) and no paying participant: FORBIDDEN.
    const imdiOwner = await t.as('eier@demo.gevinst.no'); // Brønnøysundregistrene, not a participant
    expect(errorCode(await compare(imdiOwner, { keyIds: [keys.digifin, keys.equal] }))).toBe('FORBIDDEN');
  });

  it('refuses one key, six keys, a key of another initiative and a year without costs, clearly', async () => {
    const problem = async (input: Record<string, unknown>) => {
      const res = await compare(t.gql, input);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const p = res.errors![0].extensions!.problems[0];
      return [p.field, p.message];
    };
    expect(await problem({ keyIds: [keys.digifin] })).toEqual([
      'keyIds',
      'compare 2 to 5 keys, existing and drafted together (got 1)',
    ]);
    const drafts = Array.from({ length: 4 }, (_, i) => ({ name: `Utkast ${i}`, spec: { method: 'EQUAL' } }));
    expect(await problem({ keyIds: [keys.digifin, keys.equal], draftKeys: drafts })).toEqual([
      'keyIds',
      'compare 2 to 5 keys, existing and drafted together (got 6)',
    ]);
    expect(await problem({ keyIds: [keys.digifin, keys.other] })).toEqual([
      'keyIds[1]',
      `"[Demo] Tolk – stat og kommune 50/50" is not a key of DEMO-DIGIFIN-FIKS: compare keys owned by the initiative's owner or used by the initiative, or give a draft`,
    ]);
    expect(await problem({ keyIds: [keys.digifin, keys.equal], year: 2031 })).toEqual([
      'year',
      'DEMO-DIGIFIN-FIKS has no cost items in 2031: nothing to compare',
    ]);
    expect(await problem({ keyIds: [keys.digifin, keys.equal], referenceIndex: 2 })).toEqual([
      'referenceIndex',
      'must be the position of one of the keys compared, from 0 to 1 (got 2)',
    ]);
    // In Norwegian too.
    const nb = await t.gql(
      COMPARE,
      { input: { initiativeId: fiks, year: 2024, keyIds: [keys.digifin] } },
      { 'accept-language': 'nb' },
    );
    expect(nb.errors![0].extensions!.problems[0].message).toBe(
      'sammenlign 2 til 5 nøkler, eksisterende og utkast til sammen (fikk 1)',
    );
  });

  it('exports the comparison as a workbook with nb-NO number formats', async () => {
    const admin = await t.as('admin@demo.gevinst.no');
    const response = await fetch(
      `${t.url}/api/exports/key-comparison.xlsx?initiativeId=${fiks}&year=2024&keyIds=${keys.digifin},${keys.equal},${keys.base}`,
      { headers: { authorization: `Bearer ${admin.token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      'nokkelsammenligning-DEMO-DIGIFIN-FIKS-2024.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Sammenligning')!;
    expect(sheet.rowCount).toBe(358); // header + 357 municipalities
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 9)).toEqual([
      'Organisasjon',
      'Org.nr.',
      'Forvaltningsnivå',
      'Fylke',
      'Innbyggere 2024',
      '[Demo] DigiFin – 20 kr per innbygger (referanse)',
      '[Demo] FIKS-alternativ – likt per kommune',
      '[Demo] FIKS-alternativ – grunnbeløp og innbyggertall',
    ]);
    let bergen: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === '964338531') bergen = row;
    });
    expect(bergen!.getCell(1).value).toBe('Bergen');
    expect(bergen!.getCell(4).value).toBe('Vestland');
    expect([6, 7, 8, 9, 10, 11].map((c) => bergen!.getCell(c).value)).toEqual([
      5838800,
      310935.74,
      4060984.36,
      -5527864.26,
      -18.93,
      'Vinner',
    ]);
    expect(bergen!.getCell(6).numFmt).toBe('#,##0.00 "kr"');
    const summary = workbook.getWorksheet('Sammendrag')!;
    const texts: unknown[][] = [];
    summary.eachRow((row) => texts.push((row.values as unknown[]).slice(1)));
    expect(texts).toContainEqual([
      'Lokal',
      '[Demo] FIKS-alternativ – likt per kommune',
      78,
      -59948951.97,
      279,
      59948951.97,
      0,
      0,
    ]);
    // A finance officer's workbook holds their own row only.
    const bergenUser = await t.as('okonomi.bergen@demo.gevinst.no');
    const own = await fetch(
      `${t.url}/api/exports/key-comparison.xlsx?initiativeId=${fiks}&year=2024&keyIds=${keys.digifin},${keys.equal}`,
      { headers: { authorization: `Bearer ${bergenUser.token}` } },
    );
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(await own.arrayBuffer());
    expect(ownBook.getWorksheet('Sammenligning')!.rowCount).toBe(2);
    // Bad input is a JSON error naming the parameter.
    const bad = await fetch(
      `${t.url}/api/exports/key-comparison.xlsx?initiativeId=${fiks}&year=2024&keyIds=${keys.digifin}`,
      {
        headers: { authorization: `Bearer ${admin.token}` },
      },
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(JSON.stringify(body)).toContain('compare 2 to 5 keys');
  });
});
