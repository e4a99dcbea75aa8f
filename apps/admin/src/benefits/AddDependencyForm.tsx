import { useMemo, useState } from 'react';
import {
  Form,
  SaveButton,
  SelectInput,
  required,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { useApiMutation } from '../api/client';
import { submitOrFieldErrors } from '../submit';
import { edgeProblem, nodeChoices, type MapEdge, type MapNode } from './benefitsMapEditing';
import { ADD_BENEFITS_MAP_EDGE } from './benefitsMap.graphql';

interface Values {
  fromId?: string;
  toId?: string;
}

/**
 * "From → to": two selects over the map's enablers and benefits. The same node twice and a dependency
 * the map has already are caught here; a cycle is refused by the API, whose message (naming the cycle)
 * appears next to "to".
 */
export const AddDependencyForm = ({ nodes, edges }: { nodes: MapNode[]; edges: MapEdge[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const add = useApiMutation(ADD_BENEFITS_MAP_EDGE);
  const [formKey, setFormKey] = useState(0);
  const choices = useMemo(() => nodeChoices(nodes, translate), [nodes, translate]);
  const validTo: Validator = (toId: unknown, values: Values) => {
    const problem = edgeProblem(edges, values.fromId, typeof toId === 'string' ? toId : undefined);
    return problem;
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="add-dependency">
      <Typography id="add-dependency" variant="subtitle2" component="h5" sx={{ fontWeight: 600 }}>
        {translate('gevinst.benefits_map.add_dependency')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.benefits_map.add_dependency_help')}
      </Typography>
      <Form
        key={formKey}
        defaultValues={{ fromId: '', toId: '' }}
        onSubmit={(values: Values) =>
          submitOrFieldErrors(async () => {
            await add.mutateAsync({ input: { fromId: values.fromId, toId: values.toId } });
            notify('gevinst.benefits_map.dependency_added', { type: 'success' });
            setFormKey((key) => key + 1);
          }, notify)
        }
      >
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
          <SelectInput
            source="fromId"
            label="resources.benefitsMapEdges.fields.fromId"
            helperText="resources.benefitsMapEdges.help.fromId"
            choices={choices}
            validate={required()}
            sx={{ minWidth: 300 }}
          />
          <SelectInput
            source="toId"
            label="resources.benefitsMapEdges.fields.toId"
            helperText="resources.benefitsMapEdges.help.toId"
            choices={choices}
            validate={[required(), validTo]}
            sx={{ minWidth: 300 }}
          />
          <Box sx={{ pt: 1 }}>
            <SaveButton label="gevinst.benefits_map.add_dependency_button" alwaysEnable />
          </Box>
        </Stack>
      </Form>
    </Paper>
  );
};
