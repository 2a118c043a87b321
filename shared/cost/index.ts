/** The lifecycle cost engine: money in integer minor units, and the stage 4 arithmetic. */
export * from './money';
export * from './lifecycle';
export * from './stored-cost';
export * from './cents';
export * from './chart-geometry';
