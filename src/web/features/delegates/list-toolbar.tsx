import { Alert, Button, FileButton, Group, List, Menu, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, apiUpload, downloadFile, type RowError } from '../../lib/api';
import { apiBase, invalidateDelegates } from './queries';

/** Runs a download and reports its failure; returns [run, busy]. */
function useDownload() {
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

/** The secretary's actions on the list: honorees, guests, Excel in and out, invitations, name cards. */
export function ListToolbar({
  cid,
  canManage,
  finalized,
  onAddGuest,
}: {
  cid: string;
  canManage: boolean;
  finalized: boolean;
  onAddGuest: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [download, busy] = useDownload();
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [importError, setImportError] = useState<{ message: string; rows: RowError[] } | null>(null);
  const base = `${apiBase(cid)}/delegates`;
  const editable = canManage && !finalized;

  const addHonorees = async () => {
    setAdding(true);
    try {
      const r = await api<{ added: number; alreadyListed: number }>('POST', `${base}/from-honorees`, {});
      notifications.show({
        color: 'green',
        message: t('del.list.addedHonorees', { added: r.added, already: r.alreadyListed }),
      });
      invalidateDelegates(qc, cid);
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      });
    } finally {
      setAdding(false);
    }
  };

  const runImport = async (file: File | null) => {
    if (!file) return;
    setImporting(true);
    setImportError(null);
    try {
      const r = await apiUpload<{ created: number }>(`${base}/import`, file);
      notifications.show({ color: 'green', message: t('del.list.imported', { count: r.created }) });
      invalidateDelegates(qc, cid);
    } catch (err) {
      setImportError(
        err instanceof ApiError
          ? { message: err.message, rows: err.rows }
          : { message: t('errors.generic'), rows: [] },
      );
    } finally {
      setImporting(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {editable && (
          <>
            <Button onClick={() => void addHonorees()} loading={adding}>
              {t('del.list.addHonorees')}
            </Button>
            <Button variant="light" onClick={onAddGuest}>
              {t('del.list.addGuest')}
            </Button>
            <FileButton onChange={(f) => void runImport(f)} accept=".xlsx">
              {(props) => (
                <Button variant="light" loading={importing} {...props}>
                  {t('del.list.import')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="subtle"
              loading={busy === 'template'}
              onClick={() =>
                void download('template', `${base}/template.xlsx`, 'Mau-danh-sach-dai-bieu.xlsx')
              }
            >
              {t('del.list.template')}
            </Button>
          </>
        )}
        <Button
          variant="subtle"
          loading={busy === 'export'}
          onClick={() => void download('export', `${base}/export.xlsx`, 'Danh-sach-dai-bieu.xlsx')}
        >
          {t('del.list.export')}
        </Button>
        {canManage && (
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                variant="outline"
                loading={busy?.startsWith('inv') ?? false}
                data-testid="invitations-menu"
              >
                {t('del.list.invitations')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['A4', 'A5'] as const).map((paper) => (
                <Menu.Item
                  key={paper}
                  onClick={() =>
                    void download(
                      `inv-${paper}`,
                      `${base}/invitations.pdf?paper=${paper}`,
                      `Giay-moi-${paper}.pdf`,
                    )
                  }
                >
                  {t('del.list.invitationsAll')} ({paper})
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="outline" loading={busy?.startsWith('cards') ?? false}>
              {t('del.list.nameCards')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              onClick={() =>
                void download('cards-badge', `${base}/name-cards.pdf?kind=badge`, 'Bang-ten.pdf')
              }
            >
              {t('del.list.nameCards')}
            </Menu.Item>
            <Menu.Item
              onClick={() => void download('cards-place', `${base}/name-cards.pdf?kind=place`, 'The-ban.pdf')}
            >
              {t('del.list.placeCards')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {importError && (
        <Alert
          color="red"
          title={t('del.list.importFailed')}
          withCloseButton
          onClose={() => setImportError(null)}
        >
          {importError.message}
          {importError.rows.length > 0 && (
            <List size="sm" mt={4}>
              {importError.rows.slice(0, 50).map((r) => (
                <List.Item key={`${r.row}-${r.column}-${r.message}`}>
                  {r.row > 0 && r.column
                    ? t('nom.import.rowColumn', { row: r.row, column: r.column, message: r.message })
                    : r.row > 0
                      ? t('nom.import.row', { row: r.row, message: r.message })
                      : r.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
