/** The method as data: what METHOD.md says, in the shape screens and rules need. */
export * from './agenda-templates';
export * from './knowledge-transfer';
export * from './raci';
export * from './risk-class';
export * from './sample-baseline';
export * from './sample-workshop';
export * from './stages';
export * from './standards';
export * from './teams';
