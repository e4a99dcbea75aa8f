import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { ScrollArea } from './ScrollArea';

export interface Column<Row> {
  key: string;
  label: string;
  align?: 'left' | 'right';
  render?: (row: Row) => ReactNode;
}

/**
 * A plain, accessible table for figures that are not a react-admin list: chart alternatives, previews
 * and summaries. Numbers align right; the caption names the table for screen readers. A table wider
 * than its place (on a phone) scrolls sideways inside its own box, with the scroll cue (ScrollArea).
 */
export function SimpleTable<Row extends object>({
  caption,
  columns,
  rows,
  footer,
  empty,
  testId,
  rowKey,
  size = 'small',
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  footer?: ReactNode[];
  empty?: ReactNode;
  testId?: string;
  rowKey?: (row: Row, index: number) => string;
  size?: 'small' | 'medium';
}) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <ScrollArea label={caption}>
      <Table size={size} data-testid={testId}>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>
          <Typography component="span" variant="body2" color="text.secondary">
            {caption}
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.key} align={column.align} scope="col" component="th">
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={rowKey ? rowKey(row, index) : index}>
              {columns.map((column) => (
                <TableCell key={column.key} align={column.align}>
                  {column.render
                    ? column.render(row)
                    : ((row as Record<string, unknown>)[column.key] as ReactNode)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        {footer && (
          <TableFooter>
            <TableRow>
              {footer.map((cell, index) => (
                <TableCell
                  key={index}
                  align={columns[index]?.align}
                  sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' }}
                >
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </ScrollArea>
  );
}
