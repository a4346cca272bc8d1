import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillMcTemplate } from '../../../shared/rules/mc-script';
import type { DelegateListView } from '../../../shared/schemas/delegates';
import { AGENDA_KINDS } from '../../../shared/schemas/enums';
import { ApiError, api, apiGet, query } from '../../lib/api';
import { useRequiredMe } from '../../lib/session';
import { useConference } from '../conferences/queries';
import { delegatesRole } from '../delegates/queries';
import { type AgendaItem, type Program, programApi, storeProgram } from './queries';

/** Edit one agenda item (or add one when `item` is null): content, kind, presenter, MC words, handovers. */
export function ItemModal({
  cid,
  item,
  onClose,
}: {
  cid: string;
  item: AgendaItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState(item?.kind ?? 'other');
  const [duration, setDuration] = useState<number | string>(item?.durationMinutes ?? 5);
  const [presenter, setPresenter] = useState(item?.presenter ?? '');
  const [presenterKind, setPresenterKind] = useState(item?.presenterKind ?? 'text');
  const [delegateId, setDelegateId] = useState<string | null>(item?.presenterDelegateId ?? null);
  const me = useRequiredMe();
  const conference = useConference(cid);
  const canReadDelegates = conference.data ? delegatesRole(me, conference.data).canRead : false;
  const delegates = useQuery({
    queryKey: ['delegates', cid],
    queryFn: () => apiGet<DelegateListView>(`/api/conferences/${cid}/delegates`),
    enabled: presenterKind === 'delegate' && canReadDelegates,
  });
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [mc, setMc] = useState(item?.mcTemplate ?? '');
  const [handovers, setHandovers] = useState<Record<string, string>>(
    Object.fromEntries(
      (item?.callUp ?? []).flatMap((g) => (g.awardFormId ? [[g.awardFormId, g.presenter]] : [])),
    ),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const body = {
    title,
    kind,
    durationMinutes: typeof duration === 'number' ? duration : Number(duration),
    presenterKind,
    presenter,
    presenterDelegateId: presenterKind === 'delegate' ? delegateId : null,
    notes,
    mcTemplate: mc.trim() ? mc : null,
    ...(item?.callUp.length
      ? { handovers: Object.entries(handovers).map(([awardFormId, p]) => ({ awardFormId, presenter: p })) }
      : {}),
  };
  const save = async () => {
    setSaving(true);
    try {
      const data = item
        ? await api<Program>('PUT', `${programApi(cid)}/items/${item.id}`, { ...body, version: item.version })
        : await api<Program>('POST', `${programApi(cid)}/items`, body);
      storeProgram(qc, cid, data);
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!item || !window.confirm(t('prog.page.removeConfirm', { title: item.title }))) return;
    try {
      storeProgram(
        qc,
        cid,
        await api<Program>(
          'DELETE',
          `${programApi(cid)}/items/${item.id}${query({ version: item.version })}`,
        ),
      );
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    }
  };
  const preview = item
    ? fillMcTemplate(mc.trim() ? mc : item.mcDefault, {
        number: item.number,
        title: item.speech?.title ?? item.performance?.title ?? title,
        presenter: presenter || item.presenterName,
        time: item.start,
        end: item.end,
        duration: `${duration} phút`,
        unit: item.speech?.unitName ?? item.performance?.unitName ?? '',
        performers: item.performance?.performers ?? '',
      })
    : [];

  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? `${item.number}. ${item.title}` : t('prog.page.add')}
      size="lg"
    >
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Textarea
          label={t('prog.page.titleField')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          autosize
          minRows={1}
          error={fields.title}
        />
        <Group grow>
          <Select
            label={t('prog.page.kindField')}
            data={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
          />
          <NumberInput
            label={t('prog.perf.duration')}
            value={duration}
            onChange={setDuration}
            allowDecimal={false}
            error={fields.durationMinutes}
          />
        </Group>
        <SegmentedControl
          value={presenterKind}
          onChange={setPresenterKind}
          data={[
            { value: 'text', label: t('prog.page.presenterText') },
            { value: 'role', label: t('prog.page.presenterRole') },
            { value: 'delegate', label: t('prog.page.presenterDelegate') },
          ]}
        />
        {presenterKind === 'delegate' && (
          <Select
            label={t('prog.page.presenterDelegate')}
            searchable
            data={(delegates.data?.items ?? []).map((d) => ({
              value: d.id,
              label: [d.fullName, d.title].filter(Boolean).join(' – '),
            }))}
            value={delegateId}
            onChange={setDelegateId}
            disabled={!canReadDelegates}
            error={fields.presenterDelegateId}
          />
        )}
        <TextInput
          label={presenterKind === 'role' ? t('prog.page.presenterRole') : t('prog.page.presenter')}
          value={presenter}
          onChange={(e) => setPresenter(e.currentTarget.value)}
          placeholder={item?.presenterName}
          error={fields.presenter}
        />
        <Textarea
          label={t('prog.page.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        {item?.callUp.map((g) =>
          g.awardFormId ? (
            <TextInput
              key={`${g.awardFormId}-${g.collective}`}
              label={t('prog.page.handover', { form: g.formName })}
              value={handovers[g.awardFormId] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setHandovers((h) => ({ ...h, [g.awardFormId!]: v }));
              }}
            />
          ) : null,
        )}
        <Textarea
          label={t('prog.page.mcTemplate')}
          description={t('prog.page.placeholders')}
          value={mc}
          placeholder={item?.mcDefault}
          onChange={(e) => setMc(e.currentTarget.value)}
          autosize
          minRows={2}
          error={fields.mcTemplate}
        />
        {preview.length > 0 && (
          <Stack gap={2}>
            {preview.map((l) => (
              <Text key={l} size="sm" fs="italic">
                MC: {l}
              </Text>
            ))}
          </Stack>
        )}
        <Group justify="space-between">
          {item ? (
            <Button variant="subtle" color="red" onClick={() => void remove()}>
              {t('prog.page.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('prog.page.cancel')}
            </Button>
            <Button onClick={() => void save()} loading={saving}>
              {t('prog.page.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
