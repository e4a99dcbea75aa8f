import type { ReactElement } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import InsightsIcon from '@mui/icons-material/Insights';
import PaymentsIcon from '@mui/icons-material/Payments';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import KeyIcon from '@mui/icons-material/VpnKey';
import WebhookIcon from '@mui/icons-material/Webhook';
import DeprecatedIcon from '@mui/icons-material/EventBusy';
import InitiativeIcon from '@mui/icons-material/TrendingUp';
import BenefitIcon from '@mui/icons-material/EmojiEvents';
import KeysIcon from '@mui/icons-material/CallSplit';
import CompareIcon from '@mui/icons-material/CompareArrows';
import OrganisationIcon from '@mui/icons-material/AccountBalance';
import FundIcon from '@mui/icons-material/Savings';
import CoFinancingIcon from '@mui/icons-material/Handshake';
import PayBenefitIcon from '@mui/icons-material/SwapHoriz';
import IdentityProviderIcon from '@mui/icons-material/Fingerprint';
import { mayUse, usePrincipal, type MenuArea } from '../access';

interface Entry {
  to: string;
  label: string;
  icon: ReactElement;
  /** Who sees it; everybody signed in when absent. */
  area?: MenuArea;
}

/** The menu, in the order of the work: portfolio, initiatives and benefits, money, reference data, admin. */
export const MENU: Entry[] = [
  { to: '/portfolio', label: 'gevinst.menu.portfolio', icon: <InsightsIcon />, area: 'portfolio' },
  {
    to: '/organisationPositions',
    label: 'gevinst.menu.organisation_positions',
    icon: <PayBenefitIcon />,
    area: 'organisationPositions',
  },
  { to: '/initiatives', label: 'resources.initiatives.name', icon: <InitiativeIcon /> },
  { to: '/benefits', label: 'resources.benefits.name', icon: <BenefitIcon /> },
  { to: '/costSharingKeys', label: 'resources.costSharingKeys.name', icon: <KeysIcon /> },
  {
    to: '/co-financing',
    label: 'gevinst.co_financing.menu',
    icon: <CoFinancingIcon />,
    area: 'coFinancing',
  },
  {
    to: '/my-allocations',
    label: 'gevinst.menu.my_allocations',
    icon: <PaymentsIcon />,
    area: 'myAllocations',
  },
  { to: '/digifin', label: 'gevinst.menu.digifin', icon: <FundIcon /> },
  {
    to: '/key-comparison',
    label: 'gevinst.menu.key_comparison',
    icon: <CompareIcon />,
    area: 'myAllocations',
  },
  { to: '/organisations', label: 'resources.organisations.name', icon: <OrganisationIcon /> },
  { to: '/users', label: 'resources.users.name', icon: <PeopleIcon />, area: 'users' },
  {
    to: '/identity-providers',
    label: 'gevinst.menu.identity_providers',
    icon: <IdentityProviderIcon />,
    area: 'users',
  },
  { to: '/apiTokens', label: 'resources.apiTokens.name', icon: <KeyIcon /> },
  { to: '/webhookSubscriptions', label: 'resources.webhookSubscriptions.name', icon: <WebhookIcon /> },
  {
    to: '/deprecatedUsage',
    label: 'resources.deprecatedUsage.name',
    icon: <DeprecatedIcon />,
    area: 'deprecatedUsage',
  },
  { to: '/auditEvents', label: 'resources.auditEvents.name', icon: <HistoryIcon />, area: 'auditEvents' },
];

/** Only what the signed-in user's role may use (the API enforces the same rules). */
export const Menu = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  return (
    <RaMenu>
      <RaMenu.Item to="/" primaryText={translate('ra.page.dashboard')} leftIcon={<DashboardIcon />} />
      {MENU.filter((entry) => !entry.area || mayUse(principal, entry.area)).map((entry) => (
        <RaMenu.Item
          key={entry.to}
          to={entry.to}
          primaryText={translate(entry.label, { smart_count: 2 })}
          leftIcon={entry.icon}
        />
      ))}
    </RaMenu>
  );
};
