import { BENEFIT_CATEGORY_NAMES_NB, BenefitStatus, CostCategory, RagStatus } from '@gevinst/domain';
import ExcelJS from 'exceljs';
import type { TakeOutFiguresModel } from './budget-take-out.model.js';
import { CoFinancingReportKind } from './co-financing-report-kind.js';
import type { CoFinancingReportData } from './co-financing-report.service.js';

const NOK = '#,##0.00 "kr"';
const PERCENT = '0.00';

const COST_CATEGORY_NB: Record<CostCategory, string> = {
  [CostCategory.DEVELOPMENT]: 'Utvikling',
  [CostCategory.OPERATION]: 'Drift',
  [CostCategory.MAINTENANCE]: 'Forvaltning og vedlikehold',
  [CostCategory.LICENCE]: 'Lisenser',
  [CostCategory.PERSONNEL]: 'Personell',
  [CostCategory.OTHER]: 'Annet',
};

const STATUS_NB: Record<BenefitStatus, string> = {
  [BenefitStatus.IDENTIFIED]: 'Identifisert',
  [BenefitStatus.PLANNED]: 'Planlagt',
  [BenefitStatus.IN_REALISATION]: 'Under realisering',
  [BenefitStatus.REALISED]: 'Realisert',
  [BenefitStatus.NOT_REALISED]: 'Ikke realisert',
  [BenefitStatus.CANCELLED]: 'Avbrutt',
};

const RAG_NB: Record<RagStatus, string> = {
  [RagStatus.GREEN]: 'Grønn',
  [RagStatus.AMBER]: 'Gul',
  [RagStatus.RED]: 'Rød',
};

/**
 * A decimal string as a spreadsheet number. Spreadsheets hold numbers as doubles; Number() gives the double
 * nearest the exact decimal, which shows the same two decimals for every amount below 10^13 NOK.
 */
function numberCell(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nei';
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/**
 * A co-financing report (annual or final) as a workbook in Norwegian: summary, project accounts, benefits,
 * the grant against the accounts, and the take-out per agency with its budget chapter and post.
 */
export function coFinancingWorkbook(report: CoFinancingReportData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gevinst';
  workbook.created = report.generatedAt;
  const flagged = report.accounts.filter((line) => line.flagged).length;
  const missing = report.benefits.filter((line) => line.externalInputMissing).length;

  const summary = workbook.addWorksheet('Sammendrag');
  summary.columns = [{ width: 48 }, { width: 60 }];
  summary.addRow([
    `${report.kind === CoFinancingReportKind.FINAL ? 'Sluttrapport' : 'Årsrapport'} til medfinansieringsordningen ${report.year}`,
  ]).font = {
    bold: true,
    size: 14,
  };
  summary.addRow([]);
  const facts: [string, string | number | null, string?][] = [
    ['Tiltak', `${report.initiative.code} – ${report.initiative.name}`],
    ['Eier (ansvarlig virksomhet)', report.ownerName],
    ['Ansvarlig departement', report.ministryName],
    ['Rapporten gjelder', `${report.year} (${report.periodStart} – ${report.periodEnd})`],
    ['Type rapport', report.kind === CoFinancingReportKind.FINAL ? 'Sluttrapport' : 'Årsrapport'],
    ['Frist', report.dueDate],
    ['Gevinster målt per', report.asOf],
    ['Tilsagn om medfinansiering', numberCell(report.coFinancingGrantNok), NOK],
    [`Planlagt kostnad til og med ${report.year}`, numberCell(report.totalPlannedNok), NOK],
    [`Faktisk kostnad til og med ${report.year}`, numberCell(report.totalActualNok), NOK],
    [`Linjer med avvik over ${report.deviationThresholdPercent} %`, flagged],
    [
      'Interne netto budsjettgevinster, planlagt',
      numberCell(report.budgetTakeOut.plannedInternalNetNok),
      NOK,
    ],
    [
      'Interne netto budsjettgevinster, realisert',
      numberCell(report.budgetTakeOut.realisedInternalNetNok),
      NOK,
    ],
    [
      `Uttak ${report.budgetTakeOut.takeOutPercent} %, planlagt`,
      numberCell(report.budgetTakeOut.plannedTakeOutNok),
      NOK,
    ],
    [
      `Uttak ${report.budgetTakeOut.takeOutPercent} %, realisert`,
      numberCell(report.budgetTakeOut.realisedTakeOutNok),
      NOK,
    ],
    ['Eksterne gevinsteiere uten innspill for året', missing],
    [
      'Gevinstplan (versjon) det måles mot',
      report.benefitPlanVersion === null ? 'Ingen godkjent plan' : report.benefitPlanVersion,
    ],
    ['Brukt av tilskuddet til og med året', numberCell(report.grantReconciliation.total.grantUsedNok), NOK],
    ['Ikke brukt av mottatt tilskudd', numberCell(report.grantReconciliation.total.grantUnusedNok), NOK],
    ['Driftskostnad før prosjektet (per år)', numberCell(report.budgetTakeOut.preProjectRunningCostNok), NOK],
    [
      'Økte drifts- og forvaltningskostnader, planlagt',
      numberCell(report.budgetTakeOut.planned.runningCostIncreaseNok),
      NOK,
    ],
    [
      'Økte drifts- og forvaltningskostnader, realisert',
      numberCell(report.budgetTakeOut.realised.runningCostIncreaseNok),
      NOK,
    ],
    [
      'Levert',
      report.submission
        ? `${report.submission.submittedAt.toISOString().slice(0, 10)} (${report.submission.submittedByName})`
        : 'Ikke levert',
    ],
    ['Laget', report.generatedAt.toISOString()],
  ];
  for (const [label, value, format] of facts) {
    const row = summary.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (format) row.getCell(2).numFmt = format;
  }

  const accounts = workbook.addWorksheet('Prosjektregnskap');
  accounts.columns = [
    { header: 'År', width: 8 },
    { header: 'Kategori', width: 28 },
    { header: 'Planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Faktisk', width: 18, style: { numFmt: NOK } },
    { header: 'Avvik', width: 18, style: { numFmt: NOK } },
    { header: 'Avvik %', width: 10, style: { numFmt: PERCENT } },
    { header: `Avvik over ${report.deviationThresholdPercent} %`, width: 14 },
  ];
  styleHeader(accounts.getRow(1));
  for (const line of report.accounts) {
    const row = accounts.addRow([
      line.year,
      line.category === null ? `Sum ${line.year}` : COST_CATEGORY_NB[line.category],
      numberCell(line.plannedNok),
      numberCell(line.actualNok),
      numberCell(line.deviationNok),
      numberCell(line.deviationPercent),
      yesNo(line.flagged),
    ]);
    if (line.category === null) row.font = { bold: true };
    if (line.flagged) row.getCell(7).font = { bold: true, color: { argb: 'FFC00000' } };
  }

  const benefits = workbook.addWorksheet('Gevinster');
  benefits.columns = [
    { header: 'Gevinst', width: 40 },
    { header: 'Kategori', width: 30 },
    { header: 'Status', width: 18 },
    { header: 'Ulempe', width: 8 },
    { header: 'Mottaker', width: 30 },
    { header: 'Ekstern', width: 8 },
    { header: 'Gevinsteier', width: 24 },
    { header: 'Rolle', width: 28 },
    { header: 'Mål per dato', width: 14 },
    { header: 'Siste måling', width: 14 },
    { header: 'Målt dato', width: 12 },
    { header: 'Realisering %', width: 12, style: { numFmt: PERCENT } },
    { header: 'Status (RAG)', width: 12 },
    { header: `Planlagt ${report.year}`, width: 18, style: { numFmt: NOK } },
    { header: `Realisert ${report.year}`, width: 18, style: { numFmt: NOK } },
    { header: 'Gevinsteiers vurdering', width: 14 },
    { header: 'Gevinsteiers innspill', width: 60 },
    { header: 'Innspill mangler', width: 10 },
  ];
  styleHeader(benefits.getRow(1));
  for (const line of report.benefits) {
    benefits.addRow([
      line.title,
      BENEFIT_CATEGORY_NAMES_NB[line.category],
      STATUS_NB[line.status],
      yesNo(line.isDisBenefit),
      line.receivingOrganisationId === null
        ? 'Innbyggere og næringsliv'
        : (report.receivingNames.get(line.receivingOrganisationId) ?? ''),
      yesNo(line.isExternal),
      line.ownerName,
      line.ownerRole,
      numberCell(line.realisation.targetToDate),
      numberCell(line.realisation.latestValue),
      line.realisation.latestDate,
      numberCell(line.realisation.percent),
      line.realisation.rag === null ? 'Ikke vurdert' : RAG_NB[line.realisation.rag],
      numberCell(line.plannedNok),
      numberCell(line.realisedNok),
      line.ownerReport ? RAG_NB[line.ownerReport.assessment] : '',
      line.ownerReport ? line.ownerReport.comment : '',
      yesNo(line.externalInputMissing),
    ]);
  }
  const grant = workbook.addWorksheet('Tilskudd mot regnskap');
  grant.columns = [
    { header: 'År', width: 8 },
    { header: 'Tilskudd planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Tilskudd mottatt', width: 18, style: { numFmt: NOK } },
    { header: 'Kostnad planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Kostnad faktisk', width: 18, style: { numFmt: NOK } },
    { header: 'Tilskuddsandel %', width: 12, style: { numFmt: PERCENT } },
    { header: 'Brukt av tilskuddet', width: 18, style: { numFmt: NOK } },
    { header: 'Ikke brukt', width: 18, style: { numFmt: NOK } },
    { header: 'Kostnadsavvik %', width: 12, style: { numFmt: PERCENT } },
    { header: `Kostnadsavvik over ${report.deviationThresholdPercent} %`, width: 14 },
    { header: 'Tilskuddsavvik %', width: 12, style: { numFmt: PERCENT } },
    { header: `Tilskuddsavvik over ${report.deviationThresholdPercent} %`, width: 14 },
  ];
  styleHeader(grant.getRow(1));
  for (const line of [...report.grantReconciliation.years, report.grantReconciliation.total]) {
    const row = grant.addRow([
      line.year ?? 'Sum',
      numberCell(line.grantPlannedNok),
      numberCell(line.grantReceivedNok),
      numberCell(line.plannedCostNok),
      numberCell(line.actualCostNok),
      numberCell(line.grantSharePercent),
      numberCell(line.grantUsedNok),
      numberCell(line.grantUnusedNok),
      numberCell(line.costDeviationPercent),
      yesNo(line.costFlagged),
      numberCell(line.grantDeviationPercent),
      yesNo(line.grantFlagged),
    ]);
    if (line.year === null) row.font = { bold: true };
  }

  const takeOut = workbook.addWorksheet('Uttak');
  takeOut.columns = [
    { header: 'Virksomhet', width: 36 },
    { header: 'Kapittel', width: 10 },
    { header: 'Post', width: 8 },
    { header: 'Brutto gevinst, planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Ulemper, planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Økt driftskostnad, planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Netto, planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Uttak, planlagt', width: 18, style: { numFmt: NOK } },
    { header: 'Brutto gevinst, realisert', width: 18, style: { numFmt: NOK } },
    { header: 'Ulemper, realisert', width: 18, style: { numFmt: NOK } },
    { header: 'Økt driftskostnad, realisert', width: 18, style: { numFmt: NOK } },
    { header: 'Netto, realisert', width: 18, style: { numFmt: NOK } },
    { header: 'Uttak, realisert', width: 18, style: { numFmt: NOK } },
  ];
  styleHeader(takeOut.getRow(1));
  const sides = (f: { planned: TakeOutFiguresModel; realised: TakeOutFiguresModel }) =>
    [f.planned, f.realised].flatMap((x) => [
      numberCell(x.grossBenefitNok),
      numberCell(x.disBenefitNok),
      numberCell(x.runningCostIncreaseNok),
      numberCell(x.netNok),
      numberCell(x.takeOutNok),
    ]);
  for (const agency of report.budgetTakeOut.agencies)
    takeOut.addRow([
      report.agencyNames.get(agency.organisationId) ?? '',
      agency.budgetChapter ?? '',
      agency.budgetPost ?? '',
      ...sides(agency),
    ]);
  takeOut.addRow(['Sum', '', '', ...sides(report.budgetTakeOut)]).font = { bold: true };

  for (const sheet of [accounts, benefits, grant, takeOut]) sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return workbook;
}
