/**
 * Every invoke answers with this envelope instead of throwing: Electron flattens thrown errors
 * into a bare message string, and the renderer needs to know *why* a call failed (a refused sender
 * is a bug, bad arguments are a bug, a full disk is something to tell the facilitator).
 */
export type IpcErrorCode = 'forbidden-sender' | 'bad-request' | 'failed' | 'cancelled' | 'unknown-channel';

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  /** Where in the request the problem is, e.g. `0.url` — present for `bad-request`. */
  readonly issues?: readonly string[];
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const ipcFail = (code: IpcErrorCode, message: string, issues?: readonly string[]): IpcResult<never> =>
  issues === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, issues } };
