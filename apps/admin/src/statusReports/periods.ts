/**
 * A reporting period's name for people, from its first and last day (libs/domain status-report.ts makes
 * them calendar months, quarters, half-years or years; a benefit measured once has a period of its own):
 * «mars 2026», «1. kvartal 2026», «2. halvår 2026», «2026», else «01.03.2025–15.06.2026» (nb-NO dates in
 * both languages, as everywhere in the admin).
 */
import { formatDate } from '../format';

const MONTHS: Record<'nb' | 'en', string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The last day of the month of an ISO date. */
function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function periodLabel(start: string, end: string, language: string): string {
  const lang = language === 'en' ? 'en' : 'nb';
  const year = Number(start.slice(0, 4));
  const first = Number(start.slice(5, 7));
  const sameYear = end.slice(0, 4) === start.slice(0, 4);
  const calendar = start.slice(8) === '01' && sameYear;
  const months = Number(end.slice(5, 7)) - first + 1;
  if (calendar && end === monthEnd(year, first + months - 1)) {
    if (months === 1) return `${MONTHS[lang][first - 1]} ${year}`;
    if (months === 3 && (first - 1) % 3 === 0) {
      const quarter = (first - 1) / 3 + 1;
      return lang === 'nb' ? `${quarter}. kvartal ${year}` : `Q${quarter} ${year}`;
    }
    if (months === 6 && (first === 1 || first === 7)) {
      const half = first === 1 ? 1 : 2;
      return lang === 'nb' ? `${half}. halvår ${year}` : `${half === 1 ? 'First' : 'Second'} half of ${year}`;
    }
    if (months === 12) return String(year);
  }
  return `${formatDate(start)}–${formatDate(end)}`;
}
