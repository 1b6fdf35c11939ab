export * from './model';
export * from './fonts';
export * from './title';
export * from './build';
export * from './columns';
export * from './layout';
export * from './html';
export * from './metadata';
