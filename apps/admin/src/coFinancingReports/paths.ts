/** The co-financing report page of an initiative and year (App.tsx registers the route). */
export const CO_FINANCING_REPORT_ROUTE = '/co-financing-reports/:initiativeId/:year';

export const coFinancingReportPath = (initiativeId: string, year: number): string =>
  `/co-financing-reports/${encodeURIComponent(initiativeId)}/${year}`;
