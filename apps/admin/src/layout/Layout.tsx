import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { SCROLL_CUE_STYLE, useScrollCues } from '../components/ScrollArea';
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
 * width instead (minWidth: 0 on every flex item down to the table), and a wide table scrolls inside its
 * own box with a shadow on the side where columns are hidden — on a phone (390 px) most tables do. The
 * boxes: react-admin's DataTable wrapper, and any box a page put around a table (ScrollArea marks its
 * own).
 */
const TABLE_BOXES = '.RaDataTable-tableWrapper, div:has(> table):not([data-scroll-box])';

const FIT_TO_WINDOW = {
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar': { minWidth: 0, maxWidth: '100%' },
  '& .RaLayout-content, & .RaList-main, & .RaList-content, & .RaShow-main, & .RaShow-card, & .RaEdit-main, & .RaEdit-card':
    { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto', maxWidth: '100%' },
  // Labelled values side by side (an initiative's overview) were glued together («DEMO-LIV-BEDRIFTStarte
  // og drive…»): a gap between them, on every screen.
  '& .MuiStack-root:not(.ra-field):has(> .RaLabeled-label)': { mr: 3 },
  // A page's action buttons (create, filter, export…) wrap to a second line instead of running off a
  // phone's screen; a show page without actions (a reviewer's) keeps no empty bar above its tabs.
  // (react-admin's TopToolbar carries no RaTopToolbar class in the production build: any toolbar of the
  // content area; a pagination bar wraps the same way.)
  '& .RaLayout-content .MuiToolbar-root': { flexWrap: 'wrap' },
  '@media (max-width: 599.95px)': { '& .RaLayout-content .MuiToolbar-root:empty': { display: 'none' } },
  '& .RaDataTable-tableWrapper, & div:has(> table):not([data-scroll-box])': SCROLL_CUE_STYLE,
} as const;

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  useScrollCues(TABLE_BOXES);
  return (
    <RaLayout appBar={AppBar} menu={Menu} sx={FIT_TO_WINDOW}>
      {children}
      <SessionExpiredDialog />
    </RaLayout>
  );
};
