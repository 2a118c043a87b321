import type { ImportProblem } from '../../../shared/domain/import-problem';

/**
 * Thrown inside a write transaction when the record would not pass the schema, so Dexie aborts
 * the whole transaction and nothing stored changes. Its message is written for the facilitator:
 * the save status and the toasts show it as "Endfirst could not save: meta.title is too long …".
 */
export class RefusedWriteError extends Error {
  override readonly name = 'RefusedWriteError';

  constructor(readonly problem: ImportProblem) {
    super(`${problem.message} The change was not stored.`);
  }
}
