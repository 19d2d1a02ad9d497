export * from './civil-day';
