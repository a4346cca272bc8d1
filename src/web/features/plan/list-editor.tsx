import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanForm } from './plan-form-context';

/** Move up / move down / remove for row `index` of the list at `path`. */
export function RowControls({
  path,
  index,
  length,
  label,
}: {
  path: string;
  index: number;
  length: number;
  label: string;
}) {
  const { t } = useTranslation();
  const { form } = usePlanForm();
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`${t('common.moveUp')}: ${label}`}
        disabled={index === 0}
        onClick={() => form.reorderListItem(path, { from: index, to: index - 1 })}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`${t('common.moveDown')}: ${label}`}
        disabled={index === length - 1}
        onClick={() => form.reorderListItem(path, { from: index, to: index + 1 })}
      >
        ↓
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={`${t('common.remove')}: ${label}`}
        onClick={() => form.removeListItem(path, index)}
      >
        ✕
      </ActionIcon>
    </Group>
  );
}

/** A list of objects: each row rendered by `children`, with an add button. */
export function RowsEditor<T>({
  path,
  items,
  addLabel,
  newItem,
  children,
  showListError = true,
}: {
  path: string;
  /** Show the rule error of the list itself (off where the caller shows it in its own place). */
  showListError?: boolean;
  items: T[];
  addLabel: string;
  newItem: () => T;
  children: (item: T, index: number) => ReactNode;
}) {
  const { form, errorOf } = usePlanForm();
  const listError = errorOf(path);
  return (
    <Stack gap="sm">
      {items.map((item, i) => (
        <div key={form.key(`${path}.${i}`)}>{children(item, i)}</div>
      ))}
      {showListError && listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem(path, newItem())}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** A list of text lines (căn cứ, mục đích, nơi nhận …): one textarea per line. */
export function LinesEditor({ path, items, label }: { path: string; items: string[]; label: string }) {
  const { t } = useTranslation();
  const { bind } = usePlanForm();
  return (
    <RowsEditor path={path} items={items} addLabel={`${t('planEdit.addLine')} — ${label}`} newItem={() => ''}>
      {(_, i) => (
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            label={`${label} ${i + 1}`}
            autosize
            minRows={1}
            maxRows={8}
            style={{ flex: 1 }}
            {...bind(`${path}.${i}`)}
          />
          <div style={{ paddingTop: 24 }}>
            <RowControls path={path} index={i} length={items.length} label={`${label} ${i + 1}`} />
          </div>
        </Group>
      )}
    </RowsEditor>
  );
}

/** Rows of a table-like list: the visible label on the first row only (it reads as a column
 * header), while every input keeps its own accessible name (by default the label and row number). */
export function rowLabel(index: number, label: string, accessibleName = `${label} ${index + 1}`) {
  return { label: index === 0 ? label : undefined, 'aria-label': accessibleName };
}
