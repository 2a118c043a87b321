/** Undo and redo as other features see them. */
export { UndoRedoButtons } from './UndoRedoButtons';
export { useUndoRedo } from './useUndoRedo';
