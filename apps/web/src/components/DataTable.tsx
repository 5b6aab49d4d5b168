// An accessible data table on Mantine's Table: a caption naming the list, sortable headers that are
// real buttons inside <th aria-sort>, horizontal scrolling inside its own container on small screens,
// and loading / empty states. Sorting and paging are the caller's (server-side, kept in the URL).
// Strings come from the caller (already translated): this component holds no user-visible literal.
import { Box, Skeleton, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import classes from './DataTable.module.css';

export type SortDirection = 'asc' | 'desc';

export interface DataColumn<T> {
  key: string;
  label: string;
  sortable?: boolean;
  /** Cell content; plain text by default. */
  render: (row: T) => ReactNode;
  /** Keep the cell on one line (dates, references, codes). */
  nowrap?: boolean;
  align?: 'start' | 'end' | 'center';
  /** Lets wrapping columns (names, descriptions) keep a readable width. */
  minWidth?: number;
}

export interface DataTableLabels {
  /** Spoken after the column name on a sortable header, e.g. « trier ». */
  sortHint: (label: string, next: SortDirection) => string;
  loading: string;
}

export interface DataTableProps<T> {
  caption: string;
  /** Show the caption on screen; it is always read by screen readers. */
  captionVisible?: boolean;
  columns: DataColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: { key: string; dir: SortDirection } | null;
  onSort?: (key: string, dir: SortDirection) => void;
  loading?: boolean;
  /** Shown in place of the rows when there are none (and nothing is loading). */
  empty?: ReactNode;
  labels: DataTableLabels;
  /** Below this width the table scrolls horizontally inside its container. */
  minWidth?: number;
  skeletonRows?: number;
}

export function DataTable<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  loading = false,
  empty,
  labels,
  minWidth = 960,
  skeletonRows = 8,
}: DataTableProps<T>) {
  const showSkeleton = loading && rows.length === 0;
  const captionId = useId();
  return (
    // A keyboard user can focus the region to scroll it sideways on a small screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region (WCAG 2.1.1)
    <section className={classes.scroll} aria-labelledby={captionId} tabIndex={0}>
      <Table
        style={{ minWidth }}
        striped
        highlightOnHover
        verticalSpacing={8}
        horizontalSpacing={10}
        aria-busy={loading || undefined}
        className={classes.table}
        data-loading={loading || undefined}
        captionSide="top"
      >
        <Table.Caption id={captionId} className={captionVisible ? classes.caption : 'visually-hidden'}>
          {caption}
        </Table.Caption>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            {columns.map((c) => {
              const active = sort?.key === c.key ? sort.dir : null;
              const next: SortDirection = active === 'asc' ? 'desc' : 'asc';
              const Icon =
                active === 'asc'
                  ? IconSortAscending
                  : active === 'desc'
                    ? IconSortDescending
                    : IconArrowsSort;
              return (
                <Table.Th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (active === 'asc' ? 'ascending' : 'descending') : undefined}
                  style={{ textAlign: c.align ?? 'start', minWidth: c.minWidth }}
                  className={classes.th}
                >
                  {c.sortable && onSort ? (
                    <UnstyledButton
                      className={classes.sortButton}
                      data-active={active ? true : undefined}
                      onClick={() => onSort(c.key, next)}
                    >
                      <span>{c.label}</span>
                      <Icon size={14} stroke={1.8} aria-hidden className={classes.sortIcon} />
                      <span className="visually-hidden">{labels.sortHint(c.label, next)}</span>
                    </UnstyledButton>
                  ) : (
                    c.label
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {showSkeleton
            ? Array.from({ length: skeletonRows }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                <Table.Tr key={i} aria-hidden>
                  {columns.map((c) => (
                    <Table.Td key={c.key}>
                      <Skeleton height={14} radius="sm" />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : rows.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <Table.Td
                      key={c.key}
                      style={{ textAlign: c.align ?? 'start', whiteSpace: c.nowrap ? 'nowrap' : undefined }}
                    >
                      {/* Table cells ignore min-width: an inner block carries it. */}
                      {c.minWidth ? (
                        <div style={{ minWidth: c.minWidth }}>{c.render(row)}</div>
                      ) : (
                        c.render(row)
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
          {!loading && rows.length === 0 && empty ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Box py="xl">{empty}</Box>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
      {showSkeleton ? (
        <span className="visually-hidden" role="status">
          {labels.loading}
        </span>
      ) : null}
    </section>
  );
}
