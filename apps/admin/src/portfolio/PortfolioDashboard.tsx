import { useMemo } from 'react';
import { Link, Title, useGetList, useStore, useTranslate } from 'react-admin';
import {
  Box,
  Button,
  FormControl,
  Grid,
  InputLabel,
  MenuItem,
  Paper,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { BenefitStatus, LIMITS, OrganisationKind, RagStatus, Role, isAdmin } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { ChartFigure, DonutChart, RAG_COLOURS, SERIES_COLOURS, SeriesChart } from '../charts';
import { ApiErrorAlert, EmptyState, RagChip, SimpleTable } from '../components';
import { ENUMS, enumLabelKey } from '../enums';
import { formatCompactNok, formatInteger, formatNok, formatPercent, nokToNumber, sumNok } from '../format';
import { initiativesLink, toInitiativeFilter, toPortfolioFilter, type DashboardFilter } from './filters';
import { Kpi } from './Kpi';
import type { InitiativesRealisationQuery, NetPositionsQuery } from '../api/graphql';
import type { Organisation } from '../organisations/organisations.graphql';
import {
  INITIATIVES_REALISATION,
  NET_POSITIONS,
  PORTFOLIO_SUMMARY,
  type PortfolioFigures,
  type RagCounts,
} from './portfolio.graphql';

const THIS_YEAR = new Date().getFullYear();
const YEAR_CHOICES = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 3 - i);
const LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'] as const;

/** The four statuses as the dashboard shows them: the counts' field, the initiatives filter, the colour. */
const RAG_STATUSES = [
  { status: 'GREEN', field: 'green', filter: 'GREEN', colour: RAG_COLOURS.GREEN.background },
  { status: 'AMBER', field: 'amber', filter: 'AMBER', colour: RAG_COLOURS.AMBER.background },
  { status: 'RED', field: 'red', filter: 'RED', colour: RAG_COLOURS.RED.background },
  { status: null, field: 'notAssessed', filter: 'NOT_ASSESSED', colour: '#78909c' },
] as const;

/** One row per status: its label, the benefits and the initiatives with it. */
const ragRowsOf = (translate: (key: string) => string, benefits: RagCounts, initiatives: RagCounts) =>
  RAG_STATUSES.map((row) => ({
    ...row,
    key: row.status ?? 'NONE',
    label: row.status ? translate(`enums.RagStatus.${row.status}`) : translate('gevinst.rag.none'),
    count: benefits[row.field],
    initiatives: initiatives[row.field],
  }));

const FilterSelect = ({
  id,
  label,
  value,
  onChange,
  options,
  allLabel,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { id: string; name: string }[];
  allLabel: string;
}) => (
  <FormControl size="small" fullWidth={false} sx={{ width: 230 }}>
    <InputLabel id={`${id}-label`}>{label}</InputLabel>
    <Select
      labelId={`${id}-label`}
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(String(event.target.value))}
      data-testid={`filter-${id}`}
    >
      <MenuItem value="">{allLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.name}
        </MenuItem>
      ))}
    </Select>
  </FormControl>
);

/** Rows of a breakdown with the same figures: a chart of planned against realised, and the table. */
function breakdownColumns(translate: (key: string, options?: object) => string) {
  return [
    {
      key: 'initiativeCount',
      label: translate('gevinst.portfolio.kpi.initiatives'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatInteger(row.initiativeCount),
    },
    {
      key: 'plannedCostNok',
      label: translate('gevinst.portfolio.kpi.planned_cost'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.plannedCostNok),
    },
    {
      key: 'plannedBenefitNok',
      label: translate('gevinst.portfolio.kpi.planned_benefit'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.plannedBenefitNok),
    },
    {
      key: 'realisedBenefitNok',
      label: translate('gevinst.portfolio.kpi.realised_benefit'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatNok(row.realisedBenefitNok),
    },
    {
      key: 'realisationPercent',
      label: translate('gevinst.portfolio.kpi.realisation'),
      align: 'right' as const,
      render: (row: PortfolioFigures) => formatPercent(row.realisationPercent) || '–',
    },
  ];
}

const Breakdown = <Row extends PortfolioFigures>({
  title,
  rows,
  nameOf,
  linkOf,
  onSelect,
  testId,
}: {
  title: string;
  rows: Row[];
  nameOf: (row: Row) => string;
  linkOf: (row: Row) => string;
  onSelect?: (row: Row) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const chartRows = rows.map((row, index) => ({
    index,
    name: nameOf(row),
    plannedBenefit: nokToNumber(row.plannedBenefitNok),
    realisedBenefit: nokToNumber(row.realisedBenefitNok),
    plannedCost: nokToNumber(row.plannedCostNok),
  }));
  return (
    <ChartFigure
      testId={testId}
      title={title}
      summary={translate('gevinst.portfolio.breakdown_summary', { smart_count: rows.length })}
      chart={
        <SeriesChart
          data={chartRows}
          xKey="name"
          horizontal
          height={Math.max(160, rows.length * 56 + 70)}
          valueFormat={formatNok}
          axisFormat={formatCompactNok}
          onSelect={onSelect ? (row) => onSelect(rows[Number(row.index)]) : undefined}
          series={[
            {
              key: 'plannedCost',
              label: translate('gevinst.portfolio.kpi.planned_cost'),
              colour: SERIES_COLOURS[2],
            },
            {
              key: 'plannedBenefit',
              label: translate('gevinst.portfolio.kpi.planned_benefit'),
              colour: SERIES_COLOURS[0],
            },
            {
              key: 'realisedBenefit',
              label: translate('gevinst.portfolio.kpi.realised_benefit'),
              colour: SERIES_COLOURS[1],
            },
          ]}
        />
      }
      table={
        <SimpleTable
          caption={title}
          rows={rows}
          columns={[
            {
              key: 'name',
              label: translate('gevinst.portfolio.group'),
              render: (row: Row) => <Link to={linkOf(row)}>{nameOf(row)}</Link>,
            },
            ...breakdownColumns(translate),
          ]}
        />
      }
    />
  );
};

const levelName = (translate: (key: string) => string, level: string | null, missing: string) =>
  level ? translate(enumLabelKey('AdministrativeLevel', level)) : translate(missing);

/** Who pays (rows) against who benefits (columns), by administrative level. */
const PayBenefitMatrix = ({
  data,
  filter,
}: {
  data: NetPositionsQuery['netPositions'];
  filter: DashboardFilter;
}) => {
  const translate = useTranslate();
  const payers = [...LEVELS, null].filter((level) => data.matrix.some((cell) => cell.payerLevel === level));
  const beneficiaries = [...LEVELS, null].filter((level) =>
    data.matrix.some((cell) => cell.beneficiaryLevel === level),
  );
  const cellOf = (payer: string | null, beneficiary: string | null) =>
    data.matrix.find((cell) => cell.payerLevel === payer && cell.beneficiaryLevel === beneficiary);
  if (data.matrix.length === 0) return <EmptyState message="gevinst.portfolio.matrix_empty" />;
  return (
    <Box sx={{ overflowX: 'auto' }} data-testid="pay-benefit-matrix">
      <table style={{ borderCollapse: 'collapse', minWidth: 560 }}>
        <caption style={{ textAlign: 'left', padding: '4px 0' }}>
          <Typography variant="body2" color="text.secondary" component="span">
            {translate('gevinst.portfolio.matrix_caption')}
          </Typography>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: 8 }}>
              {translate('gevinst.portfolio.matrix_corner')}
            </th>
            {beneficiaries.map((level) => (
              <th key={String(level)} scope="col" style={{ textAlign: 'right', padding: 8 }}>
                {levelName(translate, level, 'gevinst.portfolio.no_benefit')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {payers.map((payer) => (
            <tr key={String(payer)} style={{ borderTop: '1px solid #e0e0e0' }}>
              <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
                {payer ? (
                  <Link to={initiativesLink(filter, { administrativeLevel: payer })}>
                    {levelName(translate, payer, 'gevinst.portfolio.no_cost')}
                  </Link>
                ) : (
                  levelName(translate, payer, 'gevinst.portfolio.no_cost')
                )}
              </th>
              {beneficiaries.map((beneficiary) => {
                const cell = cellOf(payer, beneficiary);
                return (
                  <td
                    key={String(beneficiary)}
                    style={{
                      textAlign: 'right',
                      padding: 8,
                      verticalAlign: 'top',
                      whiteSpace: 'nowrap',
                      fontSize: 14,
                    }}
                  >
                    {cell ? (
                      <>
                        <div>
                          {translate('gevinst.portfolio.matrix_cost', { amount: formatNok(cell.costNok) })}
                        </div>
                        <div style={{ color: '#2e5e1f' }}>
                          {translate('gevinst.portfolio.matrix_benefit', {
                            amount: formatNok(cell.plannedBenefitNok),
                          })}
                        </div>
                        <div style={{ color: '#455a64', fontSize: 12 }}>
                          {translate('gevinst.portfolio.matrix_realised', {
                            amount: formatNok(cell.realisedBenefitNok),
                          })}
                        </div>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
};

/** The initiatives whose monetised benefits are furthest behind plan to date. */
const BehindPlan = ({ data }: { data: InitiativesRealisationQuery['initiatives']['nodes'] }) => {
  const translate = useTranslate();
  const rows = useMemo(
    () =>
      data
        .map((initiative) => {
          const benefits = initiative.benefits.filter(
            (benefit) => benefit.status !== BenefitStatus.CANCELLED,
          );
          const planned = sumNok(benefits.map((benefit) => benefit.realisation.monetisedPlannedNok));
          const realised = sumNok(benefits.map((benefit) => benefit.realisation.monetisedRealisedNok));
          const percent =
            nokToNumber(planned) > 0 ? (nokToNumber(realised) / nokToNumber(planned)) * 100 : null;
          return {
            ...initiative,
            planned,
            realised,
            gap: sumNok([planned, `-${realised}`.replace('--', '')]),
            percent,
            red: benefits.filter((benefit) => benefit.realisation.rag === RagStatus.RED).length,
            amber: benefits.filter((benefit) => benefit.realisation.rag === RagStatus.AMBER).length,
          };
        })
        .filter((row) => row.percent !== null && row.percent < 100)
        .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || nokToNumber(b.gap) - nokToNumber(a.gap))
        .slice(0, 8),
    [data],
  );
  return (
    <SimpleTable
      testId="behind-plan"
      caption={translate('gevinst.portfolio.behind_caption')}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<EmptyState message="gevinst.portfolio.behind_empty" />}
      columns={[
        {
          key: 'code',
          label: translate('resources.initiatives.name', { smart_count: 1 }),
          render: (row) => (
            <Link to={`/initiatives/${row.id}/show/benefits`}>
              {row.code} – {row.name}
            </Link>
          ),
        },
        {
          key: 'planned',
          label: translate('gevinst.portfolio.planned_to_date'),
          align: 'right',
          render: (row) => formatNok(row.planned),
        },
        {
          key: 'realised',
          label: translate('gevinst.portfolio.kpi.realised_benefit'),
          align: 'right',
          render: (row) => formatNok(row.realised),
        },
        {
          key: 'percent',
          label: translate('gevinst.portfolio.kpi.realisation'),
          align: 'right',
          render: (row) => formatPercent(row.percent, { digits: 1 }),
        },
        {
          key: 'rag',
          label: translate('gevinst.portfolio.red_amber'),
          render: (row) => (
            <Stack direction="row" spacing={0.5}>
              {row.red > 0 && <RagChip rag="RED" />}
              {row.amber > 0 && <RagChip rag="AMBER" />}
              <Typography variant="body2" component="span">
                {translate('gevinst.portfolio.red_amber_count', { red: row.red, amber: row.amber })}
              </Typography>
            </Stack>
          ),
        },
      ]}
    />
  );
};

const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-labelledby={id}>
    <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Paper>
);

/**
 * The portfolio dashboard for reviewers and administrators: key figures, planned against realised over
 * time, breakdowns, RAG, who pays against who benefits, and the initiatives furthest behind plan. Every
 * figure follows the filter and links to the initiatives behind it.
 */
export const PortfolioDashboard = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const admin = !!principal && isAdmin(principal);
  const reviewer = hasAnyRole(principal, Role.PORTFOLIO_REVIEWER) && !admin;
  const [stored, setFilter] = useStore<DashboardFilter>('gevinst.portfolio.filter', {});
  const filter: DashboardFilter = reviewer ? { ...stored, ministryId: principal?.organisationId } : stored;
  const update = (changes: Partial<DashboardFilter>) => setFilter({ ...stored, ...changes });

  const variables = { filter: toPortfolioFilter(filter) };
  const summary = useApiQuery(PORTFOLIO_SUMMARY, variables, { keepPrevious: true });
  const net = useApiQuery(NET_POSITIONS, variables, { keepPrevious: true });
  const realisation = useApiQuery(
    INITIATIVES_REALISATION,
    { filter: toInitiativeFilter(filter), limit: LIMITS.pageSize },
    { keepPrevious: true },
  );
  const ministries = useGetList<Organisation>(
    'organisations',
    {
      filter: { kind: OrganisationKind.MINISTRY },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: admin },
  );

  const data = summary.data?.portfolioSummary;
  const ragRows = data ? ragRowsOf(translate, data.rag, data.initiativeRag) : [];
  const enumOptions = (name: 'LifeEvent' | 'AdministrativeLevel' | 'InitiativePhase') =>
    Object.values(ENUMS[name]).map((value: string) => ({
      id: value,
      name: translate(enumLabelKey(name, value)),
    }));
  const all = translate('gevinst.portfolio.all');
  const link = initiativesLink(filter);
  const filtered = Object.values(stored).some((value) => value !== undefined && value !== '');

  return (
    <Box sx={{ mt: 2 }} data-testid="portfolio-dashboard">
      <Title title="gevinst.menu.portfolio" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('gevinst.portfolio.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {translate(reviewer ? 'gevinst.portfolio.intro_reviewer' : 'gevinst.portfolio.intro')}
      </Typography>

      <Paper
        variant="outlined"
        sx={{ p: 2, mb: 2 }}
        component="section"
        aria-label={translate('gevinst.portfolio.filters')}
      >
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          {admin && (
            <FilterSelect
              id="ministry"
              label={translate('resources.initiatives.fields.ministryId')}
              value={filter.ministryId ?? ''}
              onChange={(value) => update({ ministryId: value || undefined })}
              options={(ministries.data ?? []).map((ministry: Organisation) => ({
                id: ministry.id,
                name: ministry.name,
              }))}
              allLabel={all}
            />
          )}
          <FilterSelect
            id="lifeEvent"
            label={translate('resources.initiatives.fields.lifeEvent')}
            value={filter.lifeEvent ?? ''}
            onChange={(value) => update({ lifeEvent: value || undefined })}
            options={enumOptions('LifeEvent')}
            allLabel={all}
          />
          <FilterSelect
            id="administrativeLevel"
            label={translate('gevinst.portfolio.participant_level')}
            value={filter.administrativeLevel ?? ''}
            onChange={(value) => update({ administrativeLevel: value || undefined })}
            options={enumOptions('AdministrativeLevel')}
            allLabel={all}
          />
          <FilterSelect
            id="phase"
            label={translate('resources.initiatives.fields.phase')}
            value={filter.phase ?? ''}
            onChange={(value) => update({ phase: value || undefined })}
            options={enumOptions('InitiativePhase')}
            allLabel={all}
          />
          <FilterSelect
            id="fromYear"
            label={translate('gevinst.portfolio.from_year')}
            value={filter.fromYear ? String(filter.fromYear) : ''}
            onChange={(value) => update({ fromYear: value ? Number(value) : undefined })}
            options={YEAR_CHOICES.map((year) => ({ id: String(year), name: String(year) }))}
            allLabel={all}
          />
          <FilterSelect
            id="toYear"
            label={translate('gevinst.portfolio.to_year')}
            value={filter.toYear ? String(filter.toYear) : ''}
            onChange={(value) => update({ toYear: value ? Number(value) : undefined })}
            options={YEAR_CHOICES.map((year) => ({ id: String(year), name: String(year) }))}
            allLabel={all}
          />
          {filtered && (
            <Button onClick={() => setFilter({})}>{translate('ra.action.remove_all_filters')}</Button>
          )}
        </Box>
      </Paper>

      <ApiErrorAlert error={summary.error} />
      {data && (
        <Box aria-busy={summary.isFetching} sx={{ opacity: summary.isFetching ? 0.6 : 1 }}>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mb: 1 }}
            aria-live="polite"
            data-testid="portfolio-period"
          >
            {translate('gevinst.portfolio.period', {
              from: data.fromYear ?? '–',
              to: data.toYear ?? '–',
              smart_count: data.initiativeCount,
            })}
          </Typography>
          <Grid
            container
            spacing={2}
            sx={{ mb: 3 }}
            component="section"
            aria-label={translate('gevinst.portfolio.kpis')}
          >
            <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
              <Kpi
                testId="kpi-initiatives"
                label={translate('gevinst.portfolio.kpi.initiatives')}
                value={formatInteger(data.initiativeCount)}
                detail={translate('gevinst.portfolio.kpi.benefits', { smart_count: data.benefitCount })}
                to={link}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
              <Kpi
                testId="kpi-planned-cost"
                label={translate('gevinst.portfolio.kpi.planned_cost')}
                value={formatNok(data.plannedCostNok)}
                detail={translate('gevinst.portfolio.kpi.actual_cost', {
                  amount: formatNok(data.actualCostNok),
                })}
                to={link}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
              <Kpi
                testId="kpi-planned-benefit"
                label={translate('gevinst.portfolio.kpi.planned_benefit')}
                value={formatNok(data.plannedBenefitNok)}
                detail={translate('gevinst.portfolio.kpi.planned_to_date', {
                  amount: formatNok(data.plannedBenefitToDateNok),
                })}
                to={link}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
              <Kpi
                testId="kpi-realised-benefit"
                label={translate('gevinst.portfolio.kpi.realised_benefit')}
                value={formatNok(data.realisedBenefitNok)}
                to={link}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 2.4 }}>
              <Kpi
                testId="kpi-realisation"
                label={translate('gevinst.portfolio.kpi.realisation')}
                value={data.realisationPercent === null ? '–' : formatPercent(data.realisationPercent)}
                detail={translate('gevinst.portfolio.kpi.realisation_detail')}
                to={link}
              />
            </Grid>
          </Grid>

          {data.initiativeCount === 0 ? (
            <EmptyState message="gevinst.portfolio.empty" hint="gevinst.portfolio.empty_hint" />
          ) : (
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, lg: 8 }}>
                <Section id="portfolio-years" title={translate('gevinst.portfolio.over_time')}>
                  <ChartFigure
                    testId="portfolio-by-year"
                    title={translate('gevinst.portfolio.over_time_chart')}
                    summary={translate('gevinst.portfolio.over_time_summary', {
                      planned: formatNok(data.plannedBenefitNok),
                      realised: formatNok(data.realisedBenefitNok),
                    })}
                    chart={
                      <SeriesChart
                        data={data.byYear.map((year) => ({
                          year: String(year.year),
                          plannedCost: nokToNumber(year.plannedCostNok),
                          plannedBenefit: nokToNumber(year.plannedBenefitNok),
                          realisedBenefit:
                            year.realisedBenefitNok === null ? null : nokToNumber(year.realisedBenefitNok),
                        }))}
                        xKey="year"
                        valueFormat={formatNok}
                        axisFormat={formatCompactNok}
                        series={[
                          {
                            key: 'plannedCost',
                            label: translate('gevinst.portfolio.kpi.planned_cost'),
                            colour: SERIES_COLOURS[2],
                          },
                          {
                            key: 'plannedBenefit',
                            label: translate('gevinst.portfolio.kpi.planned_benefit'),
                            colour: SERIES_COLOURS[0],
                            type: 'line',
                            dashed: true,
                          },
                          {
                            key: 'realisedBenefit',
                            label: translate('gevinst.portfolio.kpi.realised_benefit'),
                            colour: SERIES_COLOURS[1],
                            type: 'line',
                          },
                        ]}
                      />
                    }
                    table={
                      <SimpleTable
                        caption={translate('gevinst.portfolio.over_time_chart')}
                        rows={data.byYear}
                        rowKey={(row) => String(row.year)}
                        columns={[
                          { key: 'year', label: translate('gevinst.economics.year') },
                          {
                            key: 'plannedCostNok',
                            label: translate('gevinst.portfolio.kpi.planned_cost'),
                            align: 'right',
                            render: (row) => formatNok(row.plannedCostNok),
                          },
                          {
                            key: 'actualCostNok',
                            label: translate('gevinst.economics.actual_cost'),
                            align: 'right',
                            render: (row) => formatNok(row.actualCostNok) || '–',
                          },
                          {
                            key: 'plannedBenefitNok',
                            label: translate('gevinst.portfolio.kpi.planned_benefit'),
                            align: 'right',
                            render: (row) => formatNok(row.plannedBenefitNok),
                          },
                          {
                            key: 'realisedBenefitNok',
                            label: translate('gevinst.portfolio.kpi.realised_benefit'),
                            align: 'right',
                            render: (row) => formatNok(row.realisedBenefitNok) || '–',
                          },
                        ]}
                      />
                    }
                  />
                </Section>
              </Grid>
              <Grid size={{ xs: 12, lg: 4 }}>
                <Section id="portfolio-rag" title={translate('gevinst.portfolio.rag')}>
                  <ChartFigure
                    testId="portfolio-rag"
                    title={translate('gevinst.portfolio.rag_chart')}
                    summary={translate('gevinst.portfolio.rag_summary', {
                      green: data.rag.green,
                      amber: data.rag.amber,
                      red: data.rag.red,
                      none: data.rag.notAssessed,
                    })}
                    tableOpen
                    chart={
                      <DonutChart
                        slices={ragRows.map((row) => ({
                          key: row.key,
                          label: row.label,
                          value: row.count,
                          colour: row.colour,
                        }))}
                      />
                    }
                    table={
                      <SimpleTable
                        caption={translate('gevinst.portfolio.rag_chart')}
                        rows={ragRows}
                        rowKey={(row) => row.key}
                        columns={[
                          {
                            key: 'key',
                            label: translate('resources.benefits.fields.rag'),
                            render: (row) => <RagChip rag={row.status} />,
                          },
                          {
                            key: 'count',
                            label: translate('gevinst.portfolio.benefit_count'),
                            align: 'right',
                          },
                          {
                            key: 'initiatives',
                            label: translate('gevinst.portfolio.initiatives_by_rag'),
                            align: 'right',
                            render: (row) => (
                              <Link
                                to={initiativesLink(filter, { rag: row.filter })}
                                aria-label={translate('gevinst.portfolio.initiatives_by_rag_link', {
                                  smart_count: row.initiatives,
                                  status: row.label,
                                })}
                              >
                                {formatInteger(row.initiatives)}
                              </Link>
                            ),
                          },
                        ]}
                      />
                    }
                  />
                  <Button component={Link} to="/benefits" size="small">
                    {translate('gevinst.portfolio.to_benefits')}
                  </Button>
                </Section>
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <Section id="portfolio-ministry" title={translate('gevinst.portfolio.by_ministry')}>
                  <Breakdown
                    testId="portfolio-by-ministry"
                    title={translate('gevinst.portfolio.by_ministry')}
                    rows={data.byMinistry}
                    nameOf={(row) => row.ministry.name}
                    linkOf={(row) => initiativesLink(filter, { ministryId: row.ministryId })}
                    onSelect={admin ? (row) => update({ ministryId: row.ministryId }) : undefined}
                  />
                </Section>
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <Section id="portfolio-life-event" title={translate('gevinst.portfolio.by_life_event')}>
                  <Breakdown
                    testId="portfolio-by-life-event"
                    title={translate('gevinst.portfolio.by_life_event')}
                    rows={data.byLifeEvent}
                    nameOf={(row) =>
                      row.lifeEvent
                        ? translate(enumLabelKey('LifeEvent', row.lifeEvent))
                        : translate('gevinst.portfolio.no_life_event')
                    }
                    linkOf={(row) =>
                      initiativesLink(filter, row.lifeEvent ? { lifeEvent: row.lifeEvent } : {})
                    }
                    onSelect={(row) => row.lifeEvent && update({ lifeEvent: row.lifeEvent })}
                  />
                </Section>
              </Grid>
              <Grid size={{ xs: 12, lg: 5 }}>
                <Section id="portfolio-level" title={translate('gevinst.portfolio.by_level')}>
                  <Breakdown
                    testId="portfolio-by-level"
                    title={translate('gevinst.portfolio.by_level')}
                    rows={data.byAdministrativeLevel}
                    nameOf={(row) => translate(enumLabelKey('AdministrativeLevel', row.level))}
                    linkOf={(row) => initiativesLink(filter, { administrativeLevel: row.level })}
                  />
                </Section>
              </Grid>
              <Grid size={{ xs: 12, lg: 7 }}>
                <Section id="portfolio-matrix" title={translate('gevinst.portfolio.matrix')}>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('gevinst.portfolio.matrix_help')}
                  </Typography>
                  <ApiErrorAlert error={net.error} />
                  {net.data && <PayBenefitMatrix data={net.data.netPositions} filter={filter} />}
                </Section>
              </Grid>
              <Grid size={12}>
                <Section id="portfolio-behind" title={translate('gevinst.portfolio.behind')}>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('gevinst.portfolio.behind_help')}
                  </Typography>
                  <ApiErrorAlert error={realisation.error} />
                  {realisation.data && <BehindPlan data={realisation.data.initiatives.nodes} />}
                </Section>
              </Grid>
            </Grid>
          )}
        </Box>
      )}
    </Box>
  );
};

export default PortfolioDashboard;
