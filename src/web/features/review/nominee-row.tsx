import { Button, Checkbox, Group, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';

export type Exclusion = { memberIds: string[]; reason: string; open: boolean };

/** One accepted nomination in the new-ballot form: on the ballot or not, and who must abstain. */
export function NomineeRow({
  nomination: n,
  on,
  onBallot,
  exclusion: x,
  memberOptions,
  error,
  onToggle,
  onExclusion,
}: {
  nomination: NominationListItem;
  on: boolean;
  onBallot: boolean;
  exclusion: Exclusion;
  memberOptions: { value: string; label: string }[];
  error: string | null;
  onToggle: (on: boolean) => void;
  onExclusion: (patch: Partial<Exclusion>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" bg={on ? 'red.0' : undefined} data-nominee={n.name}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Checkbox
          size="md"
          checked={on}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          label={
            <div>
              <Text fw={600}>{n.name}</Text>
              <Text size="xs" c="dimmed">
                {n.unitName} · {n.awardFormName}
                {onBallot ? ` · ${t('rev.create.alreadyOnBallot')}` : ''}
              </Text>
            </div>
          }
        />
        {on && (
          <Button
            size="compact-sm"
            variant={x.memberIds.length ? 'light' : 'subtle'}
            color={x.memberIds.length ? 'orange' : 'gray'}
            onClick={() => onExclusion({ open: !x.open })}
            aria-expanded={x.open}
            aria-label={`${t('rev.create.conflicts')}: ${n.name}`}
            style={{ flexShrink: 0 }}
          >
            {x.memberIds.length
              ? t('rev.create.conflictsCount', { count: x.memberIds.length })
              : t('rev.create.conflicts')}
          </Button>
        )}
      </Group>
      {on && x.open && (
        <Stack gap="xs" mt="xs" pl={{ base: 0, sm: 32 }}>
          <MultiSelect
            label={t('rev.create.excluded')}
            data={memberOptions}
            value={x.memberIds}
            onChange={(v) => onExclusion({ memberIds: v })}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {x.memberIds.length > 0 && (
            <TextInput
              label={t('rev.create.excludedReason')}
              value={x.reason}
              onChange={(e) => onExclusion({ reason: e.currentTarget.value })}
            />
          )}
        </Stack>
      )}
      {error && (
        <Text c="red" size="sm" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}
