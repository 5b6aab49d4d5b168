// The buttons that end a form in a dialog: cancel, then the submit button (busy while saving).
import { Button, Group } from '@mantine/core';

export function FormActions({
  onCancel,
  cancelLabel,
  submitLabel,
  pending,
}: {
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  pending?: boolean;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
