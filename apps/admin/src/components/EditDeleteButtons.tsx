import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The "Rediger" and "Slett" buttons of a table row that opens its own dialogs. The labels name the row
 * for screen readers ("Rediger kostnaden «Lisenser»"), since every row has the same two buttons.
 */
export const EditDeleteButtons = ({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" startIcon={<EditIcon />} onClick={onEdit} aria-label={editLabel}>
        {translate('ra.action.edit')}
      </Button>
      <Button
        size="small"
        color="error"
        startIcon={<DeleteIcon />}
        onClick={onDelete}
        aria-label={deleteLabel}
      >
        {translate('ra.action.delete')}
      </Button>
    </Stack>
  );
};
