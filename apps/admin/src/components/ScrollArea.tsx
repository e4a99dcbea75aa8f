import { useEffect, useState, type ReactNode } from 'react';
import { Box, type SxProps, type Theme } from '@mui/material';

/**
 * The visible cue of a box that scrolls sideways: a soft shadow on the side where more content is
 * hidden, and none where the content ends. Pure CSS («scroll shadows»): two covers in the box's own
 * background colour move with the content (background-attachment: local) and hide the two shadows,
 * which stay at the box's edges (scroll), whenever the content's start or end is in view. The content
 * must not paint a background of its own over it (MUI's table cells do not).
 *
 * Used by ScrollArea and, in the layout, on react-admin's DataTable wrapper and on every box that holds
 * a table directly, so every wide table of the admin shows it on a phone. Where the content fits, the
 * covers lie over the shadows and nothing shows.
 */
export const scrollShadows = (theme: Theme) => {
  const paper = theme.palette.background.paper;
  const shadow = 'rgba(0, 0, 0, 0.22)';
  return {
    backgroundImage: [
      `linear-gradient(to right, ${paper}, ${paper})`,
      `linear-gradient(to right, ${paper}, ${paper})`,
      `linear-gradient(to right, ${shadow}, rgba(0, 0, 0, 0))`,
      `linear-gradient(to left, ${shadow}, rgba(0, 0, 0, 0))`,
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundRepeat: 'no-repeat',
    backgroundSize: '24px 100%, 24px 100%, 14px 100%, 14px 100%',
    backgroundAttachment: 'local, local, scroll, scroll',
  } as const;
};

/** A box that scrolls sideways, with the cue (scrollShadows) on its own background. */
export const scrollCue = (theme: Theme) =>
  ({
    overflowX: 'auto',
    maxWidth: '100%',
    backgroundColor: theme.palette.background.paper,
    ...scrollShadows(theme),
  }) as const;

/** Whether the element's content is wider than the element (it scrolls sideways). */
function useOverflowsSideways(element: HTMLElement | null): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return overflows;
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
  sx,
}: {
  /** Names the region for screen readers when it scrolls (e.g. the table's caption). */
  label: string;
  children: ReactNode;
  testId?: string;
  sx?: SxProps<Theme>;
}) => {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const overflows = useOverflowsSideways(element);
  return (
    <Box
      ref={setElement}
      data-testid={testId}
      data-scroll-area={overflows ? 'overflowing' : 'fits'}
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      sx={[(theme: Theme) => scrollCue(theme), ...(Array.isArray(sx) ? sx : sx ? [sx] : [])]}
    >
      {children}
    </Box>
  );
};
