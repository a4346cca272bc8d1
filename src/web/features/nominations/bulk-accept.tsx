import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { ErrorAlert } from '../../components/form-modal';
import {
  type RowSelection,
  SelectAllBox as SelectAllRows,
  SelectRowBox,
  useRowSelection,
} from '../../components/row-selection';
import { useApiMutation } from '../../lib/use-api-mutation';
import { acceptNominations, nominationDataKeys, nominationsKey } from './queries';

/** The nominations chosen in the list for tiếp nhận; only those the actor may accept (in the page's order). */
export const useAcceptSelection = (items: NominationListItem[]) =>
  useRowSelection(items.filter((n) => n.permissions.canAccept));
export type AcceptSelection = RowSelection<NominationListItem>;

/** The header checkbox: every acceptable nomination of the page. */
export function SelectAllBox({ selection }: { selection: AcceptSelection }) {
  const { t } = useTranslation();
  return <SelectAllRows selection={selection} label={t('nom.bulk.selectAll')} />;
}

/** One row's checkbox (only where the actor may accept it). */
export function SelectBox({ n, selection }: { n: NominationListItem; selection: AcceptSelection }) {
  const { t } = useTranslation();
  if (!n.permissions.canAccept) return null;
  return <SelectRowBox selection={selection} id={n.id} label={t('nom.bulk.select', { name: n.name })} />;
}

/** "Tiếp nhận (n) hồ sơ đã chọn", asking first with the names; all or none on the server. */
export function BulkAcceptBar({ cid, selection }: { cid: string; selection: AcceptSelection }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const { selected } = selection;
  const run = useApiMutation({
    mutationFn: () =>
      acceptNominations({ cid, items: selected.map(({ id, version }) => ({ id, version })) }).catch((err) => {
        // the refusal names the nomination; the list shows it as it is now
        void qc.invalidateQueries({ queryKey: nominationsKey(cid) });
        throw err;
      }),
    invalidate: nominationDataKeys(cid),
    onSuccess: (res) => {
      notifications.show({ color: 'green', message: t('nom.bulk.done', { count: res.accepted }) });
      selection.clear();
      setAsking(false);
    },
  });
  if (selection.choosable.length === 0) return null;
  const count = selected.length;
  const close = () => {
    run.clearFailure();
    setAsking(false);
  };
  return (
    <Group gap="sm">
      <Button color="green" disabled={count === 0} onClick={() => setAsking(true)}>
        {t('nom.bulk.accept', { count })}
      </Button>
      {count > 0 && (
        <Button variant="subtle" color="gray" onClick={selection.clear}>
          {t('nom.bulk.clear')}
        </Button>
      )}
      {asking && (
        <Modal opened onClose={close} title={t('nom.bulk.confirmTitle', { count })} centered>
          <Stack>
            <Text size="sm">{t('nom.bulk.confirmText')}</Text>
            <List size="sm" data-testid="bulk-accept-names">
              {selected.map((n) => (
                <List.Item key={n.id}>
                  {n.name} — {n.unitName}
                </List.Item>
              ))}
            </List>
            <ErrorAlert error={run.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} size="md">
                {t('common.cancel')}
              </Button>
              <Button
                color="green"
                onClick={() => run.mutate()}
                loading={run.isPending}
                size="md"
                data-autofocus
              >
                {t('nom.bulk.confirm', { count })}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
