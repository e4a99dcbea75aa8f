import { useId, useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useApiMutation } from '../api/client';
import { ApiErrorAlert } from '../components';
import { formatInteger } from '../format';
import type { ImportPopulationMutation } from '../api/graphql';
import { IMPORT_POPULATION } from './organisations.graphql';

type Report = ImportPopulationMutation['importPopulation'];

const ReportView = ({ report }: { report: Report }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="population-import-report" aria-live="polite">
      <Alert
        severity={report.problems.length ? 'warning' : report.dryRun ? 'info' : 'success'}
        sx={{ my: 1 }}
      >
        {translate(
          report.dryRun ? 'gevinst.population_import.dry_run_result' : 'gevinst.population_import.done',
          {
            year: report.year,
            rows: formatInteger(report.rows),
            matched: formatInteger(report.matched),
            added: formatInteger(report.added),
            changed: formatInteger(report.changed),
            unchanged: formatInteger(report.unchanged),
          },
        )}
      </Alert>
      {report.problems.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">
            {translate('gevinst.population_import.problems')}
          </Typography>
          <ul>
            {report.problems.slice(0, 20).map((problem, index) => (
              <li key={index}>
                <Typography variant="body2">
                  {problem.line
                    ? `${translate('gevinst.population_import.line', { line: problem.line })}: `
                    : ''}
                  {problem.message}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unknownMunicipalityNumbers.length > 0 && (
        <Typography variant="body2">
          {translate('gevinst.population_import.unknown', {
            numbers: report.unknownMunicipalityNumbers.join(', '),
          })}
        </Typography>
      )}
      {report.missingMunicipalities.length > 0 && (
        <Typography variant="body2">
          {translate('gevinst.population_import.missing', {
            names: report.missingMunicipalities
              .slice(0, 30)
              .map((municipality) => `${municipality.municipalityNumber} ${municipality.name}`)
              .join(', '),
            smart_count: report.missingMunicipalities.length,
          })}
        </Typography>
      )}
    </Box>
  );
};

/**
 * Administrators load a year's population for every municipality from Statistics Norway's table 07459:
 * a dry run first shows what would change, then the import stores it.
 */
export const PopulationImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const importPopulation = useApiMutation(IMPORT_POPULATION);
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [report, setReport] = useState<Report | null>(null);
  const titleId = useId();
  const fileId = useId();

  const run = async (dryRun: boolean) => {
    if (!csv) return;
    const result = await importPopulation.mutateAsync({ csv, year: Number(year), dryRun });
    setReport(result.importPopulation);
    if (!dryRun) {
      notify('gevinst.population_import.saved', { type: 'success' });
      refresh();
    }
  };

  return (
    <>
      <Button size="small" startIcon={<UploadIcon />} onClick={() => setOpen(true)}>
        {translate('gevinst.population_import.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="md">
        <DialogTitle id={titleId}>{translate('gevinst.population_import.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('gevinst.population_import.help')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" component="label" htmlFor={fileId}>
              {translate('gevinst.population_import.choose_file')}
              <input
                id={fileId}
                type="file"
                accept=".csv,text/csv"
                hidden
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (!file) return;
                  setFileName(file.name);
                  setReport(null);
                  void file.text().then(setCsv);
                }}
              />
            </Button>
            <Typography variant="body2">
              {fileName || translate('gevinst.population_import.no_file')}
            </Typography>
            <TextField
              label={translate('gevinst.population_import.year')}
              value={year}
              onChange={(event) => setYear(event.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              size="small"
              sx={{ width: 120 }}
            />
          </Box>
          <ApiErrorAlert error={importPopulation.error} />
          {report && <ReportView report={report} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          <Button
            disabled={!csv || importPopulation.isPending}
            onClick={() => void run(true).catch(() => undefined)}
          >
            {translate('gevinst.population_import.dry_run')}
          </Button>
          <Button
            variant="contained"
            disabled={!csv || !report?.dryRun || report.problems.length > 0 || importPopulation.isPending}
            onClick={() => void run(false).catch(() => undefined)}
          >
            {translate('gevinst.population_import.import')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
