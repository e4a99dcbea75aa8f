export { ApiErrorAlert } from './ApiErrorAlert';
export { EmptyState } from './EmptyState';
export { RagChip } from './RagChip';
export { SimpleTable, type Column } from './SimpleTable';
