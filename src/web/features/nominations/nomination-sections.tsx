import { Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { SectionCard } from '../../components/section-card';
import { formatDate, formatDateTime } from '../../lib/format';
import { Field } from './parts';
import { SummaryView } from './summary-html';

/** A titled section of the nomination page. */
export function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <SectionCard id={id} title={title}>
      {children}
    </SectionCard>
  );
}

/** A detail a draft has not filled in yet. */
function Missing() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed" fs="italic">
      {t('nom.detail.notFilled')}
    </Text>
  );
}

export function DetailsSection({ n }: { n: Nomination }) {
  const { t } = useTranslation();
  const i = n.individual;
  const c = n.collective;
  const show = (v: string | number | undefined) => (v === undefined || v === '' ? <Missing /> : v);
  return (
    <Section id="sec-n-details" title={t('nom.detail.details')}>
      <Stack gap={4}>
        <Field label={t('nom.detail.awardForm')}>{n.awardFormName}</Field>
        {i && (
          <>
            <Field label={t('nom.form.gender')}>{i.gender ? t(`nom.gender.${i.gender}`) : <Missing />}</Field>
            <Field label={t('nom.form.birthYear')}>{show(i.birthYear)}</Field>
            <Field label={t('nom.form.ethnicity')}>{show(i.ethnicity)}</Field>
            <Field label={t('nom.form.position')}>{show(i.position)}</Field>
            <Field label={t('nom.form.occupationGroup')}>
              {i.occupationGroup ? t(`nom.occupationGroup.${i.occupationGroup}`) : <Missing />}
            </Field>
            {i.field && <Field label={t('nom.form.field')}>{i.field}</Field>}
            {i.phone && (
              <Field label={t('units.phone')}>
                <a href={`tel:${i.phone}`}>{i.phone}</a>
              </Field>
            )}
          </>
        )}
        {c && (
          <>
            <Field label={t('nom.form.collectiveType')}>{show(c.collectiveType)}</Field>
            <Field label={t('nom.form.headName')}>{show(c.headName)}</Field>
            <Field label={t('nom.form.memberCount')}>{show(c.memberCount)}</Field>
            <Field label={t('nom.form.womenSharePercent')}>{show(c.womenSharePercent)}</Field>
          </>
        )}
        {n.submittedAt && <Field label={t('nom.detail.submittedAt')}>{formatDateTime(n.submittedAt)}</Field>}
      </Stack>
    </Section>
  );
}

export function SummarySection({ html }: { html: string }) {
  const { t } = useTranslation();
  return (
    <Section id="sec-n-summary" title={t('nom.detail.summary')}>
      {html ? (
        <div data-testid="summary-view" style={{ fontSize: 16, lineHeight: 1.6 }}>
          <SummaryView html={html} />
        </div>
      ) : (
        <Text c="dimmed">{t('nom.detail.noSummary')}</Text>
      )}
    </Section>
  );
}

export function ReviewRecordSection({ review: r }: { review: Nomination['unitReview'] }) {
  const { t } = useTranslation();
  return (
    <Section id="sec-n-review" title={t('nom.detail.review')}>
      <Text>
        {r
          ? t('nom.detail.reviewLine', {
              date: formatDate(r.meetingDate) || '…',
              present: r.membersPresent ?? '…',
              votesFor: r.votesFor ?? '…',
              votesTotal: r.votesTotal ?? '…',
            })
          : t('nom.detail.noReview')}
      </Text>
    </Section>
  );
}

/** Lịch sử xử lý: each send, return (with its reason), acceptance — kept after a resubmission. */
export function HistorySection({ history }: { history: Nomination['history'] }) {
  const { t } = useTranslation();
  return (
    <Section id="sec-n-history" title={t('nom.history.title')}>
      {history.length === 0 ? (
        <Text c="dimmed">{t('nom.history.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="history" active={history.length - 1}>
          {history.map((e) => (
            <Timeline.Item
              key={`${e.at}-${e.status}`}
              title={e.status === 'draft' ? '' : t(`nom.history.status.${e.status}`)}
              color={e.status === 'returned' || e.status === 'rejected' ? 'orange' : 'blue'}
            >
              <Text size="sm" c="dimmed">
                {formatDateTime(e.at)} · {e.actorName}
              </Text>
              {e.reason && <Text>{t('nom.history.reason', { reason: e.reason })}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
