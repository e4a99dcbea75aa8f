import { Box, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
  LinkBase,
} from 'react-admin';
import { MenuItem, ListItemIcon, ListItemText } from '@mui/material';
import KeyIcon from '@mui/icons-material/VpnKey';
import { enumLabelKey } from '../enums';
import { LoadingIndicator } from './LoadingIndicator';
import { LocaleSwitcher } from './LocaleSwitcher';

interface GevinstIdentity {
  fullName?: string;
  organisation?: { name: string };
  roles?: string[];
}

/** Who is signed in, for which organisation and in which role: always visible in the app bar. */
export const IdentitySummary = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = identity as GevinstIdentity | undefined;
  if (!user?.fullName) return null;
  const roles = (user.roles ?? []).map((role) => translate(enumLabelKey('Role', role), { _: role }));
  return (
    <Box
      data-testid="identity"
      sx={{ textAlign: 'right', mx: 1, lineHeight: 1.2, display: { xs: 'none', sm: 'block' }, minWidth: 0 }}
    >
      <Typography component="p" variant="body2" sx={{ fontWeight: 600 }} noWrap>
        {user.fullName}
      </Typography>
      <Typography component="p" variant="caption" noWrap>
        {[user.organisation?.name, roles.join(', ')].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
};

const TokensMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={LinkBase} to="/apiTokens" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('resources.apiTokens.name', { smart_count: 2 })}</ListItemText>
    </MenuItem>
  );
};

/**
 * The app bar stays on screen while the page scrolls (alwaysOn): react-admin hides it on a phone as soon
 * as the user scrolls down, taking the menu, language and user menus with it (issue 16).
 */
export const AppBar = () => (
  <RaAppBar
    alwaysOn
    toolbar={
      <>
        <IdentitySummary />
        <LocaleSwitcher />
        <LoadingIndicator />
      </>
    }
    userMenu={
      <UserMenu>
        <TokensMenuItem />
        <Logout />
      </UserMenu>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
