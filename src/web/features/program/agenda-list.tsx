import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isSummaryReportItem } from '../../../shared/rules/summary-report';
import type { AgendaItemView, ProgramView } from '../../../shared/schemas/program';
import { conferenceCan } from '../../lib/actor';
import { useMe } from '../../lib/session';
import { useConference } from '../conferences/queries';
import { movementPath } from '../movements/queries';
import { summaryReportPath } from '../summary-report/queries';
import { DurationField } from './duration-field';
import { ItemModal } from './item-modal';
import { programWrites, useProgramWrite } from './queries';

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

/**
 * The agenda in order: number, start–end, kind, title, presenter, an inline duration, and the
 * order changed by dragging a row or with the ↑ ↓ buttons (keyboard users). The whole new order
 * goes in one request with the session's version; a stale one reloads.
 */
export function AgendaList({ cid, program }: { cid: string; program: ProgramView }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [editing, setEditing] = useState<AgendaItemView | null>(null);
  const reorder = useProgramWrite(cid, (ids: string[]) =>
    programWrites.reorder(cid, { ids, version: program.session.version }),
  );
  const busy = reorder.isPending;
  const manage = program.permissions.canManage;
  const items = program.items;

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    reorder.mutate(ids);
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
          <AgendaRow
            cid={cid}
            item={it}
            manage={manage}
            first={i === 0}
            last={i === items.length - 1}
            busy={busy}
            onMove={(by) => move(i, i + by)}
            onEdit={() => setEditing(it)}
          />
        </Paper>
      ))}
      {editing && <ItemModal cid={cid} item={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** One line of the agenda: number, times, kind, title and presenter, duration, move and edit. */
function AgendaRow({
  cid,
  item,
  manage,
  first,
  last,
  busy,
  onMove,
  onEdit,
}: {
  cid: string;
  item: AgendaItemView;
  manage: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
}) {
  // the report's page is the office's draft: linked for those who read it (the council, the office)
  const me = useMe().data;
  const conference = useConference(cid).data;
  const readsReport = !!me && !!conference && conferenceCan(me, conference)('nomination.read');
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Text fw={700} w={36} ta="right">
        {item.number}
      </Text>
      <Text ff="monospace" w={110} data-testid="item-time" c={item.pastEnd ? 'red' : undefined}>
        {item.start}–{item.end}
      </Text>
      <Badge color={KIND_COLOR[item.kind] ?? 'gray'} variant="light" tt="none" w={110}>
        {t(`agendaKind.${item.kind}` as 'agendaKind.other')}
      </Badge>
      <div style={{ flex: '1 1 180px', minWidth: 0 }}>
        <Text size="sm" fw={500} lineClamp={2}>
          {item.title}
        </Text>
        {item.movement && (
          <Text size="xs" lineClamp={2}>
            <Anchor
              component={Link}
              to={movementPath(item.movement.id)}
              inherit
              data-testid="agenda-movement"
            >
              {t('mov.agendaLink', { name: item.movement.name })}
            </Anchor>
          </Text>
        )}
        {readsReport && isSummaryReportItem(item) && (
          <Text size="xs">
            <Anchor component={Link} to={summaryReportPath(cid)} inherit data-testid="agenda-summary-report">
              {t('summaryReport.agendaLink')}
            </Anchor>
          </Text>
        )}
        {(item.presenterName || item.speech?.unitName || item.performance?.unitName) && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {[item.presenterName, item.speech?.unitName ?? item.performance?.unitName]
              .filter(Boolean)
              .join(' – ')}
          </Text>
        )}
      </div>
      <DurationField cid={cid} item={item} disabled={!manage} />
      {manage && (
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('prog.page.moveUp', { number: item.number })}
            disabled={first || busy}
            onClick={() => onMove(-1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('prog.page.moveDown', { number: item.number })}
            disabled={last || busy}
            onClick={() => onMove(1)}
          >
            ↓
          </ActionIcon>
          <Button size="compact-sm" variant="subtle" onClick={onEdit}>
            {t('prog.page.edit')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
