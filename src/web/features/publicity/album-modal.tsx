import './catalog';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type AlbumInput, type AlbumView, albumInputSchema } from '../../../shared/schemas/publicity';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useEditForm } from '../../lib/use-edit-form';
import { AssetPicker, coverOptions } from './asset-picker';
import { albumsKey, createAlbum, deleteAlbum, updateAlbum, useLibrary } from './queries';

const toValues = (a: AlbumView | null): AlbumInput => ({
  title: a?.title ?? '',
  description: a?.description ?? '',
  conferenceId: a?.conferenceId ?? null,
  movementId: a?.movementId ?? null,
  coverAssetId: a?.coverAssetId ?? null,
  assetIds: a?.assetIds ?? [],
});

/** Tạo/sửa album: title, description, the photos in order, the cover. */
export function AlbumModal(props: { organizationId: string; album: AlbumView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { organizationId, album } = props;
  const library = useLibrary(organizationId);
  const { form, bodyProps } = useEditForm({
    item: album,
    toValues,
    validate: schemaResolver(albumInputSchema, { sync: true }),
    save: (v, version) =>
      album ? updateAlbum(organizationId, album.id, v, version) : createAlbum(organizationId, v),
    invalidate: [albumsKey(organizationId)],
    successMessage: t('media.albums.saved'),
    onSuccess: props.onClose,
  });
  const remove = useApiMutation({
    mutationFn: (a: AlbumView) => deleteAlbum(organizationId, a),
    invalidate: [albumsKey(organizationId)],
    onSuccess: props.onClose,
  });
  const body = bodyProps((c) => c.title);
  const items = library.data?.items ?? [];
  return (
    <FormModal
      size="xl"
      onClose={props.onClose}
      title={album ? t('media.albums.editTitle') : t('media.albums.addTitle')}
      {...body}
      error={body.error ?? remove.error}
      onDelete={album ? () => remove.mutateAsync(album).catch(() => {}) : undefined}
    >
      <TextInput label={t('media.field.title')} required {...form.getInputProps('title')} />
      <Textarea
        label={t('media.field.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
      <AssetPicker
        library={items}
        value={form.values.assetIds}
        onChange={(ids) => form.setFieldValue('assetIds', ids)}
      />
      <NativeSelect
        label={t('media.field.cover')}
        data={coverOptions(items, t('media.field.noCover'), t('media.library.untitled'))}
        value={form.values.coverAssetId ?? ''}
        onChange={(e) => form.setFieldValue('coverAssetId', e.currentTarget.value || null)}
        error={form.errors.coverAssetId}
      />
    </FormModal>
  );
}
