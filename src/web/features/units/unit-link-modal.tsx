import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../shared/schemas/organizations';
import type { LinkCandidatesView } from '../../../shared/schemas/upward';
import { useApiMutation } from '../../lib/use-api-mutation';
import { linkUnit, unitsKey } from './queries';

type Props = {
  organizationId: string;
  unit: UnitView;
  candidates: LinkCandidatesView['items'];
  onClose: () => void;
};

/**
 * Gắn đơn vị với cơ quan cấp dưới: the province's unit "Phường Văn Yên" stands for the ward's
 * organizer, so the ward can send its delegation here (upward flow).
 */
export function UnitLinkModal({ organizationId, unit, candidates, onClose }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(unit.linkedOrganizationId);
  const save = useApiMutation({
    mutationFn: () => linkUnit(unit.id, { linkedOrganizationId: chosen, version: unit.version }),
    invalidate: [unitsKey(organizationId)],
    successMessage: t('units.linked_saved'),
    onSuccess: onClose,
  });
  const error = save.error ?? (save.conflict !== null ? t('errors.conflictTitle') : null);
  return (
    <Modal opened onClose={onClose} title={t('units.linkTitle')} centered size="lg">
      <Stack>
        <Text fw={600}>{unit.name}</Text>
        <Text size="sm" c="dimmed">
          {t('units.linkHelp')}
        </Text>
        <Select
          label={t('units.linkOrganization')}
          placeholder={t('units.linkNone')}
          data={candidates.map((o) => ({ value: o.id, label: `${o.name} (${t(`orgLevel.${o.level}`)})` }))}
          value={chosen}
          onChange={setChosen}
          searchable
          clearable
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
