import './catalog';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaAssetView } from '../../../shared/schemas/publicity';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useEditForm } from '../../lib/use-edit-form';
import { addVideo, deleteAsset, type MediaDetails, mediaKey, updateAsset } from './queries';

type Values = MediaDetails & { videoUrl: string };
const toValues = (a: MediaAssetView | null): Values => ({
  title: a?.title ?? '',
  caption: a?.caption ?? '',
  conferenceId: a?.conferenceId ?? null,
  movementId: a?.movementId ?? null,
  videoUrl: a?.videoUrl ?? '',
});

/** Sửa tiêu đề, chú thích của một ảnh/video; or, with `asset` null, thêm đường dẫn video. */
export function AssetModal(props: {
  organizationId: string;
  asset: MediaAssetView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { organizationId, asset } = props;
  const { form, bodyProps } = useEditForm({
    item: asset,
    toValues,
    save: ({ videoUrl, ...details }, version) =>
      asset
        ? updateAsset(organizationId, asset.id, details, version)
        : addVideo(organizationId, { ...details, videoUrl }),
    invalidate: [mediaKey(organizationId)],
    successMessage: t('media.library.saved'),
    onSuccess: props.onClose,
  });
  const remove = useApiMutation({
    mutationFn: (a: MediaAssetView) => deleteAsset(organizationId, a),
    invalidate: [mediaKey(organizationId)],
    successMessage: t('media.library.deleted'),
    onSuccess: props.onClose,
  });
  const body = bodyProps((c) => c.title);
  return (
    <FormModal
      opened
      onClose={props.onClose}
      title={asset ? t('media.library.editTitle') : t('media.library.addVideo')}
      {...body}
      error={body.error ?? remove.error}
      onDelete={asset ? () => remove.mutateAsync(asset).catch(() => {}) : undefined}
    >
      {!asset && (
        <TextInput
          label={t('media.field.videoUrl')}
          required
          type="url"
          {...form.getInputProps('videoUrl')}
        />
      )}
      <TextInput label={t('media.field.title')} {...form.getInputProps('title')} />
      <Textarea label={t('media.field.caption')} autosize minRows={2} {...form.getInputProps('caption')} />
    </FormModal>
  );
}
