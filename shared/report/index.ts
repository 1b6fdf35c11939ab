export * from './schema';
export * from './cells';
export * from './decimal';
export * from './normalize';
export * from './derive';
export * from './empty';
export * from './progress';
export * from './printed-totals';
