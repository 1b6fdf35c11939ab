export * from './overview';
export * from './pairing';
export * from './columns';
