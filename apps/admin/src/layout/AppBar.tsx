import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { LoadingIndicator } from './LoadingIndicator';
import { LocaleSwitcher } from './LocaleSwitcher';

export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <LocaleSwitcher />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
