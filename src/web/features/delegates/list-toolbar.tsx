import { Alert, Button, FileButton, Group, List, Menu, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type RowError } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useBusyDownload } from '../../lib/use-busy-download';
import { apiBase, delegateApi, delegateListKey, useErrorNotice } from './queries';

/** Why an import stored nothing: the message and the first 50 rows' problems. */
function ImportErrors({
  error,
  onClose,
}: {
  error: { message: string; rows: RowError[] };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('del.list.importFailed')} withCloseButton onClose={onClose}>
      {error.message}
      {error.rows.length > 0 && (
        <List size="sm" mt={4}>
          {error.rows.slice(0, 50).map((r) => (
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
  );
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
  const [download, busy] = useBusyDownload();
  const [importError, setImportError] = useState<{ message: string; rows: RowError[] } | null>(null);
  const base = `${apiBase(cid)}/delegates`;
  const editable = canManage && !finalized;
  const invalidate = [delegateListKey(cid)];
  const addHonorees = useApiMutation({
    mutationFn: () => delegateApi.addHonorees(cid),
    invalidate,
    onSuccess: (r) =>
      notifications.show({
        color: 'green',
        message: t('del.list.addedHonorees', { added: r.added, already: r.alreadyListed }),
      }),
  });
  useErrorNotice(addHonorees.error);
  const importFile = useApiMutation({
    mutationFn: (file: File) => delegateApi.importXlsx(cid, file),
    invalidate,
    onSuccess: (r) =>
      notifications.show({ color: 'green', message: t('del.list.imported', { count: r.created }) }),
  });
  const runImport = (file: File | null) => {
    if (!file) return;
    setImportError(null);
    importFile.mutate(file, {
      onError: (err) =>
        setImportError(
          err instanceof ApiError
            ? { message: err.message, rows: err.rows }
            : { message: t('errors.generic'), rows: [] },
        ),
    });
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {editable && (
          <>
            <Button onClick={() => addHonorees.mutate()} loading={addHonorees.isPending}>
              {t('del.list.addHonorees')}
            </Button>
            <Button variant="light" onClick={onAddGuest}>
              {t('del.list.addGuest')}
            </Button>
            <FileButton onChange={runImport} accept=".xlsx">
              {(props) => (
                <Button variant="light" loading={importFile.isPending} {...props}>
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
              {t('common.downloadTemplate')}
            </Button>
          </>
        )}
        <Button
          variant="subtle"
          loading={busy === 'export'}
          onClick={() => void download('export', `${base}/export.xlsx`, 'Danh-sach-dai-bieu.xlsx')}
        >
          {t('common.exportExcel')}
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
                  {t('del.list.invitationsAll', { paper })}
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
      {importError && <ImportErrors error={importError} onClose={() => setImportError(null)} />}
    </Stack>
  );
}
