import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { ItemModal } from './item-modal';
import { type AgendaItem, type Program, programApi, programKey, storeProgram } from './queries';

const KIND_COLOR: Record<string, string> = {
  ceremony: 'gray',
  report: 'blue',
  speech: 'grape',
  guidance: 'indigo',
  exchange: 'cyan',
  honoring: 'yellow',
  performance: 'pink',
  launch: 'teal',
  closing: 'gray',
  video: 'orange',
  other: 'gray',
};

/** Shows an API error as a notification; a 409 reloads the program first. */
export function useProgramErrors(cid: string) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) {
      void qc.invalidateQueries({ queryKey: programKey(cid) });
      notifications.show({ color: 'orange', message: t('prog.page.conflict') });
      return;
    }
    notifications.show({
      color: 'red',
      message: err instanceof ApiError ? err.message : t('errors.generic'),
    });
  };
}

/**
 * The agenda in order: number, start–end, kind, title, presenter, an inline duration, and the
 * order changed by dragging a row or with the ↑ ↓ buttons (keyboard users). The whole new order
 * goes in one request with the session's version; a stale one reloads.
 */
export function AgendaList({ cid, program }: { cid: string; program: Program }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useProgramErrors(cid);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [busy, setBusy] = useState(false);
  const manage = program.permissions.canManage;
  const items = program.items;

  const reorder = async (ids: string[]) => {
    setBusy(true);
    try {
      const data = await api<Program>('PUT', `${programApi(cid)}/order`, {
        ids,
        version: program.session.version,
      });
      storeProgram(qc, cid, data);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    void reorder(ids);
  };
  const onDrop = (e: DragEvent, target: string) => {
    e.preventDefault();
    const source = dragging ?? e.dataTransfer.getData('text/plain');
    setDragging(null);
    setOver(null);
    if (!source || source === target) return;
    move(
      items.findIndex((i) => i.id === source),
      items.findIndex((i) => i.id === target),
    );
  };

  return (
    <Stack gap={6} data-testid="agenda">
      {manage && (
        <Text size="xs" c="dimmed">
          {t('prog.page.dragHint')}
        </Text>
      )}
      {items.map((it, i) => (
        <Paper
          key={it.id}
          withBorder
          p="xs"
          pl={it.number.includes('.') ? 'xl' : 'xs'}
          data-testid="agenda-item"
          data-id={it.id}
          data-title={it.title}
          draggable={manage && !busy}
          onDragStart={(e) => {
            setDragging(it.id);
            e.dataTransfer.setData('text/plain', it.id);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onDragEnd={() => {
            setDragging(null);
            setOver(null);
          }}
          onDragOver={(e) => {
            if (!manage) return;
            e.preventDefault();
            setOver(it.id);
          }}
          onDrop={(e) => onDrop(e, it.id)}
          style={{
            cursor: manage ? 'grab' : undefined,
            opacity: dragging === it.id ? 0.5 : 1,
            borderColor: over === it.id && dragging !== it.id ? 'var(--mantine-color-blue-5)' : undefined,
            background: it.pastEnd ? 'var(--mantine-color-red-0)' : undefined,
          }}
        >
          <Group gap="xs" wrap="wrap" align="center">
            <Text fw={700} w={36} ta="right">
              {it.number}
            </Text>
            <Text ff="monospace" w={110} data-testid="item-time" c={it.pastEnd ? 'red' : undefined}>
              {it.start}–{it.end}
            </Text>
            <Badge color={KIND_COLOR[it.kind] ?? 'gray'} variant="light" tt="none" w={110}>
              {t(`agendaKind.${it.kind}` as 'agendaKind.other')}
            </Badge>
            <div style={{ flex: '1 1 180px', minWidth: 0 }}>
              <Text size="sm" fw={500} lineClamp={2}>
                {it.title}
              </Text>
              {(it.presenterName || it.speech?.unitName || it.performance?.unitName) && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {[it.presenterName, it.speech?.unitName ?? it.performance?.unitName]
                    .filter(Boolean)
                    .join(' – ')}
                </Text>
              )}
            </div>
            <DurationField cid={cid} item={it} disabled={!manage} />
            {manage && (
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('prog.page.moveUp', { number: it.number })}
                  disabled={i === 0 || busy}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('prog.page.moveDown', { number: it.number })}
                  disabled={i === items.length - 1 || busy}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </ActionIcon>
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(it)}>
                  {t('prog.page.edit')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      {editing && <ItemModal cid={cid} item={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** Thời lượng, saved when the field is left or Enter is pressed; a refused value shows its message. */
function DurationField({ cid, item, disabled }: { cid: string; item: AgendaItem; disabled: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useProgramErrors(cid);
  const [value, setValue] = useState<number | string>(item.durationMinutes);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(item.durationMinutes);
  if (seen !== item.durationMinutes) {
    setSeen(item.durationMinutes);
    setValue(item.durationMinutes);
  }
  const save = async () => {
    const n = typeof value === 'number' ? value : Number(value);
    if (n === item.durationMinutes) return;
    try {
      const data = await api<Program>('PUT', `${programApi(cid)}/items/${item.id}`, {
        durationMinutes: value === '' ? Number.NaN : n,
        version: item.version,
      });
      setError(null);
      storeProgram(qc, cid, data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setError(err.fields.durationMinutes ?? err.message);
      else onError(err);
    }
  };
  return (
    <NumberInput
      w={disabled ? 70 : 84}
      size="xs"
      value={value}
      onChange={(v) => setValue(v)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
      }}
      allowDecimal={false}
      rightSection={<Text size="xs">{t('prog.page.minutes')}</Text>}
      rightSectionWidth={30}
      hideControls
      disabled={disabled}
      aria-label={t('prog.page.duration', { number: item.number })}
      error={error}
      title={error ?? undefined}
    />
  );
}
