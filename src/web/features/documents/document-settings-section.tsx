import { Button, Group, Paper, Select, Switch, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIZE_ROUNDINGS, type PrizeRounding } from '../../../shared/rules/prize-money';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { DateField } from '../../components/date-field';
import { SectionCard } from '../../components/section-card';
import { formatDate } from '../../lib/format';
import { useApiMutation } from '../../lib/use-api-mutation';
import { budgetKey } from '../budget/queries';
import { dashboardKey } from '../dashboard/queries';
import { awardFormsKey } from '../nominations/queries';
import { PrizeBasisNote } from './prize-basis-note';
import { documentSettingsKey, saveDocumentSettings, useConflictNotice, useDocumentSettings } from './queries';

type Draft = {
  prizeRounding: PrizeRounding;
  useDefault: boolean;
  lines: string;
  decisionDate: string | null;
};

const toDraft = (s: DocumentSettings): Draft => ({
  prizeRounding: s.prizeRounding,
  useDefault: s.decisionLegalBasis === null,
  lines: (s.decisionLegalBasis ?? s.defaultLegalBasis).join('\n'),
  decisionDate: s.decisionDate,
});

/** Cài đặt văn bản: how the QĐ rounds prize amounts, which "Căn cứ" lines it cites, the draft's date. */
export function DocumentSettingsSection({ cid }: { cid: string }) {
  const settings = useDocumentSettings(cid);
  if (!settings.data) return null;
  return <SettingsForm cid={cid} s={settings.data} />;
}

function SettingsForm({ cid, s }: { cid: string; s: DocumentSettings }) {
  const { t } = useTranslation();
  const form = useForm<Draft>({ initialValues: toDraft(s) });
  // the stored settings changed (saved here, or by someone else): start again from them
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the stored settings change
  useEffect(() => {
    form.setValues(toDraft(s));
    form.resetDirty(toDraft(s));
  }, [s]);
  const save = useApiMutation<Draft, DocumentSettings, DocumentSettings>({
    mutationFn: (d) =>
      saveDocumentSettings(cid, {
        version: s.version,
        prizeRounding: d.prizeRounding,
        decisionLegalBasis: d.useDefault
          ? null
          : d.lines
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
        decisionDate: d.decisionDate,
      }),
    // the rounding and the date change the prizes the budget, the dashboard and the award forms show
    invalidate: [documentSettingsKey(cid), budgetKey(cid), dashboardKey(cid), awardFormsKey(cid)],
    form,
    successMessage: t('doc.settings.saved'),
  });
  useConflictNotice(save, t('doc.settings.conflict'));
  const v = form.values;
  const legalError = Object.entries(form.errors).find(([k]) => k.startsWith('decisionLegalBasis'))?.[1];
  return (
    <SectionCard id="sec-doc-settings" title={t('doc.settings.title')} help={t('doc.settings.help')}>
      {s.canManage && (
        <DateField
          label={t('doc.settings.decisionDate')}
          value={v.decisionDate}
          onChange={(d) => form.setFieldValue('decisionDate', d)}
          error={form.errors.decisionDate}
        />
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('doc.settings.decisionDateHelp', { day: formatDate(s.conferenceDay) || '—' })}
      </Text>
      <Paper withBorder p="xs" mt="xs" mb="md" data-testid="draft-prize-basis">
        <Text size="sm" fw={600}>
          {t('doc.settings.draftPrizes')}
        </Text>
        <PrizeBasisNote basis={s.draftPrizes} withTotal />
      </Paper>
      <Select
        label={t('doc.settings.rounding')}
        {...form.getInputProps('prizeRounding')}
        onChange={(r) => r && form.setFieldValue('prizeRounding', r as PrizeRounding)}
        allowDeselect={false}
        disabled={!s.canManage}
        data={PRIZE_ROUNDINGS.map((r) => ({ value: r, label: t(`doc.settings.roundings.${r}`) }))}
        maw={420}
      />
      <Switch
        mt="md"
        label={t('doc.settings.useDefault')}
        checked={v.useDefault}
        disabled={!s.canManage}
        onChange={(e) => {
          const useDefault = e.currentTarget.checked;
          form.setValues({ useDefault, lines: useDefault ? s.defaultLegalBasis.join('\n') : v.lines });
        }}
      />
      <Textarea
        mt="xs"
        label={t('doc.settings.legalBasis')}
        description={t('doc.settings.legalBasisHelp')}
        value={v.lines}
        onChange={(e) => form.setFieldValue('lines', e.currentTarget.value)}
        disabled={!s.canManage || v.useDefault}
        autosize
        minRows={3}
        error={legalError}
      />
      {save.error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {save.error}
        </Text>
      )}
      {s.canManage && (
        <Group justify="flex-end" mt="sm">
          <Button onClick={() => save.mutate(v)} loading={save.isPending} disabled={!form.isDirty()}>
            {t('doc.settings.save')}
          </Button>
        </Group>
      )}
    </SectionCard>
  );
}
