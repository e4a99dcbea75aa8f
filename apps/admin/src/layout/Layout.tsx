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

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
      <SessionExpiredDialog />
    </RaLayout>
  );
};
