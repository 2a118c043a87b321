/** Sessions after the first workshop: starting and ending them, overdue actions, the readiness trend. */
export * from './overdue';
export * from './sessions';
export * from './status-history';
export * from './trend';
export * from './trend-geometry';
