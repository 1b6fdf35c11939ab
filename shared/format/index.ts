export * from './cells';
export * from './tables';
export * from './layout';
export * from './sections';
export * from './rule-ids';
export * from './editions';
