import type { BudgetColumn } from './budget-files.js';
import type { CreditReissueRow, InvoiceBasisRow } from './invoice-basis.service.js';

/** The invoice basis' columns, in order (documented in docs/budget.md, «Fakturagrunnlag»). */
export const INVOICE_BASIS_COLUMNS: readonly BudgetColumn<InvoiceBasisRow>[] = [
  {
    en: 'organisation_number',
    nb: 'Organisasjonsnummer',
    kind: 'identifier',
    width: 14,
    value: (r) => r.orgNumber,
  },
  { en: 'organisation', nb: 'Organisasjon', kind: 'text', width: 30, value: (r) => r.name },
  { en: 'invoice_address', nb: 'Fakturaadresse', kind: 'text', width: 36, value: (r) => r.invoiceAddress },
  { en: 'amount', nb: 'Beløp', kind: 'amount', width: 16, value: (r) => r.amount },
  { en: 'period_from', nb: 'Periode fra', kind: 'text', width: 11, value: (r) => r.periodFrom },
  { en: 'period_to', nb: 'Periode til', kind: 'text', width: 11, value: (r) => r.periodTo },
  { en: 'initiative_code', nb: 'Tiltakskode', kind: 'text', width: 16, value: (r) => r.initiativeCode },
  { en: 'initiative', nb: 'Tiltak', kind: 'text', width: 32, value: (r) => r.initiativeName },
  { en: 'key', nb: 'Fordelingsnøkkel', kind: 'text', width: 30, value: (r) => r.key },
  { en: 'explanation_nb', nb: 'Forklaring', kind: 'text', width: 60, value: (r) => r.explanation },
  { en: 'reference', nb: 'Referanse', kind: 'text', width: 50, value: (r) => r.reference },
];

/** The credit-and-reissue basis' columns (docs/budget.md, «Kreditering og ny fakturering»). */
export const CREDIT_REISSUE_COLUMNS: readonly BudgetColumn<CreditReissueRow>[] = [
  {
    en: 'organisation_number',
    nb: 'Organisasjonsnummer',
    kind: 'identifier',
    width: 14,
    value: (r) => r.orgNumber,
  },
  { en: 'organisation', nb: 'Organisasjon', kind: 'text', width: 30, value: (r) => r.name },
  { en: 'invoice_address', nb: 'Fakturaadresse', kind: 'text', width: 36, value: (r) => r.invoiceAddress },
  { en: 'previous_amount', nb: 'Tidligere fakturert', kind: 'amount', width: 16, value: (r) => r.previous },
  { en: 'current_amount', nb: 'Nytt beløp', kind: 'amount', width: 16, value: (r) => r.current },
  { en: 'difference', nb: 'Differanse', kind: 'amount', width: 16, value: (r) => r.difference },
  { en: 'reference', nb: 'Referanse', kind: 'text', width: 80, value: (r) => r.reference },
];
