import { useSyncExternalStore } from 'react';
import { searchWorkerFor } from './SearchWorkerClient';

const noWorker = 'This environment cannot run the search worker.';
const never = () => () => {};

/**
 * Why the search worker of a database cannot serve (no Worker here, or it failed), or null
 * while it can. Re-renders when the worker fails.
 */
export function useSearchWorkerFailure(dbName: string): string | null {
  const client = searchWorkerFor(dbName);
  return useSyncExternalStore(client ? client.subscribe : never, () => (client ? client.failure : noWorker));
}
