export { DemoChip } from './DemoChip';
export { EnumField } from './EnumField';
export { IsoDateField } from './IsoDateField';
export { NokField } from './NokField';
