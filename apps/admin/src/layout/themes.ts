import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default themes with colours that meet WCAG 2.1 AA contrast: the default secondary
 * (#2196f3, used by the app bar) gives white text only 3.1:1, so Gevinst uses a dark navy instead.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#4a6a9c', main: '#1f3f6e', dark: '#112a4f', contrastText: '#fff' },
  },
};
