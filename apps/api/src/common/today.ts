const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Norway as "YYYY-MM-DD" (the calendar the organisations report in). */
export function todayInNorway(now: Date = new Date()): string {
  return OSLO_DATE.format(now);
}

/** The year of a "YYYY-MM-DD" date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
