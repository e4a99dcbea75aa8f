export { ApiErrorAlert } from './ApiErrorAlert';
export { EditDeleteButtons } from './EditDeleteButtons';
export { EmptyState } from './EmptyState';
export { RagChip } from './RagChip';
export { ScrollArea, SCROLL_CUE_STYLE } from './ScrollArea';
export { SimpleTable, type Column } from './SimpleTable';
