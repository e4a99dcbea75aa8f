export * from './org-number';
export * from './municipality-number';
export * from './organisation';
export * from './initiative';
export * from './money';
export * from './cost-sharing';
