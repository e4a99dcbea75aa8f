/** One reason a forecast cannot be computed, with the years of one initiative it holds for. */
export interface ForecastProblem {
  initiativeCode: string;
  years: number[];
  message: string;
}

interface ForecastCellLike {
  year: number;
  amount: string | null;
  problem?: string | null;
  problemNb?: string | null;
}

interface ForecastRowLike {
  initiativeCode: string;
  cells: readonly ForecastCellLike[];
}

const YEAR = '\u0001';

/**
 * The reasons behind the forecast's «Kan ikke beregnes» cells, shown under the table so that they can be
 * read without hovering (a touch screen has no tooltip): one entry per initiative and reason, with the
 * years it holds for in order. An initiative with several KOSTRA rows has the same reason on each: it is
 * listed once, and a reason that differs between years only by the year it names ("no number of letters
 * for 2027 …", "… for 2028 …") is one entry naming all its years. The message is the API's, in the
 * page's language.
 */
export function forecastProblems(rows: readonly ForecastRowLike[], locale: string): ForecastProblem[] {
  const byKey = new Map<string, { initiativeCode: string; years: number[]; template: string }>();
  for (const row of rows)
    for (const cell of row.cells) {
      if (cell.amount !== null) continue;
      const message = (locale === 'en' ? cell.problem : cell.problemNb) ?? cell.problem ?? '';
      if (!message) continue;
      // The same reason in another year names that year: one entry, the year a placeholder.
      const template = message.split(String(cell.year)).join(YEAR);
      const key = `${row.initiativeCode}\u0000${template}`;
      const entry = byKey.get(key) ?? { initiativeCode: row.initiativeCode, years: [], template };
      if (!entry.years.includes(cell.year)) entry.years.push(cell.year);
      byKey.set(key, entry);
    }
  return [...byKey.values()].map(({ initiativeCode, years, template }) => {
    const sorted = [...years].sort((a, b) => a - b);
    return { initiativeCode, years: sorted, message: template.split(YEAR).join(sorted.join(', ')) };
  });
}
