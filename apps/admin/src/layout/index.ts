export { AppBar } from './AppBar';
export { Layout, useDocumentLanguage } from './Layout';
export { LoadingIndicator } from './LoadingIndicator';
export { LocaleSwitcher } from './LocaleSwitcher';
export { lightTheme } from './themes';
