import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { LinkBase } from 'react-admin';

/** A key figure; the whole card links to the initiatives it counts. */
export const Kpi = ({
  label,
  value,
  detail,
  to,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  to: string;
  testId: string;
}) => (
  <Card variant="outlined" sx={{ height: '100%' }}>
    <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="body2" color="text.secondary" component="p">
          {label}
        </Typography>
        <Typography
          variant="h6"
          component="p"
          sx={{ fontWeight: 600, lineHeight: 1.3 }}
          data-testid={`${testId}-value`}
        >
          {value}
        </Typography>
        {detail && (
          <Typography variant="caption" color="text.secondary" component="p">
            {detail}
          </Typography>
        )}
      </CardContent>
    </CardActionArea>
  </Card>
);
