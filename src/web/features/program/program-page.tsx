import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api, downloadFile } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { AgendaList, useProgramErrors } from './agenda-list';
import { ItemModal } from './item-modal';
import { PerformancesPanel } from './performances-panel';
import { type Program, programApi, runPath, storeProgram, useProgram } from './queries';

/** Chương trình hội nghị: agenda builder, performances, MC script preview and downloads. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const conference = useConference(cid);
  const program = useProgram(cid);
  const qc = useQueryClient();
  const onError = useProgramErrors(cid);
  const [adding, setAdding] = useState(false);
  usePageTitle(t('prog.page.title'));
  if (conference.isLoading || program.isLoading) return <PageLoader />;
  if (conference.error || !conference.data)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (program.error || !program.data)
    return <ErrorState error={program.error} onRetry={() => program.refetch()} />;
  const p = program.data;
  const manage = p.permissions.canManage;
  const download = (ext: 'docx' | 'pdf') =>
    downloadFile(`${programApi(cid)}/mc-script.${ext}`, `kich-ban.${ext}`).catch((err) =>
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      }),
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
        {t('prog.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('prog.page.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {conference.data.plan.officialTitle}
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to={runPath(cid)} variant="light">
            {t('prog.overview.run')}
          </Button>
          <Button variant="default" onClick={() => void download('docx')} disabled={p.items.length === 0}>
            {t('prog.page.mcDocx')}
          </Button>
          <Button variant="default" onClick={() => void download('pdf')} disabled={p.items.length === 0}>
            {t('prog.page.mcPdf')}
          </Button>
        </Group>
      </Group>

      <SessionBar
        key={`${p.session.version}-${p.session.startTime}-${p.session.plannedEnd}`}
        cid={cid}
        program={p}
      />
      {p.messages.map((m) => (
        <Alert
          key={m.message}
          color={m.level === 'error' ? 'red' : 'orange'}
          variant="light"
          role="status"
          data-testid="agenda-message"
        >
          {m.message}
        </Alert>
      ))}

      {p.items.length === 0 ? (
        <Paper withBorder p="md">
          <Text mb="sm">{t('prog.page.empty')}</Text>
          {manage && (
            <Button
              onClick={() =>
                api<Program>('POST', `${programApi(cid)}/from-plan`)
                  .then((d) => storeProgram(qc, cid, d))
                  .catch(onError)
              }
            >
              {t('prog.page.fromPlan')}
            </Button>
          )}
        </Paper>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder p="md" component="section" aria-labelledby="sec-agenda">
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="lg" id="sec-agenda">
                  {t('prog.page.agenda')}
                </Title>
                {manage && (
                  <Button size="xs" variant="light" onClick={() => setAdding(true)}>
                    {t('prog.page.add')}
                  </Button>
                )}
              </Group>
              <AgendaList cid={cid} program={p} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <PerformancesPanel
                cid={cid}
                program={p}
                allocations={conference.data.plan.performanceAllocations}
              />
              <McPreview program={p} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      {adding && <ItemModal cid={cid} item={null} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

/** Start and planned end of the session, and where the agenda ends against it. */
function SessionBar({ cid, program }: { cid: string; program: Program }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useProgramErrors(cid);
  const s = program.session;
  const [start, setStart] = useState(s.startTime);
  const [end, setEnd] = useState(s.plannedEnd);
  const [fields, setFields] = useState<Record<string, string>>({});
  const save = async () => {
    try {
      storeProgram(
        qc,
        cid,
        await api<Program>('PUT', `${programApi(cid)}/session`, {
          startTime: start,
          plannedEnd: end,
          version: s.version || 1,
        }),
      );
      setFields({});
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setFields(err.fields);
      else onError(err);
    }
  };
  return (
    <Paper withBorder p="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('prog.page.start')}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
          w={110}
          error={fields.startTime}
          disabled={!program.permissions.canManage}
        />
        <TextInput
          label={t('prog.page.plannedEnd')}
          value={end}
          onChange={(e) => setEnd(e.currentTarget.value)}
          w={130}
          error={fields.plannedEnd}
          disabled={!program.permissions.canManage}
        />
        {program.permissions.canManage && program.items.length > 0 && (
          <Button
            variant="light"
            onClick={() => void save()}
            disabled={start === s.startTime && end === s.plannedEnd}
          >
            {t('prog.page.saveSession')}
          </Button>
        )}
        <Text fw={600} c={s.overMinutes > 0 ? 'red' : 'green.8'} data-testid="session-end">
          {t('prog.page.endsAt', { end: s.end, planned: s.plannedEnd, overUnder: s.overUnder })}
        </Text>
      </Group>
    </Paper>
  );
}

/** What the MC says at each item, as the script prints it. */
function McPreview({ program }: { program: Program }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-mc">
      <Title order={2} fz="lg" id="sec-mc" mb="xs">
        {t('prog.page.mc')}
      </Title>
      <Stack gap="xs" mah={520} style={{ overflowY: 'auto' }} data-testid="mc-preview">
        {program.items.map((it) => (
          <div key={it.id}>
            <Text size="sm" fw={700}>
              {it.number}. {it.start} – {it.title}
            </Text>
            {it.mcLines.map((l) => (
              <Text key={l} size="sm">
                {l}
              </Text>
            ))}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
