import type { BudgetColumn } from './budget-files.js';
import type { ForecastRow } from './budget-forecast.service.js';

/**
 * The budget workbook's columns (docs/budget.md, «Økonomiplan»): one row per initiative and KOSTRA pair,
 * then one column per budget year (the forecast amount; empty when the year could not be computed).
 */
export function FORECAST_COLUMNS_OF(years: readonly number[]): BudgetColumn<ForecastRow>[] {
  return [
    { en: 'initiative_code', nb: 'Tiltakskode', kind: 'text', width: 18, value: (r) => r.initiativeCode },
    { en: 'initiative', nb: 'Tiltak', kind: 'text', width: 36, value: (r) => r.initiativeName },
    { en: 'kostra_art', nb: 'KOSTRA art', kind: 'text', width: 11, value: (r) => r.kostraArt },
    { en: 'kostra_function', nb: 'KOSTRA funksjon', kind: 'text', width: 15, value: (r) => r.kostraFunction },
    ...years.map((year, index): BudgetColumn<ForecastRow> => ({
      en: String(year),
      nb: String(year),
      kind: 'amount',
      width: 16,
      value: (r) => r.cells[index].amount,
    })),
  ];
}
