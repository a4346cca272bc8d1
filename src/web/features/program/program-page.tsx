import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgramView } from '../../../shared/schemas/program';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { ApiError, downloadFile } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { useConference } from '../conferences/queries';
import { AgendaList } from './agenda-list';
import { ItemModal } from './item-modal';
import { PerformancesPanel } from './performances-panel';
import { programApi, programWrites, runPath, useProgram, useProgramWrite } from './queries';

/** Title, the run of show and the MC script downloads. */
function ProgramHeader({ cid, title, empty }: { cid: string; title: string; empty: boolean }) {
  const { t } = useTranslation();
  const download = (ext: 'docx' | 'pdf') =>
    downloadFile(`${programApi(cid)}/mc-script.${ext}`, `kich-ban.${ext}`).catch((err) =>
      notifications.show({
        color: 'red',
        message: err instanceof ApiError ? err.message : t('errors.generic'),
      }),
    );
  return (
    <>
      <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
        {t('prog.page.back')}
      </Anchor>
      <PageHeader
        title={t('prog.page.title')}
        help={title}
        actions={
          <Group gap="xs">
            <Button component={Link} to={runPath(cid)} variant="light">
              {t('prog.overview.run')}
            </Button>
            <Button variant="default" onClick={() => void download('docx')} disabled={empty}>
              {t('prog.page.mcDocx')}
            </Button>
            <Button variant="default" onClick={() => void download('pdf')} disabled={empty}>
              {t('prog.page.mcPdf')}
            </Button>
          </Group>
        }
      />
    </>
  );
}

/** Chương trình hội nghị: agenda builder, performances, MC script preview and downloads. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { conferenceId: cid = '' } = useParams();
  const conference = useConference(cid);
  const program = useProgram(cid);
  const fromPlan = useProgramWrite(cid, () => programWrites.fromPlan(cid));
  const [adding, setAdding] = useState(false);
  usePageTitle(t('prog.page.title'));
  if (conference.isLoading || program.isLoading) return <PageLoader />;
  if (conference.error || !conference.data)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (program.error || !program.data)
    return <ErrorState error={program.error} onRetry={() => program.refetch()} />;
  const p = program.data;
  const manage = p.permissions.canManage;

  return (
    <Stack gap="md">
      <ProgramHeader cid={cid} title={conference.data.plan.officialTitle} empty={p.items.length === 0} />
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
            <Button onClick={() => fromPlan.mutate(undefined)} loading={fromPlan.isPending}>
              {t('prog.page.fromPlan')}
            </Button>
          )}
        </Paper>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SectionCard
              id="sec-agenda"
              title={t('prog.page.agenda')}
              headerMb="xs"
              aside={
                manage && (
                  <Button size="xs" variant="light" onClick={() => setAdding(true)}>
                    {t('prog.page.add')}
                  </Button>
                )
              }
            >
              <AgendaList cid={cid} program={p} />
            </SectionCard>
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
function SessionBar({ cid, program }: { cid: string; program: ProgramView }) {
  const { t } = useTranslation();
  const s = program.session;
  const form = useForm({ initialValues: { startTime: s.startTime, plannedEnd: s.plannedEnd } });
  const save = useProgramWrite(
    cid,
    (v: typeof form.values) => programWrites.session(cid, { ...v, version: s.version || 1 }),
    { form },
  );
  const manage = program.permissions.canManage;
  return (
    <Paper withBorder p="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('prog.page.start')}
          {...form.getInputProps('startTime')}
          w={110}
          disabled={!manage}
        />
        <TextInput
          label={t('prog.page.plannedEnd')}
          {...form.getInputProps('plannedEnd')}
          w={130}
          disabled={!manage}
        />
        {manage && program.items.length > 0 && (
          <Button
            variant="light"
            onClick={() => save.mutate(form.values)}
            disabled={form.values.startTime === s.startTime && form.values.plannedEnd === s.plannedEnd}
          >
            {t('prog.page.saveSession')}
          </Button>
        )}
        <Text fw={600} c={s.overMinutes > 0 ? 'red' : 'green.8'} data-testid="session-end">
          {t('prog.page.endsAt', { end: s.end, planned: s.plannedEnd, overUnder: s.overUnder })}
        </Text>
      </Group>
      {save.error && !Object.keys(form.errors).length && (
        <Text size="sm" c="red" mt={4}>
          {save.error}
        </Text>
      )}
    </Paper>
  );
}

/** What the MC says at each item, as the script prints it. */
function McPreview({ program }: { program: ProgramView }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="sec-mc" title={t('prog.page.mc')} headerMb="xs">
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
    </SectionCard>
  );
}
