/**
 * Chart colours: each has at least 3:1 contrast against white (WCAG 2.1 1.4.11, graphical objects),
 * and series differ by more than colour (dashes, markers, the table alternative).
 */
export const SERIES_COLOURS = ['#1565c0', '#2e7d32', '#b35900', '#6a1b9a', '#c62828', '#00695c', '#4e342e'];

export const RAG_COLOURS: Record<string, { background: string; text: string }> = {
  GREEN: { background: '#2e7d32', text: '#ffffff' },
  AMBER: { background: '#f2a900', text: '#1a1a1a' },
  RED: { background: '#c62828', text: '#ffffff' },
};
