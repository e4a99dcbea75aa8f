import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** "Gevinst", what it is for, in one paragraph: the top of the title page and of the sign-in page. */
export const Intro = ({ headingId }: { headingId: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography id={headingId} variant="h3" component="h1" gutterBottom>
        {translate('gevinst.dashboard.title')}
      </Typography>
      <Typography variant="h6" component="p" color="text.secondary" gutterBottom>
        {translate('gevinst.dashboard.subtitle')}
      </Typography>
      <Typography variant="body1" sx={{ maxWidth: '70ch' }}>
        {translate('gevinst.dashboard.intro')}
      </Typography>
    </>
  );
};
