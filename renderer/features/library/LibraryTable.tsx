import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RowHits } from './filterLibraryRows';
import type { LibraryRow } from './LibraryRow';
import { libraryColumns } from './libraryColumns';
import { LIBRARY_COLUMN_VALUES } from './libraryColumnValues';
import { RowSorter } from './RowSorter';
import { useTableKeyboard } from './useTableKeyboard';
import { windowRows } from './windowRows';

interface Props {
  /** The filtered rows in library order; the table sorts them. */
  rows: readonly LibraryRow[];
  /** Search hits, for the snippets under titles. */
  hits: RowHits;
  /** The query the hits answer (null without a search). */
  searchQuery?: string | null;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onSelectAll(ids: string[] | null): void;
  onOpen(id: string): void;
}

const ROW_HEIGHT = 44;
const DEFAULT_SORTING: SortingState = [{ id: 'imported', desc: true }];
const rowId = (r: LibraryRow) => r.article.id;

/**
 * The library as a real `table` with grid semantics: named, sortable column headers
 * (`aria-sort`), virtualized rows (only those on screen are in the DOM, with spacer rows
 * keeping the scroll height), and keyboard control through aria-activedescendant.
 *
 * Sorting is manual: RowSorter orders all rows by cached keys, and table-core (columns, headers,
 * sort state, cells) gets only the rows on screen as its data. Handing it all 10,000 rows made
 * every data change (filter, search, live update) rebuild 10,000 row objects first.
 * Memoized: a keystroke in the search box re-renders the view before any hit arrives.
 */
export const LibraryTable = memo(function LibraryTable({ rows, hits, searchQuery = null, selected, onToggle, onSelectAll, onOpen }: Props) {
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORTING);
  // One per table: it remembers the text columns' order between sorts.
  const [sorter] = useState(() => new RowSorter(LIBRARY_COLUMN_VALUES));
  const sortedRows = useMemo(() => sorter.sort(rows, sorting), [sorter, rows, sorting]);
  const ids = useMemo(() => sortedRows.map(rowId), [sortedRows]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sortedRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const keyboard = useTableKeyboard(ids, { onOpen, onToggle, scrollTo: (i) => virtualizer.scrollToIndex(i) });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const onScreen = useMemo(() => windowRows(sortedRows, first, last, hits, searchQuery), [sortedRows, first, last, hits, searchQuery]);
  const columns = useMemo(() => libraryColumns(onOpen), [onOpen]);
  const table = useReactTable({
    data: onScreen,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowId,
  });
  const tableRows = table.getRowModel().rows;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const columnCount = table.getVisibleLeafColumns().length + 1;

  return (
    <div className="library-table" ref={scrollRef}>
      <table
        role="grid"
        aria-label="Library"
        aria-rowcount={sortedRows.length + 1}
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={keyboard.activeId ? `row-${keyboard.activeId}` : undefined}
        onKeyDown={(e: KeyboardEvent) => keyboard.onKeyDown(e)}
        data-ready="library"
        data-row-count={sortedRows.length}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-select">
              <input type="checkbox" aria-label="Select all" checked={allSelected} onChange={() => onSelectAll(allSelected ? null : ids)} />
            </th>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className={`col-${header.id}`}>
                  <button type="button" className="th-sort" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columnCount} style={{ height: padTop }} /></tr>}
          {items.map((item) => {
            const row = tableRows[item.index - first];
            if (!row) return null;
            const isSelected = selected.has(row.id);
            return (
              <tr
                key={row.id}
                id={`row-${row.id}`}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                data-active={keyboard.activeId === row.id || undefined}
                data-article-id={row.id}
                onClick={() => keyboard.setActive(item.index)}
                onDoubleClick={() => onOpen(row.id)}
              >
                <td className="col-select">
                  <input type="checkbox" tabIndex={-1} aria-label={`Select ${row.original.article.title}`} checked={isSelected} onChange={() => onToggle(row.id)} />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columnCount} style={{ height: padBottom }} /></tr>}
        </tbody>
      </table>
      {sortedRows.length === 0 && <p className="muted library-table__empty">No articles match.</p>}
    </div>
  );
});
