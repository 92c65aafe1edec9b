import { flexRender, getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { SOURCE_GRADES } from '../../../shared/model/Library';
import type { SourceRow } from '../../db/hooks/useSourceRows';
import { sourceColumns } from './sourceColumns';

/** The sortable, filterable table of sources; a click or Enter selects a source. */
export function SourcesTable({ rows, selectedId, onSelect }: { rows: SourceRow[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const columns = useMemo(() => sourceColumns(), []);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [text, setText] = useState('');
  const [grade, setGrade] = useState('');
  const columnFilters = useMemo(() => [{ id: 'grade', value: grade }], [grade]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: text, columnFilters },
    onSortingChange: setSorting,
    getRowId: (row) => row.source.id,
    globalFilterFn: (row, _id, value: string) => {
      const needle = value.trim().toLowerCase();
      const { name, platform, tags, domains } = row.original.source;
      return needle === '' || [name, platform ?? '', ...tags, ...domains].some((field) => field.toLowerCase().includes(needle));
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  return (
    <div className="sources-table">
      <div className="library-toolbar">
        <label className="field">
          Filter sources
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="name, platform, tag, domain" />
        </label>
        <label className="field">
          Grade
          <select value={grade} onChange={(e) => setGrade(e.target.value)} aria-label="Filter by grade">
            <option value="">All</option>
            {SOURCE_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
            <option value="ungraded">Ungraded</option>
          </select>
        </label>
        <span className="library-status">{table.getRowModel().rows.length} of {rows.length} sources</span>
      </div>
      <div className="library-table">
        <table aria-label="Sources">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} aria-sort={header.column.getIsSorted() === 'asc' ? 'ascending' : header.column.getIsSorted() === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="link" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {{ asc: ' ▲', desc: ' ▼' }[header.column.getIsSorted() as string] ?? ''}
                    </button>
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-source-id={row.id}
                aria-selected={row.id === selectedId}
                className={row.id === selectedId ? 'selected' : undefined}
                tabIndex={0}
                onClick={() => onSelect(row.id)}
                onKeyDown={(e) => { if (e.key === 'Enter') onSelect(row.id); }}
              >
                {row.getVisibleCells().map((cell) => <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
