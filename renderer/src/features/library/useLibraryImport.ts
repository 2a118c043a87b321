import { useCallback, useEffect, useRef, useState } from 'react';
import type { EndfirstDatabase } from '../../db/database';
import { existingIds, importWorkshops, type ImportMode } from '../../db/workshops';
import { showToast } from '../../ui/toasts';
import { describeStorageError } from '../../editing/storage-errors';
import { importedMessage, readImportSource, type ImportSource } from './import-files';

export type ConflictChoice = ImportMode | 'cancel';

/** The question asked when a file holds workshops already in the library. */
export interface ConflictQuestion {
  readonly fileName: string;
  /** How many workshops the file holds in all. */
  readonly total: number;
  /** Titles of the workshops in the library that the file would replace. */
  readonly existingTitles: readonly string[];
  readonly answer: (choice: ConflictChoice) => void;
}

export interface ImportFailure {
  readonly fileName: string;
  readonly message: string;
}

/**
 * Imports files one after the other. Each is read and validated whole before anything is
 * stored; a refused file stores nothing and is reported with its name and the reason; a file
 * whose workshops are already here asks "Replace" or "Import as a copy" first. Files dropped
 * while a batch runs wait their turn, so two questions never overlap.
 */
export function useLibraryImport(db: EndfirstDatabase) {
  const [question, setQuestion] = useState<ConflictQuestion | null>(null);
  const [failures, setFailures] = useState<readonly ImportFailure[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pendingAnswer = useRef<((choice: ConflictChoice) => void) | null>(null);

  // Leaving the library with a question open cancels that file; nothing half-done is stored.
  useEffect(() => () => pendingAnswer.current?.('cancel'), []);

  const ask = useCallback(
    (fileName: string, total: number, existingTitles: readonly string[]) =>
      new Promise<ConflictChoice>((resolve) => {
        const answer = (choice: ConflictChoice) => {
          pendingAnswer.current = null;
          setQuestion(null);
          resolve(choice);
        };
        pendingAnswer.current = answer;
        setQuestion({ fileName, total, existingTitles, answer });
      }),
    [],
  );

  const importOne = useCallback(
    async (source: ImportSource): Promise<ImportFailure | null> => {
      const outcome = await readImportSource(source);
      if (!outcome.ok) return { fileName: outcome.fileName, message: outcome.message };
      const { fileName, workshops } = outcome;
      try {
        const present = await existingIds(
          db,
          workshops.map((workshop) => workshop.id),
        );
        let mode: ImportMode = 'replace';
        if (present.size > 0) {
          const existing = await db.summaries.bulkGet([...present]);
          const titles = existing.flatMap((summary) => (summary ? [summary.title] : []));
          const choice = await ask(fileName, workshops.length, titles);
          if (choice === 'cancel') {
            showToast({ message: `Nothing was imported from “${fileName}”`, tone: 'info' });
            return null;
          }
          mode = choice;
        }
        const stored = await importWorkshops(db, workshops, mode);
        showToast({ message: importedMessage(fileName, stored, mode === 'replace' ? present.size : 0), tone: 'success' });
        return null;
      } catch (error) {
        return {
          fileName,
          message: `Nothing from this file was stored. ${describeStorageError(error)}`,
        };
      }
    },
    [db, ask],
  );

  const importSources = useCallback(
    (sources: readonly ImportSource[]) => {
      if (sources.length === 0) return;
      queue.current = queue.current
        .then(async () => {
          const refused: ImportFailure[] = [];
          for (const source of sources) {
            const failure = await importOne(source);
            if (failure) refused.push(failure);
          }
          if (refused.length > 0) setFailures((earlier) => [...earlier, ...refused]);
        })
        // Never leave the queue rejected: the next drop must still be imported.
        .catch((error: unknown) => {
          showToast({ message: `The import stopped: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' });
        });
    },
    [importOne],
  );

  const dismissFailures = useCallback(() => setFailures([]), []);

  return { importSources, question, failures, dismissFailures };
}
