export * from './score-axis';
export * from './score-warnings';
export * from './compute-metrics';
export * from './resolve-as-of';
export * from './run-rfm';
export * from './sort-numbers';
