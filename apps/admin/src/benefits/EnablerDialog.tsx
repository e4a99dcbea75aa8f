import {
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { EnablerKind, LIMITS } from '@gevinst/domain';
import { useApiMutation } from '../api/client';
import { enumChoices } from '../enums';
import { submitOrFieldErrors } from '../submit';
import { CREATE_ENABLER, UPDATE_ENABLER } from './benefitsMap.graphql';

/** An enabler as the editor changes it; `version` is the one read, so a concurrent change is refused. */
export interface EditableEnabler {
  id: string;
  kind: string;
  title: string;
  description: string;
  version: number;
}

interface Values {
  kind?: string;
  title?: string;
  description?: string;
}

/** Adds a deliverable or change to the benefits map, or changes one (title, kind, description). */
export const EnablerDialog = ({
  initiativeId,
  enabler,
  onClose,
}: {
  initiativeId: string;
  /** null: a new enabler */
  enabler: EditableEnabler | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const create = useApiMutation(CREATE_ENABLER);
  const update = useApiMutation(UPDATE_ENABLER);
  return (
    <Dialog open onClose={onClose} aria-labelledby="enabler-dialog-title" fullWidth maxWidth="sm">
      <Form
        record={
          enabler
            ? { kind: enabler.kind, title: enabler.title, description: enabler.description }
            : { kind: EnablerKind.DELIVERABLE, title: '', description: '' }
        }
        onSubmit={(values: Values) =>
          submitOrFieldErrors(async () => {
            const fields = {
              kind: values.kind,
              title: (values.title ?? '').trim(),
              description: (values.description ?? '').trim(),
            };
            if (enabler)
              await update.mutateAsync({ input: { id: enabler.id, version: enabler.version, ...fields } });
            else await create.mutateAsync({ input: { initiativeId, ...fields } });
            notify(enabler ? 'gevinst.enablers.saved' : 'gevinst.enablers.added', {
              type: 'success',
              messageArgs: { title: fields.title },
            });
            onClose();
          }, notify)
        }
      >
        <DialogTitle id="enabler-dialog-title">
          {enabler
            ? translate('gevinst.enablers.edit_title', { title: enabler.title })
            : translate('gevinst.enablers.add')}
        </DialogTitle>
        <DialogContent>
          <SelectInput
            source="kind"
            label="resources.enablers.fields.kind"
            choices={enumChoices('EnablerKind')}
            validate={required()}
            helperText="resources.enablers.help.kind"
            fullWidth
          />
          <TextInput
            source="title"
            label="resources.enablers.fields.title"
            validate={[required(), maxLength(LIMITS.name)]}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
            fullWidth
          />
          <TextInput
            source="description"
            label="resources.enablers.fields.description"
            validate={maxLength(LIMITS.longText)}
            multiline
            minRows={2}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
