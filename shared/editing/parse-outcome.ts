/** What parsing a typed value gives: the value to store, or a message saying why it cannot be stored. */
export type ParseOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
