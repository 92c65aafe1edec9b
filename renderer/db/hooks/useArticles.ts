import { useLiveQuery } from 'dexie-react-hooks';
import type { Article } from '../../../shared/model/Library';
import { useDb } from '../DbContext';
import { listArticles } from '../repositories/articlesRepository';

/** Every library row, kept live; undefined while the first read runs. */
export function useArticles(): Article[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listArticles(db), [db]);
}
