export * from './mulberry32';
export * from './mix-seed';
export * from './demo-vocabulary';
export * from './generate-customer-rows';
export * from './generate-transaction-rows';
export * from './generate-transactions';
