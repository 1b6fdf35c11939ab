export * from './sum';
export * from './select';
