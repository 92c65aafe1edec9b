import { useState } from 'react';
import { SOURCE_GRADES, type Article, type SourceGrade } from '../../../shared/model/Library';
import { GradeBadge } from './GradeBadge';

interface Props {
  articles: Article[];
  sourceGrade: SourceGrade | null;
  onOpenArticle: (articleId: string) => void;
  onOverride: (articleId: string, grade: SourceGrade | null) => void;
  onSplit: (articleIds: string[], name: string) => void;
}

/** A source's articles: open one, override its grade, or move some to a new source (split). */
export function SourceArticles({ articles, sourceGrade, onOpenArticle, onOverride, onSplit }: Props) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const toggle = (id: string) => setPicked((old) => {
    const next = new Set(old);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  if (articles.length === 0) return <p className="muted">No articles.</p>;
  return (
    <div className="source-articles">
      <ul aria-label="Articles of this source">
        {articles.map((article) => (
          <li key={article.id}>
            <input type="checkbox" aria-label={`Select ${article.title}`} checked={picked.has(article.id)} onChange={() => toggle(article.id)} />{' '}
            <button type="button" className="link" onClick={() => onOpenArticle(article.id)}>{article.title || 'Untitled'}</button>{' '}
            <span className="muted">{article.published ?? ''}</span> <GradeBadge source={article.gradeOverride ?? sourceGrade} />{' '}
            <select aria-label={`Grade override for ${article.title}`} value={article.gradeOverride ?? ''} onChange={(e) => onOverride(article.id, (e.target.value || null) as SourceGrade | null)}>
              <option value="">Inherit</option>
              {SOURCE_GRADES.map((g) => <option key={g} value={g}>Override {g}</option>)}
            </select>
          </li>
        ))}
      </ul>
      <form className="source-split" onSubmit={(e) => { e.preventDefault(); onSplit([...picked], name); setPicked(new Set()); setName(''); }}>
        <label className="field">
          Move selected articles to source
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. 网易号 · 账号名" />
        </label>
        <button type="submit" disabled={picked.size === 0 || name.trim() === ''}>Split off ({picked.size})</button>
      </form>
    </div>
  );
}
