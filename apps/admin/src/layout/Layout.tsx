import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
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
 * width instead, and a wide table scrolls inside its own box.
 */
const FIT_TO_WINDOW = {
  minWidth: 0,
  '& .RaLayout-content, & .RaList-main, & .RaList-content': { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
} as const;

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <RaLayout appBar={AppBar} menu={Menu} sx={FIT_TO_WINDOW}>
      {children}
      <SessionExpiredDialog />
    </RaLayout>
  );
};
