/** The envelope every call across a process or worker boundary returns: `Error` does not serialize, this does. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** A failure that crosses a boundary: a stable code for code, a message for people. */
export interface AppError {
  code: string;
  message: string;
}

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps a failure. */
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });

/** Compile-time exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
