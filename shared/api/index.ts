export * from './contract';
export * from './dispatch';
export * from './issue-text';
