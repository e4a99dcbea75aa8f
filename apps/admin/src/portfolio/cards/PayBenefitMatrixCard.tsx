import { Link, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { NetPositionsQuery } from '../../api/graphql';
import { ApiErrorAlert, EmptyState } from '../../components';
import { enumLabelKey } from '../../enums';
import { formatNok, formatPercent } from '../../format';
import { initiativesLink, type DashboardFilter } from '../filters';
import { type Payer, matrixCell, matrixPayers, payerKey, payerLines } from '../payers';
import {
  matrixBeneficiaryOf,
  matrixPayerOf,
  positionsLink,
} from '../../organisationPositions/positionFilters';
import { Section } from './Section';

const LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'] as const;

const levelName = (translate: (key: string) => string, level: string | null, missing: string) =>
  level ? translate(enumLabelKey('AdministrativeLevel', level)) : translate(missing);

/** A payer's name: the level, the scheme ("DigiFin", "Co-financing scheme") or "No cost". */
const payerName = (translate: (key: string) => string, payer: Payer) =>
  payer.kind === 'LEVEL'
    ? translate(enumLabelKey('AdministrativeLevel', payer.level))
    : payer.kind === 'SCHEME'
      ? translate(enumLabelKey('FundingScheme', payer.scheme))
      : translate('gevinst.portfolio.no_cost');

const numberCell = { textAlign: 'right', padding: 8, whiteSpace: 'nowrap' } as const;

/**
 * Who pays: per level, its organisations' allocations, their own-budget payments and the sum paid; per
 * grant scheme, what it pays; each with its share of everything paid; and the totals.
 */
const Payers = ({ data }: { data: NonNullable<NetPositionsQuery['netPositions']> }) => {
  const translate = useTranslate();
  const lines = payerLines(data);
  if (!lines.length) return null;
  return (
    // A region that may scroll sideways on a narrow screen: focusable so the keyboard can scroll it too.
    <Box
      sx={{ overflowX: 'auto', mb: 2 }}
      data-testid="payers"
      tabIndex={0}
      role="region"
      aria-label={translate('gevinst.portfolio.payers_caption')}
    >
      <table style={{ borderCollapse: 'collapse', minWidth: 560 }}>
        <caption style={{ textAlign: 'left', padding: '4px 0' }}>
          <Typography variant="body2" color="text.secondary" component="span">
            {translate('gevinst.portfolio.payers_caption')}
          </Typography>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: 8 }}>
              {translate('gevinst.portfolio.payer')}
            </th>
            <th scope="col" style={numberCell}>
              {translate('gevinst.portfolio.paid_allocated')}
            </th>
            <th scope="col" style={numberCell}>
              {translate('gevinst.portfolio.paid_own_budget')}
            </th>
            <th scope="col" style={numberCell}>
              {translate('gevinst.portfolio.paid')}
            </th>
            <th scope="col" style={numberCell}>
              {translate('gevinst.portfolio.paid_share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={payerKey(line.payer)} style={{ borderTop: '1px solid #e0e0e0' }}>
              <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
                {payerName(translate, line.payer)}
                {line.payer.kind === 'SCHEME' && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {translate('gevinst.portfolio.scheme_payer')}
                  </Typography>
                )}
              </th>
              <td style={numberCell}>{line.allocatedNok === null ? '–' : formatNok(line.allocatedNok)}</td>
              <td style={numberCell}>{line.ownBudgetNok === null ? '–' : formatNok(line.ownBudgetNok)}</td>
              <td style={numberCell}>{formatNok(line.paidNok)}</td>
              <td style={numberCell}>
                {line.share === null ? '–' : formatPercent(line.share, { fraction: true })}
              </td>
            </tr>
          ))}
          <tr style={{ borderTop: '2px solid #9e9e9e' }} data-testid="payers-total">
            <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
              {translate('gevinst.portfolio.paid_total')}
            </th>
            <td style={numberCell}>{formatNok(data.totals.allocatedCostNok)}</td>
            <td style={numberCell}>{formatNok(data.totals.ownBudgetCostNok)}</td>
            <td style={numberCell}>{formatNok(data.totals.paidNok)}</td>
            <td style={numberCell} />
          </tr>
        </tbody>
      </table>
    </Box>
  );
};

/** Who pays (rows) against who benefits (columns), by administrative level. */
const PayBenefitMatrix = ({
  data,
  filter,
}: {
  data: NonNullable<NetPositionsQuery['netPositions']>;
  filter: DashboardFilter;
}) => {
  const translate = useTranslate();
  const payers = matrixPayers(data.matrix);
  const beneficiaries = [...LEVELS, null].filter((level) =>
    data.matrix.some((cell) => cell.beneficiaryLevel === level),
  );
  const cellOf = (payer: Payer, beneficiary: string | null) => matrixCell(data.matrix, payer, beneficiary);
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
            <tr key={payerKey(payer)} style={{ borderTop: '1px solid #e0e0e0' }}>
              <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
                {payer.kind === 'LEVEL' ? (
                  <Link to={initiativesLink(filter, { administrativeLevel: payer.level })}>
                    {payerName(translate, payer)}
                  </Link>
                ) : (
                  payerName(translate, payer)
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
                      // The cell opens the organisations behind it: the per-organisation view filtered to this
                      // payer row and beneficiary column (its label there says how its sums relate to the cell).
                      <Link
                        to={positionsLink(filter, {
                          matrixPayer: matrixPayerOf(payer),
                          matrixBeneficiary: matrixBeneficiaryOf(beneficiary),
                        })}
                        title={translate('gevinst.portfolio.matrix_open', {
                          payer: payerName(translate, payer),
                          beneficiary: levelName(translate, beneficiary, 'gevinst.portfolio.no_benefit'),
                        })}
                        data-testid={`matrix-cell-${matrixPayerOf(payer)}-${matrixBeneficiaryOf(beneficiary)}`}
                      >
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
                      </Link>
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

/** Who pays against who benefits, with the query's error if it failed. */
export const PayBenefitMatrixCard = ({
  data,
  error,
  filter,
}: {
  data: NetPositionsQuery | undefined;
  error: unknown;
  filter: DashboardFilter;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-matrix" title={translate('gevinst.portfolio.matrix')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.portfolio.matrix_help')}
      </Typography>
      <ApiErrorAlert error={error} />
      {data?.netPositions && <Payers data={data.netPositions} />}
      {data?.netPositions && <PayBenefitMatrix data={data.netPositions} filter={filter} />}
      <Box sx={{ mt: 1 }}>
        <Link to={positionsLink(filter)} data-testid="open-organisation-positions">
          {translate('gevinst.portfolio.per_organisation')}
        </Link>
      </Box>
    </Section>
  );
};
