import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import { canAdministerSchemes } from '@gevinst/domain';
import { usePrincipal } from '../../access';
import { messageOf, useApiMutation, useApiQuery } from '../../api/client';
import { ApiErrorAlert, SimpleTable } from '../../components';
import { formatDate, formatDateTime, formatDecimal } from '../../format';
import {
  APPROVE_BENEFIT_PLAN_VERSION,
  INITIATIVE_BENEFIT_PLAN,
  PROPOSE_BENEFIT_PLAN_VERSION,
  REJECT_BENEFIT_PLAN_VERSION,
} from '../benefitPlan.graphql';
import type { Initiative } from '../initiatives.graphql';
import { useCanEditInitiative } from '../useCanEdit';

const KEY = 'resources.initiatives.benefit_plan.';

/** A value of a deviation as shown: decimals the Norwegian way, dates as dates, the rest as is. */
function shown(
  field: string | null | undefined,
  value: string | null | undefined,
  translate: (k: string) => string,
) {
  if (value === null || value === undefined) return '–';
  if (field === 'cancelled') return translate(`${KEY}${value === 'true' ? 'yes' : 'no'}`);
  if (field && /^-?\d+(\.\d+)?$/.test(value) && !['ownerUserId', 'receivingOrganisationId'].includes(field))
    return formatDecimal(value);
  if (field && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value;
}

/**
 * The binding benefits plan (co-financing): the versions with status, proposer, approver and dates; the
 * deviations of the live benefits from the version in force (what, from → to, when, by whom, why); the
 * owner proposes a version, the secretariat (SCHEME_ADMINISTRATOR) and admins approve or reject it.
 */
export const BenefitPlanTab = () => {
  const record = useRecordContext<Initiative>();
  const translate = useTranslate();
  const notify = useNotify();
  const principal = usePrincipal();
  const canPropose = useCanEditInitiative();
  const canDecide = !!principal && canAdministerSchemes(principal);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const query = useApiQuery(INITIATIVE_BENEFIT_PLAN, { id: record?.id }, { enabled: !!record?.id });
  const propose = useApiMutation(PROPOSE_BENEFIT_PLAN_VERSION);
  const approve = useApiMutation(APPROVE_BENEFIT_PLAN_VERSION);
  const reject = useApiMutation(REJECT_BENEFIT_PLAN_VERSION);
  if (!record) return null;
  if (query.error) return <ApiErrorAlert error={query.error} />;
  const data = query.data?.initiative;
  if (!data) return null;
  const inForce = data.benefitPlanInForce;
  const proposed = data.benefitPlanVersions.find((v) => v.status === 'PROPOSED');
  const done = (message: string) => () => notify(message, { type: 'success' });
  const failed = (error: unknown) => notify(messageOf(error), { type: 'error' });

  return (
    <Stack spacing={3} data-testid="benefit-plan-tab">
      <Typography variant="body2" color="text.secondary">
        {translate(`${KEY}intro`)}
      </Typography>
      {inForce ? (
        <Alert severity="info" data-testid="benefit-plan-in-force">
          {translate(`${KEY}in_force`, {
            version: inForce.versionNumber,
            date: formatDate(inForce.approvedAt),
            by: inForce.approvedBy ?? '–',
          })}
        </Alert>
      ) : (
        <Alert severity="warning">{translate(`${KEY}none_in_force`)}</Alert>
      )}

      <Box sx={{ overflowX: 'auto', '& table': { minWidth: 760 } }}>
        <SimpleTable
          caption={translate(`${KEY}versions`)}
          testId="benefit-plan-versions"
          rows={data.benefitPlanVersions}
          rowKey={(v) => v.id}
          empty={<Typography variant="body2">{translate(`${KEY}no_versions`)}</Typography>}
          columns={[
            {
              key: 'version',
              label: translate(`${KEY}version`),
              align: 'right',
              render: (v) => v.versionNumber,
            },
            {
              key: 'status',
              label: translate(`${KEY}status_label`),
              render: (v) => (
                <Chip
                  size="small"
                  label={translate(`enums.BenefitPlanStatus.${v.status}`)}
                  color={
                    v.status === 'APPROVED' ? 'success' : v.status === 'PROPOSED' ? 'warning' : 'default'
                  }
                />
              ),
            },
            { key: 'reason', label: translate(`${KEY}reason`), render: (v) => v.reason },
            {
              key: 'proposed',
              label: translate(`${KEY}proposed`),
              render: (v) => `${formatDate(v.proposedAt)} · ${v.proposedByName ?? '–'}`,
            },
            {
              key: 'decided',
              label: translate(`${KEY}decided`),
              render: (v) =>
                v.decidedAt
                  ? `${formatDate(v.decidedAt)} · ${v.decidedByName ?? '–'}${v.decisionNote ? ` («${v.decisionNote}»)` : ''}`
                  : '–',
            },
            {
              key: 'superseded',
              label: translate(`${KEY}superseded`),
              render: (v) => (v.supersededAt ? formatDate(v.supersededAt) : '–'),
            },
          ]}
        />
      </Box>

      {proposed && canDecide && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            size="small"
            label={translate(`${KEY}note`)}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            sx={{ minWidth: 240, flex: 1 }}
          />
          <Button
            variant="contained"
            color="success"
            disabled={approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: proposed.id, note },
                { onSuccess: done(translate(`${KEY}approved`)), onError: failed },
              )
            }
          >
            {translate(`${KEY}approve`, { version: proposed.versionNumber })}
          </Button>
          <Button
            variant="outlined"
            color="error"
            disabled={reject.isPending}
            onClick={() =>
              reject.mutate(
                { id: proposed.id, note },
                { onSuccess: done(translate(`${KEY}rejected`)), onError: failed },
              )
            }
          >
            {translate(`${KEY}reject`, { version: proposed.versionNumber })}
          </Button>
        </Box>
      )}

      <Box sx={{ overflowX: 'auto', '& table': { minWidth: 1000 } }}>
        <SimpleTable
          caption={translate(`${KEY}deviations`)}
          testId="benefit-plan-deviations"
          rows={data.benefitPlanDeviations}
          rowKey={(d, i) => `${d.benefitId}-${d.field ?? d.kind}-${d.targetDate ?? ''}-${i}`}
          empty={
            <Typography variant="body2">
              {translate(inForce ? `${KEY}no_deviations` : `${KEY}no_deviations_without_plan`)}
            </Typography>
          }
          columns={[
            { key: 'benefit', label: translate(`${KEY}benefit`), render: (d) => d.title },
            {
              key: 'what',
              label: translate(`${KEY}what`),
              render: (d) =>
                d.kind !== 'FIELD_CHANGED'
                  ? translate(`enums.BenefitPlanChangeKind.${d.kind}`)
                  : `${translate(`enums.BenefitPlanField.${d.field}`)}${d.targetDate ? ` ${formatDate(d.targetDate)}` : ''}`,
            },
            {
              key: 'from',
              label: translate(`${KEY}from`),
              align: 'right',
              render: (d) => shown(d.field, d.from, translate),
            },
            {
              key: 'to',
              label: translate(`${KEY}to`),
              align: 'right',
              render: (d) => shown(d.field, d.to, translate),
            },
            {
              key: 'when',
              label: translate(`${KEY}when`),
              render: (d) => (d.changedAt ? formatDateTime(d.changedAt) : '–'),
            },
            { key: 'who', label: translate(`${KEY}who`), render: (d) => d.changedBy ?? '–' },
            { key: 'why', label: translate(`${KEY}why`), render: (d) => d.reason ?? '–' },
          ]}
        />
      </Box>

      {canPropose && !proposed && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            size="small"
            required
            label={translate(`${KEY}propose_reason`)}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ minWidth: 240, flex: 1 }}
          />
          <Button
            variant="contained"
            disabled={propose.isPending || !reason.trim()}
            onClick={() =>
              propose.mutate(
                { initiativeId: record.id, reason },
                {
                  onSuccess: () => {
                    setReason('');
                    done(translate(`${KEY}proposed_done`))();
                  },
                  onError: failed,
                },
              )
            }
          >
            {translate(`${KEY}propose`)}
          </Button>
        </Box>
      )}
    </Stack>
  );
};
