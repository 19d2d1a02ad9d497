export * from './types';
export * from './build-quality-report';
