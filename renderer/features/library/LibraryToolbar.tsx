import type { RefObject } from 'react';
import { SOURCE_GRADES, type Article, type Source } from '../../../shared/model/Library';
import type { LibraryFilters } from './filterArticles';

interface Props {
  query: string;
  onQuery(query: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  searching: boolean;
  filters: LibraryFilters;
  onFilters(filters: LibraryFilters): void;
  articles: readonly Article[];
  sources: ReadonlyMap<string, Source>;
}

// Each select also carries aria-label: a wrapping label would add the chosen option to its name.
const unique = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));

/** Full-text search, the quick filter and the column filters (source, grade, tag, language, dates, notes). */
export function LibraryToolbar({ query, onQuery, searchRef, searching, filters, onFilters, articles, sources }: Props) {
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => onFilters({ ...filters, [key]: value });
  const sourceIds = unique(articles.map((a) => a.sourceId ?? ''));
  const tags = unique(articles.flatMap((a) => a.tags));
  const languages = unique(articles.map((a) => a.language));

  return (
    <div className="library-toolbar" role="search">
      <label className="field field--search">
        <span>Search</span>
        <input ref={searchRef} type="search" value={query} onChange={(e) => onQuery(e.target.value)} placeholder="Title, text, highlights, notes  ( / )" aria-busy={searching} />
      </label>
      <label className="field">
        <span>Quick filter</span>
        <input type="text" value={filters.quick} onChange={(e) => set('quick', e.target.value)} placeholder="Title, source, tag" />
      </label>
      <label className="field">
        <span>Source</span>
        <select aria-label="Source" value={filters.sourceId} onChange={(e) => set('sourceId', e.target.value)}>
          <option value="">Any</option>
          {sourceIds.map((id) => <option key={id} value={id}>{sources.get(id)?.name ?? id}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Reliability</span>
        <select aria-label="Reliability" value={filters.grade} onChange={(e) => set('grade', e.target.value as LibraryFilters['grade'])}>
          <option value="">Any</option>
          {SOURCE_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
          <option value="ungraded">Ungraded</option>
        </select>
      </label>
      <label className="field">
        <span>Tag</span>
        <select aria-label="Tag" value={filters.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">Any</option>
          {tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Language</span>
        <select aria-label="Language" value={filters.language} onChange={(e) => set('language', e.target.value)}>
          <option value="">Any</option>
          {languages.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Published from</span>
        <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="field">
        <span>to</span>
        <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label className="field field--check">
        <input type="checkbox" checked={filters.hasNotes} onChange={(e) => set('hasNotes', e.target.checked)} /> Has notes
      </label>
    </div>
  );
}
