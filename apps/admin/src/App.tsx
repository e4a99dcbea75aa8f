import { Admin, Resource, localStorageStore } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout, lightTheme } from './layout';
import initiatives from './initiatives';
import { LoginPage } from './login/LoginPage';
import organisations from './organisations';

/** Preferences (language, list filters, column choices) live in localStorage under this app's own key. */
const store = localStorageStore(undefined, 'Gevinst');

/**
 * Everything requires sign-in (the API answers UNAUTHENTICATED otherwise); the sign-in page doubles
 * as the public title page.
 */
export const App = () => (
  <Admin
    title="Gevinst"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    requireAuth
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    store={store}
    disableTelemetry
  >
    <Resource name="initiatives" {...initiatives} />
    <Resource name="organisations" {...organisations} />
  </Admin>
);

export default App;
