import { lazy } from 'react';
import PayBenefitIcon from '@mui/icons-material/SwapHoriz';

// The page loads on first visit, keeping its table out of the title page's bundle.
const OrganisationPositionList = lazy(() => import('./OrganisationPositionList'));

/** «Hvem betaler og hvem får»: read only, one list with the initiatives of each row as its drill-down. */
export default {
  list: OrganisationPositionList,
  icon: PayBenefitIcon,
};
