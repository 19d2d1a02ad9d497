export * from './run-config';
export * from './fnv1a64';
export * from './canonical-json';
export * from './config-version';
export * from './ledger-version';
export * from './rules-table';
export * from './settings-tab';
export * from './translate-config-message';
