/**
 * The workshop model and the `.endfirst` file format. Import from here, not from the files.
 * (Files in shared/domain import only specific files of shared/method, never its index, which
 * re-exports the sample workshop and would make a cycle.)
 */
export * from './admit-workshop';
export * from './ai-risk';
export * from './check-edit';
export * from './cost';
export * from './create-workshop';
export * from './end-state';
export * from './file-format';
export * from './import-problem';
export * from './integrity';
export { formatPath } from './issue-path';
export * from './limits';
export * from './migrations';
export * from './operating-model';
export * from './participants';
export * from './pilot';
export * from './primitives';
export * from './raci';
export * from './reassign-ids';
export * from './room';
export * from './sessions';
export * from './stage-progress';
export * from './standards';
export * from './summary';
export * from './transition';
export * from './workshop';

// The vocabulary the schemas are built on, re-exported as types for convenience.
export type { TemplateId } from '../method/agenda-templates';
export type { KnowledgeTransferKind } from '../method/knowledge-transfer';
export type { RaciActivityKey, RaciRole } from '../method/raci';
export type { StageId } from '../method/stages';
export type { DefaultStandardKey, StandardKey } from '../method/standards';
export type { TeamId } from '../method/teams';
