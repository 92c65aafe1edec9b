import { z } from 'zod';
import type { GleanerInvokeApi } from '../../../shared/ipc/contract';
import { err, type Result } from '../../../shared/ipc/Result';
import { INVOKE_ARGUMENT_SCHEMAS } from './ipcSchemas';
import { isTrustedSender, type SenderLike } from './isTrustedSender';

type Verb = keyof GleanerInvokeApi;
type Resolved<V extends Verb> = Awaited<ReturnType<GleanerInvokeApi[V]>>;

/** Main's implementation of each verb; `sender` is the event's sender (the calling WebContents). */
export type InvokeHandlers<S> = {
  [V in Verb]: (sender: S, ...args: Parameters<GleanerInvokeApi[V]>) => Promise<Resolved<V>>;
};

/** The parts of an IpcMainInvokeEvent the dispatcher reads. */
export interface InvokeEventLike<S> extends SenderLike {
  sender: S;
}

/**
 * Wraps the handlers with the checks every verb needs, in one place: the call must come from
 * the app's main frame (isTrustedSender), its arguments must parse against the verb's schema,
 * and whatever happens the answer is a Result: an exception never crosses the boundary.
 */
export function createIpcDispatcher<S>(handlers: InvokeHandlers<S>) {
  return async function dispatch<V extends Verb>(verb: V, event: InvokeEventLike<S>, args: unknown[]): Promise<Result<unknown>> {
    if (!isTrustedSender(event)) return err({ code: 'forbidden', message: 'This call did not come from the Gleaner window.' });
    const parsed = (INVOKE_ARGUMENT_SCHEMAS[verb] as z.ZodType<unknown[]>).safeParse(args);
    if (!parsed.success) {
      return err({ code: 'invalid-arguments', message: `Invalid arguments for ${verb}: ${z.prettifyError(parsed.error).slice(0, 500)}` });
    }
    try {
      const handler = handlers[verb] as (sender: S, ...rest: unknown[]) => Promise<Result<unknown>>;
      return await handler(event.sender, ...parsed.data);
    } catch (error) {
      return err({ code: 'internal', message: `${verb} failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
}
