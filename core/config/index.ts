export * from './run-config';
