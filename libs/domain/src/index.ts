export * from './org-number';
export * from './municipality-number';
export * from './organisation';
export * from './initiative';
export * from './money';
export * from './access';
export * from './cost-sharing';
export * from './benefit';
