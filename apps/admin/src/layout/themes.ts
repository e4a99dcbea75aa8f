import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default themes with colours that meet WCAG 2.1 AA contrast: the default secondary
 * (#2196f3, used by the app bar) gives white text only 3.1:1, so Gevinst uses a dark navy instead.
 *
 * Phones and tablets (issue 16): every row of tabs (an initiative's nine, and any page's) scrolls
 * sideways inside its own width, with arrow buttons whenever tabs are hidden — also on touch screens,
 * where MUI hides them by default — instead of clipping the tabs it has no room for or widening the page.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#4a6a9c', main: '#1f3f6e', dark: '#112a4f', contrastText: '#fff' },
  },
  components: {
    ...defaultLightTheme.components,
    MuiTabs: {
      ...defaultLightTheme.components?.MuiTabs,
      defaultProps: {
        ...defaultLightTheme.components?.MuiTabs?.defaultProps,
        variant: 'scrollable',
        scrollButtons: 'auto',
        allowScrollButtonsMobile: true,
      },
    },
  },
};
