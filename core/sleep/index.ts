export * from './types';
export * from './purchase-gaps';
export * from './percentile-nearest-rank';
export * from './estimate-boundary';
export * from './personal-boundary';
export * from './find-alerts';
export * from './group-boundaries';
export * from './lead-days-for';
