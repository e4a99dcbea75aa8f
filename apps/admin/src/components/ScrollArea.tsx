import { useEffect, useState, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { markHiddenSides } from './scrollSides';

/**
 * The visible cue of a box that scrolls sideways (issue 16, phones): a shadow inside the edge where
 * more content is hidden, none where the content ends. A box is marked with the hidden sides,
 * `data-scroll-hidden="left right"` (or `none`), measured from its scroll position and kept up to date
 * as it scrolls or resizes; this style draws the shadows from the mark. An inset box-shadow stays at the
 * box's edges while the content scrolls, under the content (table cells paint no background of their
 * own; a sticky header cell does, and covers it in its row).
 */
export const SCROLL_CUE_STYLE = {
  '&[data-scroll-hidden="right"]': { boxShadow: 'inset -16px 0 12px -12px rgba(0, 0, 0, 0.35)' },
  '&[data-scroll-hidden="left"]': { boxShadow: 'inset 16px 0 12px -12px rgba(0, 0, 0, 0.35)' },
  '&[data-scroll-hidden="left right"]': {
    boxShadow: 'inset 16px 0 12px -12px rgba(0, 0, 0, 0.35), inset -16px 0 12px -12px rgba(0, 0, 0, 0.35)',
  },
} as const;

/**
 * Keeps data-scroll-hidden up to date on every element matching `selector` under document.body, as
 * they appear, scroll and resize: for the tables whose DOM the admin does not render itself
 * (react-admin's DataTable wrapper, pages' own `overflowX: 'auto'` boxes around a table). Used once,
 * by the layout.
 */
export function useScrollCues(selector: string): void {
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return;
    const tracked = new Map<HTMLElement, () => void>();
    const resizes = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        const box = tracked.has(target) ? target : target.parentElement;
        if (box && tracked.has(box)) markHiddenSides(box);
      }
    });
    const scan = () => {
      for (const [element, onScroll] of tracked) {
        if (element.isConnected) continue;
        element.removeEventListener('scroll', onScroll);
        resizes.unobserve(element);
        tracked.delete(element);
      }
      document.body.querySelectorAll<HTMLElement>(selector).forEach((element) => {
        if (tracked.has(element)) return markHiddenSides(element);
        const onScroll = () => markHiddenSides(element);
        tracked.set(element, onScroll);
        element.addEventListener('scroll', onScroll, { passive: true });
        resizes.observe(element);
        if (element.firstElementChild) resizes.observe(element.firstElementChild);
        markHiddenSides(element);
      });
    };
    let frame = 0;
    const mutations = new MutationObserver(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        scan();
      });
    });
    mutations.observe(document.body, { childList: true, subtree: true });
    scan();
    return () => {
      mutations.disconnect();
      resizes.disconnect();
      if (frame) cancelAnimationFrame(frame);
      for (const [element, onScroll] of tracked) element.removeEventListener('scroll', onScroll);
      tracked.clear();
    };
  }, [selector]);
}

/** hiddenSides of the element, written on it and kept up to date as it scrolls or resizes. */
function useHiddenSides(element: HTMLElement | null): string {
  const [sides, setSides] = useState('none');
  useEffect(() => {
    if (!element) return;
    const measure = () => setSides(markHiddenSides(element));
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [element]);
  return sides;
}

/**
 * A box whose content (a wide table) scrolls sideways inside it instead of widening the page, with the
 * scroll cue. While it overflows it is a named, focusable region, so a keyboard user can scroll it too
 * (WCAG 2.1.1, axe's scrollable-region-focusable); when everything fits it adds no tab stop.
 */
export const ScrollArea = ({
  label,
  children,
  testId,
}: {
  /** Names the region for screen readers when it scrolls (e.g. the table's caption). */
  label: string;
  children: ReactNode;
  testId?: string;
}) => {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const overflows = useHiddenSides(element) !== 'none';
  return (
    <Box
      ref={setElement}
      data-testid={testId}
      data-scroll-box=""
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      sx={{ overflowX: 'auto', maxWidth: '100%', ...SCROLL_CUE_STYLE }}
    >
      {children}
    </Box>
  );
};
