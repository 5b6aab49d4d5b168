// Columns that several administration lists share, for DataTable: an active / inactive badge and
// an « Modifier » button per row. Texts come from the caller (no feature's catalogue here).
import { Badge, Button } from '@mantine/core';
import type { DataColumn } from './DataTable';

export function activeColumn<T>(options: {
  label: string;
  isActive: (row: T) => boolean;
  activeText: string;
  inactiveText: string;
}): DataColumn<T> {
  return {
    key: 'active',
    label: options.label,
    render: (row) => {
      const active = options.isActive(row);
      return (
        <Badge variant="filled" color={active ? 'teal.9' : 'gray.8'}>
          {active ? options.activeText : options.inactiveText}
        </Badge>
      );
    },
  };
}

export function editColumn<T>(options: {
  label: string;
  text: string;
  /** the button's accessible name, naming the row (e.g. « Modifier le bureau 300 ») */
  ariaLabel: (row: T) => string;
  onEdit: (row: T) => void;
}): DataColumn<T> {
  return {
    key: 'edit',
    label: options.label,
    render: (row) => (
      <Button
        size="xs"
        variant="default"
        onClick={() => options.onEdit(row)}
        aria-label={options.ariaLabel(row)}
      >
        {options.text}
      </Button>
    ),
  };
}
