import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, downloadFile } from './api';

/**
 * Runs a download and reports its failure; returns [run, busy]: `busy` is the key of the download
 * under way (null when none), so a button can show it is loading.
 */
export function useBusyDownload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, path: string, fallback: string) => {
    setBusy(key);
    try {
      await downloadFile(path, fallback);
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    } finally {
      setBusy(null);
    }
  };
  return [run, busy] as const;
}
