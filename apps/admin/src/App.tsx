import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import apiTokens from './apiTokens';
import webhookSubscriptions from './webhooks';
import deprecatedUsage from './deprecatedUsage';
import auditEvents from './audit';
import { authProvider } from './authProvider';
import benefits from './benefits';
import { CO_FINANCING_REPORT_ROUTE } from './coFinancingReports/paths';
import costSharingKeys from './costSharingKeys';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import initiatives from './initiatives';
import { Layout, lightTheme } from './layout';
import { LoginPage } from './login/LoginPage';
import organisations from './organisations';
import organisationPositions from './organisationPositions';
import users from './users';
import serviceAccounts from './serviceAccounts';

const PortfolioDashboard = lazy(() => import('./portfolio/PortfolioDashboard'));
const MyAllocations = lazy(() => import('./allocations/MyAllocations'));
const CoFinancingReportPage = lazy(() => import('./coFinancingReports/CoFinancingReportPage'));
const DigifinLedger = lazy(() => import('./digifin/DigifinLedger'));
const CoFinancingCalls = lazy(() => import('./coFinancing/CoFinancingCalls'));
const CoFinancingCallPage = lazy(() => import('./coFinancing/CoFinancingCallPage'));
const CoFinancingApplicationPage = lazy(() => import('./coFinancing/CoFinancingApplicationPage'));
const NewCoFinancingApplication = lazy(() =>
  import('./coFinancing/CoFinancingApplicationPage').then((module) => ({
    default: module.NewCoFinancingApplication,
  })),
);
const KeyComparisonPage = lazy(() => import('./keyComparison/KeyComparisonPage'));
const IdentityProvidersPage = lazy(() => import('./identityProviders/IdentityProvidersPage'));

/** Preferences (language, list filters, column choices) live in localStorage under this app's own key. */
const store = localStorageStore(undefined, 'Gevinst');

/**
 * Everything requires sign-in (the API answers UNAUTHENTICATED otherwise); the sign-in page doubles
 * as the public title page. Every resource is registered for everyone; the menu (layout/Menu.tsx)
 * shows each user what their role may use, and the API enforces it.
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
    <Resource name="benefits" {...benefits} />
    <Resource name="costSharingKeys" {...costSharingKeys} />
    <Resource name="organisations" {...organisations} />
    <Resource name="users" {...users} />
    <Resource name="serviceAccounts" {...serviceAccounts} />
    <Resource name="apiTokens" {...apiTokens} />
    <Resource name="webhookSubscriptions" {...webhookSubscriptions} />
    <Resource name="webhookDeliveries" />
    <Resource name="deprecatedUsage" {...deprecatedUsage} />
    <Resource name="auditEvents" {...auditEvents} />
    <Resource name="allocations" />
    <Resource name="costItems" />
    <Resource name="participants" />
    <Resource name="organisationPositions" {...organisationPositions} />
    <CustomRoutes>
      <Route path="/portfolio" element={<PortfolioDashboard />} />
      <Route path="/my-allocations" element={<MyAllocations />} />
      <Route path={CO_FINANCING_REPORT_ROUTE} element={<CoFinancingReportPage />} />
      <Route path="/digifin" element={<DigifinLedger />} />
      <Route path="/co-financing" element={<CoFinancingCalls />} />
      <Route path="/co-financing/calls/:id" element={<CoFinancingCallPage />} />
      <Route path="/co-financing/calls/:callId/apply" element={<NewCoFinancingApplication />} />
      <Route path="/co-financing/applications/:id" element={<CoFinancingApplicationPage />} />
      <Route path="/key-comparison" element={<KeyComparisonPage />} />
      <Route path="/identity-providers" element={<IdentityProvidersPage />} />
    </CustomRoutes>
  </Admin>
);

export default App;
