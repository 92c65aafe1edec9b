import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { SourceRow } from '../../db/hooks/useSourceRows';
import { GradeBadge } from './GradeBadge';

const column = createColumnHelper<SourceRow>();
const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The Sources table's columns. Grade and last-graded return undefined when ungraded, and
 * `sortUndefined: 'last'` keeps ungraded sources after the graded ones in either direction:
 * ungraded is a state, not a grade below F.
 */
export function sourceColumns(): ColumnDef<SourceRow, unknown>[] {
  const columns = [
    column.accessor((r) => r.source.name, { id: 'name', header: 'Name', cell: ({ getValue }) => <span className="source-name">{getValue()}</span> }),
    column.accessor((r) => r.source.platform ?? '', { id: 'platform', header: 'Platform' }),
    column.accessor((r) => r.source.grade ?? undefined, {
      id: 'grade',
      header: 'Grade',
      sortUndefined: 'last',
      filterFn: (row, _id, value: string) => value === '' || (value === 'ungraded' ? row.original.source.grade === null : row.original.source.grade === value),
      cell: ({ row }) => <GradeBadge source={row.original.source.grade} />,
    }),
    column.accessor((r) => r.articles, { id: 'articles', header: 'Articles', meta: { numeric: true } }),
    column.accessor((r) => r.highlights, { id: 'highlights', header: 'Highlights', meta: { numeric: true } }),
    column.accessor((r) => r.source.tags.join(', '), { id: 'tags', header: 'Tags' }),
    column.accessor((r) => r.lastGradedAt ?? undefined, {
      id: 'lastGraded',
      header: 'Last graded',
      sortUndefined: 'last',
      cell: ({ getValue }) => {
        const at = getValue();
        return typeof at === 'number' ? dateFormat.format(new Date(at)) : <span className="muted">never</span>;
      },
    }),
  ];
  return columns as ColumnDef<SourceRow, unknown>[];
}
