import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Button, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { EmptyState, SimpleTable } from '../components';
import { formatDate, formatDateTime, formatDecimal } from '../format';
import { CorrectMeasurementDialog } from './CorrectMeasurementDialog';
import { previousVersion } from './measurementHistory';
import type { Benefit, Measurement } from './benefits.graphql';

/** What a correction changed, in words: the value before it and the reason given. */
const Correction = ({ measurement, unit }: { measurement: Measurement; unit: string }) => {
  const translate = useTranslate();
  const previous = previousVersion(measurement);
  if (measurement.revision <= 1) return <>–</>;
  return (
    <Box data-testid="measurement-correction">
      <Typography variant="body2" component="span">
        {previous
          ? translate('gevinst.measurement.corrected_from', {
              value: `${formatDecimal(previous.value)} ${unit}`,
              revision: previous.revision,
            })
          : translate('gevinst.measurement.revision', { revision: measurement.revision })}
      </Typography>
      {measurement.correctionReason && (
        <Typography variant="body2" color="text.secondary" component="p" sx={{ whiteSpace: 'pre-wrap' }}>
          {translate('gevinst.measurement.correction_reason', { reason: measurement.correctionReason })}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The benefit's measurements (current versions) with what was corrected; the benefit owner corrects a
 * value from its row.
 */
export const MeasurementsTable = ({ benefit, mayCorrect }: { benefit: Benefit; mayCorrect: boolean }) => {
  const translate = useTranslate();
  const [correcting, setCorrecting] = useState<Measurement | null>(null);
  const unit = benefit.indicator.unit;
  return (
    <>
      <SimpleTable
        testId="measurements"
        caption={translate('gevinst.measurement.list_caption', { unit })}
        rows={benefit.measurements ?? []}
        rowKey={(m) => m.id}
        empty={
          <EmptyState
            message="gevinst.measurement.empty"
            hint={mayCorrect ? 'gevinst.measurement.empty_hint' : undefined}
          />
        }
        columns={[
          { key: 'date', label: translate('gevinst.measurement.date'), render: (m) => formatDate(m.date) },
          {
            key: 'value',
            label: translate('gevinst.measurement.value', { unit }),
            align: 'right',
            render: (m) => formatDecimal(m.value),
          },
          { key: 'source', label: translate('gevinst.measurement.source') },
          { key: 'comment', label: translate('gevinst.measurement.comment') },
          {
            key: 'recordedAt',
            label: translate('gevinst.measurement.recorded'),
            render: (m) =>
              `${formatDateTime(m.recordedAt)}${m.recordedByName ? `, ${m.recordedByName}` : ''}`,
          },
          {
            key: 'correction',
            label: translate('gevinst.measurement.correction'),
            render: (m) => <Correction measurement={m} unit={unit} />,
          },
          ...(mayCorrect
            ? [
                {
                  key: 'actions',
                  label: translate('gevinst.actions'),
                  render: (m: Measurement) => (
                    <Button
                      size="small"
                      startIcon={<EditNoteIcon />}
                      onClick={() => setCorrecting(m)}
                      aria-label={translate('gevinst.measurement.correct_named', {
                        date: formatDate(m.date),
                      })}
                    >
                      {translate('gevinst.measurement.correct')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {correcting && (
        <CorrectMeasurementDialog measurement={correcting} unit={unit} onClose={() => setCorrecting(null)} />
      )}
    </>
  );
};
