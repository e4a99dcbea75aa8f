export { AppBar, IdentitySummary } from './AppBar';
export { Layout, useDocumentLanguage } from './Layout';
export { LoadingIndicator } from './LoadingIndicator';
export { LocaleSwitcher } from './LocaleSwitcher';
export { MENU, Menu } from './Menu';
export { lightTheme } from './themes';
