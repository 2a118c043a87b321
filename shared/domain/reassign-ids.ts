import type { Workshop } from './workshop';

/**
 * A deep copy of a workshop in which every id is new and every reference follows its target:
 * for "Duplicate", "Import as a copy" and opening the sample twice.
 *
 * It works by name rather than by listing every reference, so a field added later is covered
 * without touching this file: an `id` field makes an entity; fields named `…Id` (refId,
 * participantId, ownerParticipantId…), lists named `…Ids` (presentParticipantIds) and record
 * keys (ballots, RACI assignments) are references. Only strings that are known entity ids change, so stage ids ("review") and free
 * text are left alone.
 */
export function reassignIds(workshop: Workshop, options: { readonly id: string; readonly newId: () => string }): Workshop {
  const mapping = new Map<string, string>([[workshop.id, options.id]]);
  collectEntityIds(workshop, (oldId) => {
    if (!mapping.has(oldId)) mapping.set(oldId, options.newId());
  });
  return remap(workshop, mapping) as Workshop;
}

/**
 * The same for several records that must keep pointing at each other (the sample and the
 * baseline snapshot of its first session, whose id the sample's session names): one mapping for all.
 */
export function reassignIdsTogether<T>(records: T, newId: () => string): T {
  const mapping = new Map<string, string>();
  collectEntityIds(records, (oldId) => {
    if (!mapping.has(oldId)) mapping.set(oldId, newId());
  });
  return remap(records, mapping) as T;
}

function collectEntityIds(value: unknown, onId: (id: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collectEntityIds(item, onId);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') onId(child);
      else collectEntityIds(child, onId);
    }
  }
}

const isReferenceField = (key: string) => key === 'id' || key.endsWith('Id');
/** A list of references, such as a session's presentParticipantIds. */
const isReferenceListField = (key: string) => key.endsWith('Ids');

function remap(value: unknown, mapping: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => remap(item, mapping));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const newKey = mapping.get(key) ?? key;
    if (isReferenceField(key) && typeof child === 'string') copy[newKey] = mapping.get(child) ?? child;
    else if (isReferenceListField(key) && Array.isArray(child))
      copy[newKey] = child.map((item: unknown) => (typeof item === 'string' ? (mapping.get(item) ?? item) : item));
    else copy[newKey] = remap(child, mapping);
  }
  return copy;
}
