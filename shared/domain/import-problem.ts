/** Why a file was refused. Codes are for code and tests; messages are for the facilitator. */
export type ImportProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'invalid-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'invalid-number'
  | 'not-endfirst'
  | 'invalid-file'
  | 'missing-version'
  | 'unsupported-version'
  | 'newer-version'
  | 'no-workshops'
  | 'invalid-workshop'
  | 'duplicate-id'
  | 'duplicate-workshop'
  | 'migration-failed'
  | 'unexpected';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** One or two plain sentences saying what is wrong and where. */
  readonly message: string;
  /** Where in the data, e.g. `workshop.participants[2].team`, when the problem has such a place. */
  readonly path?: string;
  /** Where in the text (1-based), for problems found before the JSON could be read. */
  readonly position?: { readonly line: number; readonly column: number };
}
