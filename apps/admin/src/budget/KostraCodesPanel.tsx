import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { isKostraCode } from '@gevinst/domain';
import { messageOf, useApiMutation, useApiQuery } from '../api/client';
import { ApiErrorAlert, SimpleTable } from '../components';
import { KOSTRA_CODES, SET_KOSTRA_CODE } from './budget.graphql';

type Code = { category: string; art: string; function: string; own: boolean };

const CodeEditor = ({ organisationId, code }: { organisationId: string; code: Code }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [art, setArt] = useState(code.art);
  const [fn, setFn] = useState(code.function);
  const save = useApiMutation(SET_KOSTRA_CODE);
  const valid = isKostraCode(art) && isKostraCode(fn);
  const changed = art !== code.art || fn !== code.function;
  return (
    // On a phone the two fields and the button stack, each at its full width (in a row they were squeezed
    // to one visible digit at 390 px).
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ alignItems: { xs: 'stretch', sm: 'center' } }}
    >
      <TextField
        size="small"
        label={translate('gevinst.budget.art')}
        value={art}
        onChange={(event) => setArt(event.target.value.trim())}
        error={!isKostraCode(art)}
        slotProps={{
          htmlInput: { inputMode: 'numeric', maxLength: 3, 'data-testid': `art-${code.category}` },
        }}
        sx={{ width: { xs: 96, sm: 90 }, flexShrink: 0 }}
      />
      <TextField
        size="small"
        label={translate('gevinst.budget.function')}
        value={fn}
        onChange={(event) => setFn(event.target.value.trim())}
        error={!isKostraCode(fn)}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
        sx={{ width: { xs: 96, sm: 110 }, flexShrink: 0 }}
      />
      <Button
        size="small"
        disabled={!valid || !changed || save.isPending}
        onClick={() =>
          save.mutate(
            { organisationId, category: code.category, art, function: fn },
            {
              onSuccess: () => notify('gevinst.budget.kostra_saved', { type: 'success' }),
              onError: (error) => notify(messageOf(error), { type: 'error' }),
            },
          )
        }
      >
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
};

/**
 * The finance officer's KOSTRA codes (issue 21): per cost category the art and function the allocation
 * exports and the budget forecast carry — Gevinst's suggestion until the organisation chooses its own.
 */
export const KostraCodesPanel = ({
  organisationId,
  canEdit,
}: {
  organisationId: string;
  canEdit: boolean;
}) => {
  const translate = useTranslate();
  const query = useApiQuery(KOSTRA_CODES, { organisationId });
  const codes = query.data?.kostraCodes ?? [];
  return (
    <Box component="section" aria-labelledby="kostra-heading" sx={{ mt: 4 }} data-testid="kostra-codes">
      <Typography id="kostra-heading" variant="h6" component="h2">
        {translate('gevinst.budget.kostra_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: '75ch' }}>
        {translate('gevinst.budget.kostra_intro')}
      </Typography>
      <ApiErrorAlert error={query.error} />
      <SimpleTable
        caption={translate('gevinst.budget.kostra_title')}
        rows={codes}
        rowKey={(code) => code.category}
        columns={[
          {
            key: 'category',
            label: translate('gevinst.costs.category'),
            render: (code) => translate(`enums.CostCategory.${code.category}`, { _: code.category }),
          },
          {
            key: 'codes',
            label: translate('gevinst.budget.kostra'),
            render: (code) =>
              canEdit ? (
                <CodeEditor
                  key={`${code.art}-${code.function}`}
                  organisationId={organisationId}
                  code={code}
                />
              ) : (
                `${code.art} / ${code.function}`
              ),
          },
          {
            key: 'own',
            label: translate('gevinst.budget.kostra_source'),
            render: (code) =>
              translate(code.own ? 'gevinst.budget.kostra_own' : 'gevinst.budget.kostra_suggested'),
          },
        ]}
      />
    </Box>
  );
};
