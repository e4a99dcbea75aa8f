import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { canAdministerSchemes, canEditInitiative } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { useApiMutation, useApiQuery } from '../api/client';
import { ApiErrorAlert, SimpleTable } from '../components';
import { enumLabelKey } from '../enums';
import { formatDate, formatDateTime, formatDecimal, formatNok } from '../format';
import { ApplicationForm, type ApplicationFormValues, nokText, toApplicationInput } from './ApplicationForm';
import { LivePreview } from './LivePreview';
import {
  APPROVE_CO_FINANCING_APPLICATION,
  CO_FINANCING_APPLICATION,
  CO_FINANCING_CALL,
  CREATE_CO_FINANCING_APPLICATION,
  OWN_INITIATIVES_FOR_CO_FINANCING,
  RECORD_CO_FINANCING_EXCEPTION,
  REJECT_CO_FINANCING_APPLICATION,
  SUBMIT_CO_FINANCING_APPLICATION,
  UPDATE_CO_FINANCING_APPLICATION,
} from './coFinancing.graphql';

const EMPTY: ApplicationFormValues = {
  category: 'CATEGORY_1',
  totalCost: '',
  requestedGrant: '',
  requestedByYear: [{ year: String(new Date().getFullYear() + 1), amount: '' }],
  ksConsulted: false,
  ksConsultedOn: '',
  ksNote: '',
};

/** A new application: the owner picks one of their organisation's initiatives and fills in the form. */
export function NewCoFinancingApplication() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const notify = useNotify();
  const { callId = '' } = useParams();
  const principal = usePrincipal();
  const call = useApiQuery(CO_FINANCING_CALL, { id: callId });
  const initiatives = useApiQuery(
    OWN_INITIATIVES_FOR_CO_FINANCING,
    { ownerId: principal?.organisationId ?? null },
    { enabled: !!principal },
  );
  const [initiativeId, setInitiativeId] = useState('');
  const create = useApiMutation(CREATE_CO_FINANCING_APPLICATION);
  const title = translate('gevinst.co_financing.new_application_title', {
    call: call.data?.coFinancingCall?.title ?? '',
  });
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <TextField
            select
            label={translate('gevinst.co_financing.initiative')}
            value={initiativeId}
            onChange={(e) => setInitiativeId(e.target.value)}
            sx={{ mb: 2, minWidth: 320, maxWidth: '100%' }}
            name="initiativeId"
          >
            {(initiatives.data?.initiatives.nodes ?? []).map((initiative) => (
              <MenuItem key={initiative.id} value={initiative.id}>
                {initiative.code} – {initiative.name}
              </MenuItem>
            ))}
          </TextField>
          <ApplicationForm
            preview={(values) => <LivePreview callId={callId} initiativeId={initiativeId} values={values} />}
            initial={EMPTY}
            error={create.error}
            busy={create.isPending || !initiativeId}
            onSave={(values) =>
              create.mutate(
                { input: { callId, initiativeId, ...toApplicationInput(values) } },
                {
                  onSuccess: (data) => {
                    notify('gevinst.co_financing.saved', { type: 'success' });
                    void navigate(`/co-financing/applications/${data.createCoFinancingApplication.id}`);
                  },
                },
              )
            }
          />
          {create.error && !(create.error as { body?: { errors?: unknown } }).body?.errors && (
            <ApiErrorAlert error={create.error} />
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

/** An application: its figures, the findings explained, the owner's form and the secretariat's decisions. */
export default function CoFinancingApplicationPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { id = '' } = useParams();
  const principal = usePrincipal();
  const query = useApiQuery(CO_FINANCING_APPLICATION, { id });
  const update = useApiMutation(UPDATE_CO_FINANCING_APPLICATION);
  const submit = useApiMutation(SUBMIT_CO_FINANCING_APPLICATION);
  const except = useApiMutation(RECORD_CO_FINANCING_EXCEPTION);
  const approve = useApiMutation(APPROVE_CO_FINANCING_APPLICATION);
  const reject = useApiMutation(REJECT_CO_FINANCING_APPLICATION);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const application = query.data?.coFinancingApplication;
  if (!application) return <ApiErrorAlert error={query.error} />;
  const label = (key: string) => translate(`gevinst.co_financing.${key}`);
  const secretariat = !!principal && canAdministerSchemes(principal);
  // The owner organisation's owners (the API decides; the initiative's owner is the applicant).
  const ownerEdits =
    !!principal &&
    application.status === 'DRAFT' &&
    application.call.status === 'OPEN' &&
    canEditInitiative(principal, { ownerId: application.initiative.owner.id });
  const economics = application.economics;
  const eligibility = application.eligibility;
  const title = translate('gevinst.co_financing.application_title', { code: application.initiative.code });
  const decisionError = approve.error ?? reject.error ?? except.error;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          label={translate(`enums.CoFinancingApplicationStatus.${application.status}`)}
          data-testid="application-status"
        />
        <Link component={RouterLink} to={`/co-financing/calls/${application.call.id}`}>
          {application.call.title}
        </Link>
        <Link component={RouterLink} to={`/initiatives/${application.initiative.id}/show`}>
          {application.initiative.code} – {application.initiative.name}
        </Link>
      </Stack>
      {application.decidedAt && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('gevinst.co_financing.decided_by', {
            name: application.decidedByName ?? '',
            date: formatDateTime(application.decidedAt),
          })}
          {application.decisionNote ? `: ${application.decisionNote}` : ''}
        </Typography>
      )}
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">
                {label('eligibility')}
              </Typography>
              <Chip
                sx={{ my: 1 }}
                color={eligibility.eligible ? 'success' : 'error'}
                label={label(eligibility.eligible ? 'eligible' : 'not_eligible')}
                data-testid="eligibility"
              />
              {eligibility.findings.length === 0 ? (
                <Typography variant="body2">{label('no_findings')}</Typography>
              ) : (
                <List dense data-testid="findings">
                  {eligibility.findings.map((finding) => (
                    <ListItem key={finding.code} sx={{ display: 'block', px: 0 }} data-code={finding.code}>
                      <Alert severity={finding.severity === 'ERROR' ? 'error' : 'info'}>
                        <strong>
                          {translate(`gevinst.co_financing.finding.${finding.code}`, { _: finding.code })}
                        </strong>{' '}
                        ({translate(`enums.CoFinancingFindingSeverity.${finding.severity}`)}):{' '}
                        {finding.message}
                        {finding.exceptionReason && (
                          <Box>
                            {label('exception_reason')}: {finding.exceptionReason}
                          </Box>
                        )}
                      </Alert>
                      {secretariat && application.status === 'SUBMITTED' && finding.severity === 'ERROR' && (
                        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
                          <TextField
                            size="small"
                            label={label('exception_reason')}
                            value={reasons[finding.code] ?? ''}
                            onChange={(e) => setReasons({ ...reasons, [finding.code]: e.target.value })}
                            sx={{ flex: 1 }}
                            slotProps={{ htmlInput: { maxLength: 1000 } }}
                          />
                          <Button
                            size="small"
                            variant="outlined"
                            disabled={except.isPending}
                            onClick={() =>
                              except.mutate(
                                {
                                  input: {
                                    id: application.id,
                                    version: application.version,
                                    code: finding.code,
                                    reason: reasons[finding.code] ?? '',
                                  },
                                },
                                {
                                  onSuccess: () =>
                                    notify('gevinst.co_financing.exception_recorded', { type: 'success' }),
                                },
                              )
                            }
                          >
                            {label('record_exception')}
                          </Button>
                        </Stack>
                      )}
                    </ListItem>
                  ))}
                </List>
              )}
              <Typography variant="body2" sx={{ mt: 1 }}>
                {label('max_grant')}: {formatNok(eligibility.maxGrant)}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">
                {label('analysis')}
              </Typography>
              {economics ? (
                <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 600, mt: 1 }, '& dd': { m: 0 } }}>
                  <dt>{translate('gevinst.co_financing.col.npv')}</dt>
                  <dd data-testid="npv">{formatNok(economics.npv)}</dd>
                  <dt>{translate('gevinst.co_financing.col.budget_kroner')}</dt>
                  <dd>{formatNok(economics.presentValueNetPublicSpending)}</dd>
                  <dt>{translate('gevinst.co_financing.col.npv_per_budget_krone')}</dt>
                  <dd>
                    {economics.npvPerBudgetKrone === null ? '–' : formatDecimal(economics.npvPerBudgetKrone)}
                  </dd>
                  <dt>{translate('gevinst.co_financing.col.period')}</dt>
                  <dd>
                    {economics.fromYear}–{economics.toYear} ({economics.priceBaseYear})
                  </dd>
                  <dt>{label('sensitivity')}</dt>
                  {economics.sensitivity.map((row) => (
                    <dd key={row.case}>
                      {translate(`enums.SensitivityCase.${row.case}`)}: {formatNok(row.npv)}
                    </dd>
                  ))}
                </Box>
              ) : (
                <Typography variant="body2">–</Typography>
              )}
              <Typography variant="body2" sx={{ mt: 2 }}>
                <Link component={RouterLink} to={`/initiatives/${application.initiative.id}/show`}>
                  {label('funding_plan_link')}
                </Link>
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 600, mt: 1 }, '& dd': { m: 0 } }}>
                <dt>{label('applicant')}</dt>
                <dd>{application.applicant.name}</dd>
                <dt>{label('partners')}</dt>
                <dd>{application.partners.map((p) => p.name).join(', ') || '–'}</dd>
                {!ownerEdits && (
                  <>
                    <dt>{label('category')}</dt>
                    <dd>{translate(`enums.CoFinancingCategory.${application.category}`)}</dd>
                    <dt>{label('total_cost')}</dt>
                    <dd>{formatNok(application.totalCost)}</dd>
                    <dt>{label('requested_grant')}</dt>
                    <dd>{formatNok(application.requestedGrant)}</dd>
                    <dt>{label('by_year')}</dt>
                    <dd>
                      {application.requestedByYear.map((g) => `${g.year}: ${formatNok(g.amount)}`).join('; ')}
                    </dd>
                    <dt>{label('ks_consulted')}</dt>
                    <dd>
                      {label(application.ksConsulted ? 'yes' : 'no')}
                      {application.ksConsultedOn ? ` (${formatDate(application.ksConsultedOn)})` : ''}
                      {application.ksNote ? ` – ${application.ksNote}` : ''}
                    </dd>
                  </>
                )}
              </Box>
              {ownerEdits && (
                <Box sx={{ mt: 2 }}>
                  <ApplicationForm
                    preview={(values) => (
                      <LivePreview
                        callId={application.call.id}
                        initiativeId={application.initiative.id}
                        values={values}
                      />
                    )}
                    key={application.version}
                    initial={{
                      category: application.category,
                      totalCost: nokText(application.totalCost),
                      requestedGrant: nokText(application.requestedGrant),
                      requestedByYear: application.requestedByYear.map((g) => ({
                        year: String(g.year),
                        amount: nokText(g.amount),
                      })),
                      ksConsulted: application.ksConsulted,
                      ksConsultedOn: application.ksConsultedOn ?? '',
                      ksNote: application.ksNote,
                    }}
                    error={update.error}
                    busy={update.isPending}
                    onSave={(values) =>
                      update.mutate(
                        {
                          input: {
                            id: application.id,
                            version: application.version,
                            ...toApplicationInput(values),
                          },
                        },
                        { onSuccess: () => notify('gevinst.co_financing.saved', { type: 'success' }) },
                      )
                    }
                    extraActions={
                      <Button
                        variant="outlined"
                        color="success"
                        disabled={submit.isPending}
                        onClick={() =>
                          submit.mutate(
                            { input: { id: application.id, version: application.version } },
                            {
                              onSuccess: () => notify('gevinst.co_financing.submitted', { type: 'success' }),
                            },
                          )
                        }
                      >
                        {label('submit')}
                      </Button>
                    }
                  />
                  <ApiErrorAlert error={submit.error} />
                </Box>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent sx={{ overflowX: 'auto' }}>
              <SimpleTable
                caption={label('funding_plan')}
                testId="application-funding-plan"
                rows={application.initiative.fundingSources}
                rowKey={(row, index) => `${row.year}-${row.scheme}-${index}`}
                columns={[
                  { key: 'year', label: label('year'), render: (row) => row.year },
                  {
                    key: 'scheme',
                    label: label('scheme'),
                    render: (row) => translate(enumLabelKey('FundingScheme', row.scheme), { _: row.scheme }),
                  },
                  {
                    key: 'planned',
                    label: label('planned'),
                    align: 'right',
                    render: (row) => formatNok(row.plannedAmount),
                  },
                  {
                    key: 'received',
                    label: label('received'),
                    align: 'right',
                    render: (row) => formatNok(row.receivedAmount),
                  },
                ]}
              />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent sx={{ overflowX: 'auto' }}>
              <SimpleTable
                caption={label('benefits_plan')}
                testId="application-benefits"
                rows={application.initiative.benefits}
                rowKey={(row) => row.id}
                columns={[
                  { key: 'title', label: label('benefit'), render: (row) => row.title },
                  {
                    key: 'category',
                    label: label('category'),
                    render: (row) =>
                      translate(enumLabelKey('BenefitCategory', row.category), { _: row.category }),
                  },
                  {
                    key: 'status',
                    label: label('status'),
                    render: (row) => translate(enumLabelKey('BenefitStatus', row.status), { _: row.status }),
                  },
                ]}
              />
            </CardContent>
          </Card>
        </Grid>
        {secretariat && application.status === 'SUBMITTED' && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <Stack spacing={2} sx={{ maxWidth: 720 }}>
                  <TextField
                    label={label('decision_note')}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    multiline
                    minRows={2}
                    slotProps={{ htmlInput: { maxLength: 1000 } }}
                  />
                  <Stack direction="row" spacing={2}>
                    <Button
                      variant="contained"
                      color="success"
                      disabled={approve.isPending}
                      onClick={() =>
                        approve.mutate(
                          { input: { id: application.id, version: application.version, note } },
                          { onSuccess: () => notify('gevinst.co_financing.approved', { type: 'success' }) },
                        )
                      }
                    >
                      {label('approve')}
                    </Button>
                    <Button
                      variant="outlined"
                      color="error"
                      disabled={reject.isPending}
                      onClick={() =>
                        reject.mutate(
                          { input: { id: application.id, version: application.version, note } },
                          { onSuccess: () => notify('gevinst.co_financing.rejected', { type: 'success' }) },
                        )
                      }
                    >
                      {label('reject')}
                    </Button>
                  </Stack>
                </Stack>
              </CardContent>
            </Card>
          </Grid>
        )}
      </Grid>
      <ApiErrorAlert error={decisionError} />
      <ApiErrorAlert
        error={
          update.error && !(update.error as { body?: { errors?: unknown } }).body?.errors
            ? update.error
            : null
        }
      />
    </Box>
  );
}
