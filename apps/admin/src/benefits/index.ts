import { lazy } from 'react';
import BenefitIcon from '@mui/icons-material/EmojiEvents';
import type { Benefit } from './benefits.graphql';

const BenefitList = lazy(() => import('./BenefitList'));
const BenefitShow = lazy(() => import('./BenefitShow'));
const BenefitCreate = lazy(() => import('./BenefitCreate'));
const BenefitEdit = lazy(() => import('./BenefitEdit'));

export default {
  list: BenefitList,
  show: BenefitShow,
  create: BenefitCreate,
  edit: BenefitEdit,
  icon: BenefitIcon,
  recordRepresentation: (record: Benefit) => record.title,
};
