import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MinutesView } from '../../../shared/schemas/selection';
import { ErrorState, PageLoader } from '../../components/page-state';
import { PrintBar, PrintTitle, printCss } from '../../components/print-heading';
import { TableHead } from '../../components/table-head';
import { formatDate } from '../../lib/format';
import { useGet } from '../../lib/use-get';
import { usePageTitle } from '../../lib/use-page-title';
import { formatPercent, useReviewContext } from './parts';
import { meetingUrl, reviewPath } from './queries';

/** On paper (the shared print sheet), the minutes' own root. */
const PRINT_CSS = printCss(`  .vd-minutes { font-size: 12pt; color: #000; }
  .vd-minutes table { page-break-inside: auto; }
  .vd-minutes tr { page-break-inside: avoid; }`);

function Cells({ children }: { children: React.ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

/** Biên bản họp Hội đồng as data, laid out for the office printer (the documents step renders the official form). */
export function MinutesPage() {
  const { t } = useTranslation();
  const { conferenceId: cid, meetingId: mid } = useReviewContext();
  const minutes = useGet<MinutesView>(['minutes', cid, mid], `${meetingUrl(cid, mid)}/minutes`);
  usePageTitle(t('rev.minutes.title'));
  if (minutes.isLoading) return <PageLoader />;
  if (minutes.error || !minutes.data)
    return <ErrorState error={minutes.error} onRetry={() => minutes.refetch()} />;
  const d = minutes.data;
  const present = d.members.filter((m) => m.present);
  const absent = d.members.filter((m) => !m.present);

  return (
    <Stack gap="md" maw={900} className="vd-minutes" data-testid="minutes">
      <style>{PRINT_CSS}</style>
      <PrintBar
        backTo={reviewPath.meeting(cid, mid)}
        backLabel={t('rev.nav.backToMeeting')}
        printLabel={t('rev.minutes.print')}
      />
      <Alert color="gray" variant="light" className="vd-no-print">
        {t('rev.minutes.draftNote')}
      </Alert>

      <PrintTitle
        parentName={d.organization.parentName}
        organizationName={d.organization.name}
        title={t('rev.minutes.title')}
        subject={d.meeting.title}
      />
      <Text>
        {t('rev.minutes.intro', {
          date: formatDate(d.meeting.meetingDate),
          place: d.meeting.place || '…',
          term: d.meeting.term,
          conference: d.conference.officialTitle || d.conference.name,
        })}
      </Text>

      <Title order={2} fz="lg">
        {t('rev.minutes.attendance')}
      </Title>
      <Cells>
        <TableHead
          cells={[
            { label: t('rev.minutes.no'), w: 48 },
            t('rev.minutes.name'),
            t('rev.minutes.position'),
            t('rev.minutes.unit'),
            t('rev.minutes.attended'),
          ]}
        />
        <Table.Tbody>
          {[...present, ...absent].map((m, i) => (
            <Table.Tr key={m.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{m.fullName}</Table.Td>
              <Table.Td>{m.positionLabel}</Table.Td>
              <Table.Td>{m.unitName}</Table.Td>
              <Table.Td>{m.present ? t('rev.meeting.present') : t('rev.meeting.absent')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Cells>
      <Text>
        <b>{d.quorum.message}</b> ({t('rev.minutes.quorumRule', { rule: d.quorum.rule })})
      </Text>
      <Text>
        <b>{t('rev.minutes.tallyCommittee')}:</b>{' '}
        {d.tallyCommittee.length ? d.tallyCommittee.join(', ') : t('rev.minutes.none')}
      </Text>

      <Title order={2} fz="lg">
        {t('rev.minutes.ballots')}
      </Title>
      {d.ballots.map((b, bi) => (
        <MinutesBallot key={b.id} ballot={b} index={bi} />
      ))}

      <Title order={2} fz="lg">
        {t('rev.minutes.honorees')}
      </Title>
      {d.honorees.length === 0 ? (
        <Text>{t('rev.minutes.noHonorees')}</Text>
      ) : (
        <Cells>
          <Table.Tbody>
            {d.honorees.map((h, i) => (
              <Table.Tr key={h.nominationId}>
                <Table.Td w={48}>{i + 1}</Table.Td>
                <Table.Td>{h.name}</Table.Td>
                <Table.Td>{h.unitName}</Table.Td>
                <Table.Td>{h.awardFormName}</Table.Td>
                <Table.Td ta="right">
                  {h.agree}/{h.base} ({formatPercent(h.sharePercent)}%)
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Cells>
      )}
    </Stack>
  );
}

/** One ballot in the minutes: how it was held and, once closed, each nominee's counts and outcome. */
function MinutesBallot({ ballot: b, index: bi }: { ballot: MinutesView['ballots'][number]; index: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text fw={700}>
        {bi + 1}. {b.title}
      </Text>
      <Text size="sm">
        {t('rev.minutes.ballotMeta', {
          mode: b.modeLabel,
          electorate: b.electorateSize,
          cast: b.ballotsCast,
        })}
        {b.papersIssued !== null &&
          ` · ${t('rev.minutes.papers', { issued: b.papersIssued, returned: b.papersReturned ?? 0 })}`}
      </Text>
      {b.status !== 'closed' ? (
        <Text size="sm" fs="italic">
          {t('rev.minutes.notClosed')}
        </Text>
      ) : (
        <Cells>
          <TableHead
            cells={[
              { label: t('rev.minutes.no'), w: 48 },
              t('rev.ballot.nominee'),
              { label: t('rev.ballot.agree'), ta: 'right' },
              { label: t('rev.ballot.disagree'), ta: 'right' },
              b.allowAbstain && { label: t('rev.ballot.abstain'), ta: 'right' },
              { label: t('rev.ballot.share'), ta: 'right' },
              t('rev.ballot.outcome'),
            ]}
          />
          <Table.Tbody>
            {b.items.map((i, k) => (
              <Table.Tr key={i.nominationId}>
                <Table.Td>{k + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {i.name}
                  </Text>
                  <Text size="xs">
                    {i.unitName} · {i.awardFormName}
                  </Text>
                  {i.excluded.length > 0 && (
                    <Text size="xs" fs="italic">
                      {t('rev.minutes.excluded', {
                        names: i.excluded.map((e) => `${e.fullName} (${e.reason})`).join('; '),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{i.result?.agree ?? '—'}</Table.Td>
                <Table.Td ta="right">{i.result?.disagree ?? '—'}</Table.Td>
                {b.allowAbstain && <Table.Td ta="right">{i.result?.abstain ?? '—'}</Table.Td>}
                <Table.Td ta="right">{i.result ? `${formatPercent(i.result.sharePercent)}%` : '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{i.result?.reason ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Cells>
      )}
    </Stack>
  );
}
