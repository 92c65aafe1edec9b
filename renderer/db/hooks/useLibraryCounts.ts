import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';

/** How many articles the library holds (undefined while reading): decides whether to offer the samples. */
export function useArticleCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => db.articles.count(), [db]);
}
