import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link, LinkBase } from 'react-admin';

/**
 * A key figure; the whole card links to the initiatives it counts. A detail with its own records (the
 * benefits of the initiatives) is a link of its own under the card's link (`detailTo`).
 */
export const Kpi = ({
  label,
  value,
  detail,
  to,
  testId,
  detailTo,
}: {
  label: string;
  value: string;
  detail?: string;
  to: string;
  testId: string;
  detailTo?: string;
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
          // Five cards share a row from md up: a smaller size there keeps "121 978 678,18 kr" on one line
          // at 1366 px, and a longer amount wraps rather than being cut off.
          sx={{
            fontWeight: 600,
            lineHeight: 1.3,
            fontSize: { xs: '1.25rem', md: '1.05rem', xl: '1.25rem' },
            fontVariantNumeric: 'tabular-nums',
            overflowWrap: 'anywhere',
          }}
          data-testid={`${testId}-value`}
        >
          {value}
        </Typography>
        {detail && !detailTo && (
          <Typography variant="caption" color="text.secondary" component="p">
            {detail}
          </Typography>
        )}
      </CardContent>
    </CardActionArea>
    {detail && detailTo && (
      <Box sx={{ px: 2, pb: 1.5, mt: -1 }}>
        <Link to={detailTo} variant="caption" data-testid={`${testId}-detail`}>
          {detail}
        </Link>
      </Box>
    )}
  </Card>
);
