import { ActionIcon, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { moveInOrder } from '../../../shared/rules/unit-order';
import type { UnitView } from '../../../shared/schemas/organizations';
import { useApiMutation } from '../../lib/use-api-mutation';
import { reorderUnits, unitsKey } from './queries';

/** Move up / move down: sends the whole new order; the list shows the server's answer. */
export function useUnitOrder(orgId: string, units: UnitView[]) {
  const qc = useQueryClient();
  const save = useApiMutation({
    mutationFn: (ids: string[]) => reorderUnits(orgId, ids),
    invalidate: [unitsKey(orgId)],
    onSuccess: (list) => qc.setQueryData(unitsKey(orgId), list),
  });
  const ids = units.map((u) => u.id);
  return {
    move: (id: string, delta: -1 | 1) => save.mutate(moveInOrder(ids, id, delta)),
    busy: save.isPending,
    error: save.error,
  };
}
export type UnitOrder = ReturnType<typeof useUnitOrder>;

export function UnitOrderButtons({
  unit,
  index,
  count,
  order,
}: {
  unit: UnitView;
  index: number;
  count: number;
  order: UnitOrder;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="light"
        aria-label={t('units.moveUp', { name: unit.name })}
        disabled={index === 0 || order.busy}
        onClick={() => order.move(unit.id, -1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="light"
        aria-label={t('units.moveDown', { name: unit.name })}
        disabled={index === count - 1 || order.busy}
        onClick={() => order.move(unit.id, 1)}
      >
        ↓
      </ActionIcon>
    </Group>
  );
}
