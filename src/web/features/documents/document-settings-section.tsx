import { Button, Group, Select, Switch, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIZE_ROUNDINGS, type PrizeRounding } from '../../../shared/rules/prize-money';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { SectionCard } from '../../components/section-card';
import { ApiError, api } from '../../lib/api';
import { fieldErrors } from '../../lib/form-errors';
import { documentsApi, documentSettingsKey as settingsKey, useDocumentSettings } from './queries';

type Draft = { prizeRounding: PrizeRounding; useDefault: boolean; lines: string };

const toDraft = (s: DocumentSettings): Draft => ({
  prizeRounding: s.prizeRounding,
  useDefault: s.decisionLegalBasis === null,
  lines: (s.decisionLegalBasis ?? s.defaultLegalBasis).join('\n'),
});

/** Cài đặt văn bản: how the QĐ rounds prize amounts and which "Căn cứ" lines it cites. */
export function DocumentSettingsSection({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useDocumentSettings(cid);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(settings.data ? toDraft(settings.data) : null), [settings.data]);
  if (!settings.data || !draft) return null;
  const s = settings.data;
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(s));
  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      const lines = draft.lines
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const saved = await api<DocumentSettings>('PUT', `${documentsApi(cid)}/settings`, {
        version: s.version,
        prizeRounding: draft.prizeRounding,
        decisionLegalBasis: draft.useDefault ? null : lines,
      });
      qc.setQueryData(settingsKey(cid), saved);
      notifications.show({ color: 'green', message: t('doc.settings.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) {
        notifications.show({ color: 'orange', message: t('doc.settings.conflict') });
        await settings.refetch();
      } else if (err instanceof ApiError) {
        setErrors(fieldErrors(err));
        notifications.show({ color: 'red', message: err.message });
      } else notifications.show({ color: 'red', message: t('errors.generic') });
    } finally {
      setSaving(false);
    }
  };
  const legalError = Object.entries(errors).find(([k]) => k.startsWith('decisionLegalBasis'))?.[1];
  return (
    <SectionCard id="sec-doc-settings" title={t('doc.settings.title')} help={t('doc.settings.help')}>
      <Select
        label={t('doc.settings.rounding')}
        value={draft.prizeRounding}
        onChange={(v) => v && setDraft({ ...draft, prizeRounding: v as PrizeRounding })}
        allowDeselect={false}
        disabled={!s.canManage}
        error={errors.prizeRounding}
        data={PRIZE_ROUNDINGS.map((r) => ({ value: r, label: t(`doc.settings.roundings.${r}`) }))}
        maw={420}
      />
      <Switch
        mt="md"
        label={t('doc.settings.useDefault')}
        checked={draft.useDefault}
        disabled={!s.canManage}
        onChange={(e) =>
          setDraft({
            ...draft,
            useDefault: e.currentTarget.checked,
            lines: e.currentTarget.checked ? s.defaultLegalBasis.join('\n') : draft.lines,
          })
        }
      />
      <Textarea
        mt="xs"
        label={t('doc.settings.legalBasis')}
        description={t('doc.settings.legalBasisHelp')}
        value={draft.lines}
        onChange={(e) => setDraft({ ...draft, lines: e.currentTarget.value })}
        disabled={!s.canManage || draft.useDefault}
        autosize
        minRows={3}
        error={legalError}
      />
      {s.canManage && (
        <Group justify="flex-end" mt="sm">
          <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
            {t('doc.settings.save')}
          </Button>
        </Group>
      )}
    </SectionCard>
  );
}
