/** What changed between two states of a workshop, in the screens' words. Import from here. */
export { describeChanges, ROOM_GROUP_TITLE } from './describe-changes';
export { FIELD_LABELS, IGNORED_PATHS, LIST_LABELS } from './field-labels';
export { leafPatterns } from './keyed-view';
export * from './types';
