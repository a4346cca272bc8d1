import './catalog';
import { Button, Checkbox, FileButton, Group, Image, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardEntryInput, BoardEntryView } from '../../../shared/schemas/publicity';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { boardKey, boardWrites } from './queries';

const SummaryEditor = lazy(() => import('../nominations/summary-editor'));

type Shown = BoardEntryInput['shownFields'][number];

const inputOf = (e: BoardEntryView): BoardEntryInput => ({
  displayName: e.displayName,
  unitName: e.unitName,
  position: e.position,
  storyHtml: e.storyHtml,
  photoAssetId: e.photo?.id ?? null,
  shownFields: e.shownFields.filter((f): f is Shown => f === 'position' || f === 'birthYear'),
  sortOrder: e.sortOrder,
});

/** Sửa mục bảng vinh danh: name, unit, position, the public story, what else shows, the photo. */
export function EntryModal({
  cid,
  entry,
  onClose,
}: {
  cid: string;
  entry: BoardEntryView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [base, setBase] = useState(entry);
  const [value, setValue] = useState(() => inputOf(entry));
  const [resetKey, setResetKey] = useState(0);
  const set = (patch: Partial<BoardEntryInput>) => setValue((v) => ({ ...v, ...patch }));
  const save = useApiMutation<BoardEntryInput, BoardEntryView, BoardEntryView>({
    mutationFn: (input) => boardWrites.update(cid, base, input),
    invalidate: [boardKey(cid)],
    successMessage: t('board.saved'),
    onSuccess: onClose,
  });
  const upload = useApiMutation({
    mutationFn: (file: File) => boardWrites.photo(cid, base, file),
    invalidate: [boardKey(cid)],
    successMessage: t('board.photoUploaded'),
    onSuccess: (e: BoardEntryView) => {
      setBase(e);
      set({ photoAssetId: e.photo?.id ?? null });
      void qc.invalidateQueries({ queryKey: boardKey(cid) });
    },
  });
  const toggleShown = (f: Shown, on: boolean) =>
    set({
      shownFields: on ? [...new Set([...value.shownFields, f])] : value.shownFields.filter((x) => x !== f),
    });
  return (
    <FormModal
      title={t('board.editTitle')}
      size="lg"
      onClose={onClose}
      saving={save.isPending}
      error={save.error ?? upload.error}
      conflict={
        save.conflict
          ? {
              current: save.conflict.displayName,
              onReload: () => {
                setBase(save.conflict!);
                setValue(inputOf(save.conflict!));
                setResetKey((k) => k + 1);
                save.reset();
              },
            }
          : null
      }
      onSubmit={(ev) => {
        ev.preventDefault();
        save.mutate(value);
      }}
    >
      <Group align="flex-end">
        {base.photo && (
          <Image
            src={base.photo.sizes[0]?.url}
            alt={t('board.photoOf', { name: base.displayName })}
            w={96}
            radius="sm"
          />
        )}
        <FileButton onChange={(f) => f && upload.mutate(f)} accept="image/jpeg,image/png,image/webp">
          {(props) => (
            <Button {...props} variant="light" loading={upload.isPending}>
              {t('board.field.photo')}
            </Button>
          )}
        </FileButton>
      </Group>
      <TextInput
        label={t('board.field.displayName')}
        value={value.displayName}
        onChange={(e) => set({ displayName: e.currentTarget.value })}
        required
      />
      <TextInput
        label={t('board.field.unitName')}
        value={value.unitName}
        onChange={(e) => set({ unitName: e.currentTarget.value })}
      />
      <TextInput
        label={t('board.field.position')}
        value={value.position}
        onChange={(e) => set({ position: e.currentTarget.value })}
      />
      <Suspense fallback={null}>
        <SummaryEditor
          label={t('board.field.story')}
          value={value.storyHtml}
          onChange={(html) => set({ storyHtml: html })}
          resetKey={resetKey}
        />
      </Suspense>
      <Stack gap={4}>
        <Checkbox.Group label={t('board.field.shown')} value={value.shownFields}>
          <Group mt={4}>
            <Checkbox
              value="position"
              label={t('board.field.showPosition')}
              onChange={(e) => toggleShown('position', e.currentTarget.checked)}
            />
            <Checkbox
              value="birthYear"
              label={`${t('board.field.showBirthYear')}${base.birthYear ? ` (${base.birthYear})` : ''}`}
              onChange={(e) => toggleShown('birthYear', e.currentTarget.checked)}
            />
          </Group>
        </Checkbox.Group>
      </Stack>
    </FormModal>
  );
}
