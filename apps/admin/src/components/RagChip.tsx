import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RAG_COLOURS } from '../charts/palette';

/** A RAG status as a coloured chip with its name (never colour alone); "–" while not measured. */
export const RagChip = ({
  rag,
  size = 'small',
}: {
  rag: string | null | undefined;
  size?: 'small' | 'medium';
}) => {
  const translate = useTranslate();
  if (!rag) {
    return (
      <Chip
        size={size}
        variant="outlined"
        label={translate('gevinst.rag.none')}
        data-testid="rag"
        data-rag=""
      />
    );
  }
  const colours = RAG_COLOURS[rag] ?? { background: '#546e7a', text: '#ffffff' };
  return (
    <Chip
      size={size}
      label={translate(`enums.RagStatus.${rag}`, { _: rag })}
      sx={{ bgcolor: colours.background, color: colours.text, fontWeight: 600 }}
      data-testid="rag"
      data-rag={rag}
    />
  );
};
