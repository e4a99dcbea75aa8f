import { Link, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { NetPositionsQuery } from '../../api/graphql';
import { ApiErrorAlert, EmptyState } from '../../components';
import { enumLabelKey } from '../../enums';
import { formatNok } from '../../format';
import { initiativesLink, type DashboardFilter } from '../filters';
import { Section } from './Section';

const LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'] as const;

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
      {data && <PayBenefitMatrix data={data.netPositions} filter={filter} />}
    </Section>
  );
};
