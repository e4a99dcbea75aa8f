import { AdministrativeLevel, InitiativePhase, LifeEvent } from '@gevinst/domain';
import { type PositionFigures, formatOre, parseAmount } from '@gevinst/cost-model';
import ExcelJS from 'exceljs';
import { NetPositionFlag } from './net-position-flag.enum.js';
import {
  MatrixBeneficiary,
  MatrixPayer,
  type OrganisationPositionFilter,
} from './dto/organisation-positions.args.js';
import type { OrganisationPositionRows } from './organisation-positions.js';

/** NOK with øre and thousands separators: Norwegian Excel shows «1 234 567,89 kr». */
const NOK = '#,##0.00 "kr"';

export const LEVEL_NB: Record<AdministrativeLevel, string> = {
  [AdministrativeLevel.CENTRAL]: 'Sentralt',
  [AdministrativeLevel.REGIONAL]: 'Regionalt',
  [AdministrativeLevel.LOCAL]: 'Lokalt',
};

export const FLAG_NB: Record<NetPositionFlag, string> = {
  [NetPositionFlag.PAYS_WITHOUT_BENEFIT]: 'Betaler uten gevinst',
  [NetPositionFlag.BENEFITS_WITHOUT_PAYING]: 'Får gevinst uten å betale',
};

const LIFE_EVENT_NB: Record<LifeEvent, string> = {
  [LifeEvent.HAVING_CHILDREN]: 'Få barn',
  [LifeEvent.SERIOUSLY_ILL_CHILD]: 'Alvorlig sykt barn',
  [LifeEvent.LOSING_AND_FINDING_A_JOB]: 'Miste og finne jobb',
  [LifeEvent.NEW_IN_NORWAY]: 'Ny i Norge',
  [LifeEvent.DEATH_AND_INHERITANCE]: 'Dødsfall og arv',
  [LifeEvent.VOLUNTARY_ORGANISATION]: 'Starte og drive en frivillig organisasjon',
  [LifeEvent.STARTING_AND_RUNNING_A_BUSINESS]: 'Starte og drive en bedrift',
};

const PHASE_NB: Record<InitiativePhase, string> = {
  [InitiativePhase.CONCEPT]: 'Konsept',
  [InitiativePhase.PLANNING]: 'Planlegging',
  [InitiativePhase.EXECUTION]: 'Gjennomføring',
  [InitiativePhase.REALISATION]: 'Gevinstrealisering',
  [InitiativePhase.CLOSED]: 'Avsluttet',
};

const PAYER_NB: Record<MatrixPayer, string> = {
  CENTRAL: 'Sentralt',
  REGIONAL: 'Regionalt',
  LOCAL: 'Lokalt',
  CO_FINANCING: 'Medfinansieringsordningen',
  DIGIFIN: 'DigiFin',
  STIMULAB: 'StimuLab',
  OTHER: 'Annen finansiering',
  NO_PAYER: 'Ingen betaler',
};

const BENEFICIARY_NB: Record<MatrixBeneficiary, string> = {
  CENTRAL: 'Sentralt',
  REGIONAL: 'Regionalt',
  LOCAL: 'Lokalt',
  NO_BENEFICIARY: 'Ingen gevinstmottaker',
};

/** The money columns, in the order of both sheets: header and the figure. */
const MONEY: [string, keyof PositionFigures][] = [
  ['Fordelt kostnad', 'cost'],
  ['Eget budsjett', 'ownBudgetCost'],
  ['Tilskudd', 'grantPaid'],
  ['Betalt i alt', 'paid'],
  ['Planlagt gevinst', 'plannedBenefit'],
  ['Realisert gevinst', 'realisedBenefit'],
  ['Netto planlagt', 'plannedNet'],
  ['Netto realisert', 'realisedNet'],
];

const num = (value: string): number => Number(value);

function flagsNb(figures: PositionFigures): string {
  const flags: string[] = [];
  if (figures.paysWithoutBenefit) flags.push(FLAG_NB.PAYS_WITHOUT_BENEFIT);
  if (figures.benefitsWithoutPaying) flags.push(FLAG_NB.BENEFITS_WITHOUT_PAYING);
  return flags.join(', ');
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/** A sum row: SUM formulas over the money columns, each with the exact sum (øre) as its cached value. */
function sumRow(
  sheet: ExcelJS.Worksheet,
  first: number,
  rows: readonly PositionFigures[],
  firstMoneyColumn: number,
): void {
  const values: ExcelJS.CellValue[] = [];
  values[1] = 'Sum';
  MONEY.forEach(([, key], index) => {
    const column = firstMoneyColumn + index;
    const total = formatOre(
      rows.reduce((sum, row) => sum + parseAmount(row[key] as string, key, { allowNegative: true }), 0n),
    );
    const letter = columnLetter(column - 1);
    values[column] = rows.length
      ? { formula: `SUM(${letter}${first}:${letter}${first + rows.length - 1})`, result: num(total) }
      : 0;
  });
  const row = sheet.addRow(values);
  row.font = { bold: true };
}

/** The filter in words, for the sheet «Om utvalget». */
export function filterNb(
  filter: OrganisationPositionFilter,
  ministryName: string | null,
): [string, string][] {
  const lines: [string, string][] = [];
  if (filter.ministryId) lines.push(['Departement', ministryName ?? 'ukjent']);
  if (filter.lifeEvent?.length)
    lines.push(['Livshendelse', filter.lifeEvent.map((e) => LIFE_EVENT_NB[e]).join(', ')]);
  if (filter.phase?.length) lines.push(['Fase', filter.phase.map((p) => PHASE_NB[p]).join(', ')]);
  if (filter.fromYear) lines.push(['Fra år', String(filter.fromYear)]);
  if (filter.toYear) lines.push(['Til år', String(filter.toYear)]);
  if (filter.participantLevel) lines.push(['Tiltak med deltaker på nivå', LEVEL_NB[filter.participantLevel]]);
  if (filter.countyNumber) lines.push(['Fylke (fylkesnummer)', filter.countyNumber]);
  if (filter.level?.length) lines.push(['Forvaltningsnivå', filter.level.map((l) => LEVEL_NB[l]).join(', ')]);
  if (filter.flag?.length) lines.push(['Merknad', filter.flag.map((f) => FLAG_NB[f]).join(', ')]);
  if (filter.includeSchemes === false) lines.push(['Tilskuddsordninger', 'Ikke med']);
  if (filter.search) lines.push(['Søk', filter.search]);
  if (filter.matrixPayer) lines.push(['Betaler (rad i matrisen)', PAYER_NB[filter.matrixPayer]]);
  if (filter.matrixBeneficiary)
    lines.push(['Gevinstmottaker (kolonne i matrisen)', BENEFICIARY_NB[filter.matrixBeneficiary]]);
  if (!lines.length) lines.push(['Utvalg', 'Alle tiltak du har tilgang til']);
  return lines;
}

/**
 * The per-organisation view as a workbook in Norwegian: «Organisasjoner» (one row per organisation or
 * scheme, the sum row with SUM formulas and their exact cached values), «Per tiltak» (each row's initiatives,
 * adding up to the row) and «Om utvalget» (filter, period, definitions). Organisation numbers are text.
 */
export function organisationPositionsWorkbook(
  data: OrganisationPositionRows,
  about: { filter: [string, string][]; exportedBy: string; exportedAt: Date },
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gevinst';
  workbook.created = about.exportedAt;

  const sheet = workbook.addWorksheet('Organisasjoner', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Organisasjon', key: 'name', width: 36 },
    { header: 'Organisasjonsnummer', key: 'orgNumber', width: 20, style: { numFmt: '@' } },
    { header: 'Forvaltningsnivå', key: 'level', width: 16 },
    { header: 'Fylkesnummer', key: 'county', width: 12, style: { numFmt: '@' } },
    ...MONEY.map(([title, key]) => ({ header: title, key, width: 18, style: { numFmt: NOK } })),
    { header: 'Merknad', key: 'flags', width: 28 },
    { header: 'Antall tiltak', key: 'initiatives', width: 12 },
  ];
  header(sheet.getRow(1));
  const FIRST_MONEY = 5;
  for (const { position, name, orgNumber, countyNumber } of data.rows) {
    const organisation = position.payer.kind === 'ORGANISATION' ? position.payer : null;
    sheet.addRow({
      name: organisation ? name : `${name} (tilskuddsordning)`,
      orgNumber: orgNumber ?? '',
      level: organisation ? LEVEL_NB[organisation.level] : '',
      county: countyNumber ?? '',
      ...Object.fromEntries(MONEY.map(([, key]) => [key, num(position[key] as string)])),
      flags: flagsNb(position),
      initiatives: position.initiatives.length,
    });
  }
  sumRow(
    sheet,
    2,
    data.rows.map((row) => row.position),
    FIRST_MONEY,
  );

  const detail = workbook.addWorksheet('Per tiltak', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.columns = [
    { header: 'Organisasjon', key: 'name', width: 36 },
    { header: 'Organisasjonsnummer', key: 'orgNumber', width: 20, style: { numFmt: '@' } },
    { header: 'Tiltakskode', key: 'code', width: 20 },
    { header: 'Tiltak', key: 'initiative', width: 40 },
    ...MONEY.map(([title, key]) => ({ header: title, key, width: 18, style: { numFmt: NOK } })),
    { header: 'Merknad i tiltaket', key: 'flags', width: 28 },
  ];
  header(detail.getRow(1));
  const details: PositionFigures[] = [];
  for (const { position, name, orgNumber } of data.rows) {
    for (const initiative of position.initiatives) {
      const named = data.initiatives.get(initiative.initiativeId);
      detail.addRow({
        name: position.payer.kind === 'ORGANISATION' ? name : `${name} (tilskuddsordning)`,
        orgNumber: orgNumber ?? '',
        code: named?.code ?? '',
        initiative: named?.name ?? '',
        ...Object.fromEntries(MONEY.map(([, key]) => [key, num(initiative[key] as string)])),
        flags: flagsNb(initiative),
      });
      details.push(initiative);
    }
  }
  sumRow(detail, 2, details, FIRST_MONEY);

  const info = workbook.addWorksheet('Om utvalget');
  info.columns = [
    { header: '', key: 'label', width: 36 },
    { header: '', key: 'value', width: 90 },
  ];
  const { list } = data;
  const lines: [string, string][] = [
    ['Hvem betaler og hvem får', ''],
    ...about.filter,
    ['Periode', list.fromYear === null ? 'Ingen år' : `${list.fromYear}–${list.toYear}`],
    ['Realisert per', list.asOf.split('-').reverse().join('.')],
    ['Antall tiltak', String(list.initiativeCount)],
    ['Antall rader', String(list.totalCount)],
    ['Eksportert av', about.exportedBy],
    [
      'Eksportert',
      new Intl.DateTimeFormat('nb-NO', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Oslo',
      }).format(about.exportedAt),
    ],
    [
      'Betalt i alt',
      'Fordelt kostnad (linjene i gjeldende fordelingskjøringer) + eget budsjett (kostnadsposter ingen kjøring fordeler og som organisasjonens eget budsjett betaler) + tilskudd (det en tilskuddsordning betaler).',
    ],
    ['Gevinst', 'Prissatte gevinster organisasjonen mottar i perioden; ulemper teller negativt.'],
    ['Netto', 'Gevinst − betalt i alt.'],
    [
      FLAG_NB.PAYS_WITHOUT_BENEFIT,
      'Betaler mer enn 0 kr, og verken planlagt eller realisert gevinst er over 0 kr.',
    ],
    [
      FLAG_NB.BENEFITS_WITHOUT_PAYING,
      'Planlagt eller realisert gevinst over 0 kr, betaler ingenting og har ingen finansieringskilde fra eget budsjett i perioden.',
    ],
    ['Per tiltak', 'Hver rads tiltak summerer seg til raden; merknaden der gjelder tiltaket alene.'],
    ['Tilgang', 'Bare tallene du har tilgang til er med, og summene er regnet av dem.'],
  ];
  for (const [label, value] of lines) info.addRow({ label, value });
  info.getRow(2).font = { bold: true };
  info.getColumn('value').alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}
