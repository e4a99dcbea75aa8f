import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';

/** A card of the dashboard: a titled section (its heading names it for screen readers). */
export const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-labelledby={id}>
    <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Paper>
);
