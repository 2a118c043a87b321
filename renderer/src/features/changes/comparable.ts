import { admitWorkshop } from '../../../../shared/domain/admit-workshop';
import type { Workshop } from '../../../../shared/domain/workshop';

/**
 * A stored snapshot in today's shape, so it compares field by field with the live record. It is
 * upgraded in memory only (the same gate a restore uses) and never written back.
 */
export function comparableSnapshot(snapshot: Workshop): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  const admitted = admitWorkshop(snapshot);
  return admitted.ok ? { ok: true, workshop: admitted.workshop } : { ok: false, message: admitted.problem.message };
}
