import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAllocation } from '../../../shared/rules/agenda';
import { checkPerformanceAllocations } from '../../../shared/rules/agenda';
import { ApiError, api, query } from '../../lib/api';
import { useProgramErrors } from './agenda-list';
import { type Program, programApi, storeProgram } from './queries';

/**
 * Văn nghệ: the plan's allocation per unit ("Trường Mầm non: 1/1–2") checked live — with the
 * unit chosen in the form counted already — and the performances with their units.
 */
export function PerformancesPanel({
  cid,
  program,
  allocations,
}: {
  cid: string;
  program: Program;
  allocations: PerformanceAllocation[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useProgramErrors(cid);
  const manage = program.permissions.canManage;
  const [unit, setUnit] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [performers, setPerformers] = useState('');
  const [duration, setDuration] = useState<number | string>(5);
  const [error, setError] = useState<string | null>(null);
  const chosen = allocations.find((_a, i) => `${i}` === unit);
  const live = checkPerformanceAllocations(allocations, [
    ...program.performances,
    ...(chosen && title.trim() ? [{ unitId: chosen.unitId, unitName: chosen.unitName }] : []),
  ]);

  const add = async () => {
    try {
      const data = await api<Program>('POST', `${programApi(cid)}/performances`, {
        unitId: chosen?.unitId ?? null,
        unitName: chosen?.unitName ?? '',
        title,
        performers,
        durationMinutes: typeof duration === 'number' ? duration : Number(duration),
      });
      storeProgram(qc, cid, data);
      setTitle('');
      setPerformers('');
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.generic'));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-perf">
      <Title order={2} fz="lg" id="sec-perf" mb="xs">
        {t('prog.perf.title')}
      </Title>
      <Group gap={6} mb="xs" data-testid="allocation" aria-live="polite">
        {live.rows.map((r) => (
          <Badge
            key={r.unitName}
            color={r.ok ? 'green' : r.count > r.max ? 'red' : 'orange'}
            variant="light"
            tt="none"
            size="lg"
          >
            {r.label}
          </Badge>
        ))}
      </Group>
      {live.ok ? (
        <Text size="sm" c="green" mb="xs">
          {t('prog.perf.ok')}
        </Text>
      ) : (
        <Stack gap={2} mb="xs">
          {live.messages.map((m) => (
            <Text key={m} size="sm" c="orange.8">
              {m}
            </Text>
          ))}
        </Stack>
      )}
      <Stack gap={4} data-testid="performances">
        {program.performances.length === 0 && <Text c="dimmed">{t('prog.perf.empty')}</Text>}
        {program.performances.map((p) => (
          <Group key={p.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
              <b>{p.title}</b> — {p.unitName}
              {p.performers ? ` (${p.performers})` : ''} · {p.durationMinutes} {t('prog.page.minutes')}
            </Text>
            {manage && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                style={{ flexShrink: 0 }}
                aria-label={`${t('prog.perf.remove')}: ${p.title}`}
                onClick={() =>
                  api<Program>(
                    'DELETE',
                    `${programApi(cid)}/performances/${p.id}${query({ version: p.version })}`,
                  )
                    .then((d) => storeProgram(qc, cid, d))
                    .catch(onError)
                }
              >
                {t('prog.page.remove')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {manage && (
        <Stack gap="xs" mt="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group grow align="flex-end">
            <Select
              label={t('prog.perf.unit')}
              data={allocations.map((a, i) => ({ value: `${i}`, label: a.unitName }))}
              value={unit}
              onChange={setUnit}
            />
            <TextInput
              label={t('prog.perf.name')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
          </Group>
          <Group grow align="flex-end">
            <TextInput
              label={t('prog.perf.performers')}
              value={performers}
              onChange={(e) => setPerformers(e.currentTarget.value)}
            />
            <NumberInput
              label={t('prog.perf.duration')}
              value={duration}
              onChange={setDuration}
              allowDecimal={false}
            />
            <Button onClick={() => void add()} disabled={!chosen || !title.trim()}>
              {t('prog.perf.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
