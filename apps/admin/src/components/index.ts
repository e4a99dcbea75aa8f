export { ApiErrorAlert } from './ApiErrorAlert';
export { EditDeleteButtons } from './EditDeleteButtons';
export { EmptyState } from './EmptyState';
export { RagChip } from './RagChip';
export { SimpleTable, type Column } from './SimpleTable';
