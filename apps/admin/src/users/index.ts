import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';

const UserList = lazy(() => import('./UserList'));
const UserCreate = lazy(() => import('./UserForm').then((m) => ({ default: m.UserCreate })));
const UserEdit = lazy(() => import('./UserForm').then((m) => ({ default: m.UserEdit })));

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: { name: string }) => record.name,
};
