import { Button, FormControl, InputLabel, MenuItem, Paper, Select, Box } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { OrganisationKind } from '@gevinst/domain';
import { ENUMS, enumLabelKey } from '../../enums';
import type { Organisation } from '../../organisations/organisations.graphql';
import type { DashboardFilter } from '../filters';

const THIS_YEAR = new Date().getFullYear();
const YEAR_CHOICES = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 3 - i);

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
  <FormControl size="small" fullWidth={false} sx={{ width: { xs: '100%', sm: 230 } }}>
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

/**
 * The dashboard's filters: ministry (administrators only; a reviewer sees their own ministry), life
 * event, participants' administrative level, phase and the period.
 */
export const FilterBar = ({
  filter,
  admin,
  filtered,
  update,
  clear,
}: {
  filter: DashboardFilter;
  admin: boolean;
  /** Whether any filter of the user's own is set (the reviewer's ministry is not theirs to remove). */
  filtered: boolean;
  update: (changes: Partial<DashboardFilter>) => void;
  clear: () => void;
}) => {
  const translate = useTranslate();
  const ministries = useGetList<Organisation>(
    'organisations',
    {
      filter: { kind: OrganisationKind.MINISTRY },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: admin },
  );
  const enumOptions = (name: 'LifeEvent' | 'AdministrativeLevel' | 'InitiativePhase') =>
    Object.values(ENUMS[name]).map((value: string) => ({
      id: value,
      name: translate(enumLabelKey(name, value)),
    }));
  const all = translate('gevinst.portfolio.all');
  return (
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
        {filtered && <Button onClick={clear}>{translate('ra.action.remove_all_filters')}</Button>}
      </Box>
    </Paper>
  );
};
