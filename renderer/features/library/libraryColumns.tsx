import type { ColumnDef } from '@tanstack/react-table';
import { GradeBadge } from '../sources/GradeBadge';
import type { LibraryRow } from './LibraryRow';
import { SearchSnippet } from './SearchSnippet';
import { LIBRARY_COLUMN_VALUES, type LibraryColumnId } from './libraryColumnValues';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const KIND_LABEL = { published: '', captured: 'captured', unknown: '' } as const;

/** A column over one of LIBRARY_COLUMN_VALUES: numbers sort largest first on the first click, text A→Z. */
function valueColumn<Id extends LibraryColumnId>(id: Id, header: string) {
  const { value, order } = LIBRARY_COLUMN_VALUES[id];
  return { id, header, accessorFn: value, sortDescFirst: order === 'number' } as const;
}

/**
 * The library's columns. Title opens the reader. Sorting works on every data column; the table
 * sorts manually (RowSorter) by the same values these accessors show.
 */
export function libraryColumns(onOpen: (id: string) => void): ColumnDef<LibraryRow, unknown>[] {
  const columns: ColumnDef<LibraryRow, unknown>[] = [
    {
      ...valueColumn('title', 'Title'),
      cell: ({ row }) => {
        const { article, snippet, searchQuery } = row.original;
        return (
          <div className="title-cell">
            <button type="button" className="link title-cell__open" onClick={() => onOpen(article.id)} tabIndex={-1}>
              {article.title}
            </button>
            {article.warnings.length > 0 && <span className="badge badge--warnings" title={article.warnings.map((w) => w.message).join('\n')}>warning</span>}
            {article.fileMissing && <span className="badge badge--failed">file missing</span>}
            {article.versionCount > 1 && <span className="badge">v{article.versionCount}</span>}
            <SearchSnippet articleId={article.id} query={searchQuery ?? null} snippet={snippet} />
          </div>
        );
      },
    },
    valueColumn('source', 'Source'),
    {
      ...valueColumn('published', 'Published'),
      cell: ({ row }) => {
        const { published, publishedKind } = row.original.article;
        if (!published) return <span className="muted">—</span>;
        const date = new Date(published.length === 10 ? `${published}T00:00:00` : published);
        const text = Number.isNaN(date.getTime()) ? published : dateFormat.format(date);
        return (
          <span title={`${publishedKind}: ${published}`}>
            {text} {KIND_LABEL[publishedKind] && <span className="muted">({KIND_LABEL[publishedKind]})</span>}
          </span>
        );
      },
    },
    {
      ...valueColumn('reliability', 'Reliability'),
      cell: ({ row }) => <GradeBadge source={row.original.grade} />,
    },
    valueColumn('tags', 'Tags'),
    valueColumn('highlights', 'Highlights'),
    valueColumn('notes', 'Notes'),
    valueColumn('words', 'Words'),
    {
      ...valueColumn('imported', 'Imported'),
      cell: ({ row }) => dateFormat.format(new Date(row.original.article.importedAt)),
    },
  ];
  return columns;
}
