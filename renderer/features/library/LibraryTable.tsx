import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LibraryRow } from './LibraryRow';
import { libraryColumns } from './libraryColumns';
import { useTableKeyboard } from './useTableKeyboard';

interface Props {
  rows: LibraryRow[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onSelectAll(ids: string[] | null): void;
  onOpen(id: string): void;
}

const ROW_HEIGHT = 44;

/**
 * The library as a real `table` with grid semantics: named, sortable column headers
 * (`aria-sort`), virtualized rows (only those on screen are in the DOM, with spacer rows
 * keeping the scroll height), and keyboard control through aria-activedescendant.
 */
export function LibraryTable({ rows, selected, onToggle, onSelectAll, onOpen }: Props) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'imported', desc: true }]);
  const columns = useMemo(() => libraryColumns(onOpen), [onOpen]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.article.id,
  });
  const sortedRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sortedRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const ids = useMemo(() => sortedRows.map((r) => r.id), [sortedRows]);
  const keyboard = useTableKeyboard(ids, { onOpen, onToggle, scrollTo: (i) => virtualizer.scrollToIndex(i) });

  const items = virtualizer.getVirtualItems();
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
            const row = sortedRows[item.index]!;
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
}
