export * from './civil-day';
export * from './civil-minute-in-time-zone';
export * from './day-in-time-zone';
export * from './days-from-civil';
