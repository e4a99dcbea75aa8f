import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import type { Theme } from '@mui/material';
import { scrollCue, scrollShadows } from '../components/ScrollArea';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { SessionExpiredDialog } from './SessionExpiredDialog';

/** Keeps <html lang> in step with the UI language, so screen readers pronounce the page correctly. */
export const useDocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
};

/**
 * react-admin lets the page grow to its widest table (minWidth: fit-content), so a list with many
 * columns pushed the whole page, app bar included, sideways at 1366 px. The page keeps the window's
 * width instead, and a wide table scrolls inside its own box, with a shadow on the side where columns
 * are hidden (scrollCue) — on a phone (390 px) most tables do; so does any box that holds a table
 * directly (scrollShadows: only visible where the box scrolls). The content area, its show and edit
 * cards and their tabs shrink to the window too (minWidth: 0 on every flex item down to the table).
 */
const FIT_TO_WINDOW = (theme: Theme) =>
  ({
    minWidth: 0,
    '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar': { minWidth: 0, maxWidth: '100%' },
    '& .RaLayout-content, & .RaList-main, & .RaList-content, & .RaShow-main, & .RaShow-card, & .RaEdit-main, & .RaEdit-card':
      { minWidth: 0 },
    '& .RaDataTable-tableWrapper': scrollCue(theme),
    // A page's own scrolling box around a table (Box sx={{ overflowX: 'auto' }}) gets the cue too.
    '& div:has(> table)': scrollShadows(theme),
  }) as const;

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <RaLayout appBar={AppBar} menu={Menu} sx={FIT_TO_WINDOW}>
      {children}
      <SessionExpiredDialog />
    </RaLayout>
  );
};
