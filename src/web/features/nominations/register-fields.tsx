import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { formatDate } from '../../lib/format';
import { useConference } from '../conferences/queries';
import { useMovements } from '../eligibility/queries';
import type { NominationFormValues } from './nomination-form-values';

/**
 * What the register needs of the nomination: the movement the achievement belongs to, the
 * achievement's reference (one achievement, one honour) and — when the register finds the nominee
 * not yet eligible — the unit's explanation. The movement list may be empty.
 */
export function RegisterFields({
  form,
  conferenceId,
  nomination,
}: {
  form: UseFormReturnType<NominationFormValues>;
  conferenceId: string;
  nomination: Nomination | null;
}) {
  const { t } = useTranslation();
  const conference = useConference(conferenceId);
  const movements = useMovements(conference.data?.organizationId);
  const items = movements.data?.items ?? [];
  const data = items.map((m) => ({
    value: m.id,
    label: `${m.name} (${formatDate(m.startDate)}${m.endDate ? ` – ${formatDate(m.endDate)}` : ''})`,
  }));
  const asksNote =
    nomination?.eligibility.verdict === 'ineligible' || form.values.eligibilityNote.trim() !== '';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            size="md"
            label={t('elig.form.movement')}
            description={t('elig.form.movementHelp')}
            placeholder={items.length ? t('elig.form.movementNone') : t('elig.form.noMovements')}
            data={data}
            disabled={items.length === 0}
            clearable
            searchable
            {...form.getInputProps('movementId')}
            value={form.values.movementId || null}
            onChange={(v) => form.setFieldValue('movementId', v ?? '')}
          />
          <TextInput
            size="md"
            label={t('elig.form.achievementRef')}
            description={t('elig.form.achievementRefHelp')}
            maxLength={300}
            {...form.getInputProps('achievementRef')}
          />
        </SimpleGrid>
        {asksNote && (
          <Textarea
            size="md"
            label={t('elig.card.noteLabel')}
            description={t('elig.card.noteHelp')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('eligibilityNote')}
          />
        )}
      </Stack>
    </Paper>
  );
}
