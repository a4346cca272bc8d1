import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The footer of an edit modal: delete with a second tap to confirm (when `onDelete` is given),
 * cancel, and save (the form's submit).
 */
export function ModalActions({
  onDelete,
  onCancel,
  saving,
}: {
  onDelete?: () => Promise<void>;
  onCancel: () => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    if (!confirming) return setConfirming(true);
    try {
      await onDelete?.();
    } finally {
      setConfirming(false);
    }
  };
  return (
    <Group justify="space-between">
      {onDelete ? (
        <Button
          color="red"
          variant={confirming ? 'filled' : 'subtle'}
          onClick={() => void remove()}
          disabled={saving}
        >
          {confirming ? t('common.confirmDelete') : t('common.delete')}
        </Button>
      ) : (
        <span />
      )}
      <SaveCancel onCancel={onCancel} saving={saving} />
    </Group>
  );
}

/** Cancel and save (the form's submit), right-aligned. */
export function SaveCancel({
  onCancel,
  saving,
  saveLabel,
  disabled,
}: {
  onCancel: () => void;
  saving: boolean;
  saveLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled}>
        {saveLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
