import { Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { ErrorAlert } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { acceptNominations, nominationDataKeys, nominationsKey } from './queries';

/** The nominations chosen in the list for tiếp nhận; only those the actor may accept. */
export function useAcceptSelection(items: NominationListItem[]) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const acceptable = items.filter((n) => n.permissions.canAccept);
  // what is chosen and still on the page, still acceptable, in the page's order
  const selected = acceptable.filter((n) => chosen.has(n.id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChosen = acceptable.length > 0 && selected.length === acceptable.length;
  const toggleAll = () => setChosen(allChosen ? new Set() : new Set(acceptable.map((n) => n.id)));
  const clear = () => setChosen(new Set());
  return {
    selected,
    acceptable,
    isChosen: (id: string) => chosen.has(id),
    toggle,
    toggleAll,
    allChosen,
    clear,
  };
}
export type AcceptSelection = ReturnType<typeof useAcceptSelection>;

/** The header checkbox: every acceptable nomination of the page. */
export function SelectAllBox({ selection }: { selection: AcceptSelection }) {
  const { t } = useTranslation();
  const { selected, acceptable } = selection;
  return (
    <Checkbox
      aria-label={t('nom.bulk.selectAll')}
      checked={selection.allChosen}
      indeterminate={selected.length > 0 && !selection.allChosen}
      disabled={acceptable.length === 0}
      onChange={selection.toggleAll}
    />
  );
}

/** One row's checkbox (only where the actor may accept it). */
export function SelectBox({ n, selection }: { n: NominationListItem; selection: AcceptSelection }) {
  const { t } = useTranslation();
  if (!n.permissions.canAccept) return null;
  return (
    <Checkbox
      aria-label={t('nom.bulk.select', { name: n.name })}
      checked={selection.isChosen(n.id)}
      onChange={() => selection.toggle(n.id)}
    />
  );
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
  if (selection.acceptable.length === 0) return null;
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
