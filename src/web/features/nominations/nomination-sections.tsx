import { Stack, Text } from '@mantine/core';
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

export function DetailsSection({ n }: { n: Nomination }) {
  const { t } = useTranslation();
  const i = n.individual;
  const c = n.collective;
  return (
    <Section id="sec-n-details" title={t('nom.detail.details')}>
      <Stack gap={4}>
        <Field label={t('nom.detail.awardForm')}>{n.awardFormName}</Field>
        {i && (
          <>
            <Field label={t('nom.form.gender')}>{t(`nom.gender.${i.gender}`)}</Field>
            <Field label={t('nom.form.birthYear')}>{i.birthYear}</Field>
            <Field label={t('nom.form.ethnicity')}>{i.ethnicity}</Field>
            <Field label={t('nom.form.position')}>{i.position}</Field>
            <Field label={t('nom.form.occupationGroup')}>
              {t(`nom.occupationGroup.${i.occupationGroup}`)}
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
            <Field label={t('nom.form.collectiveType')}>{c.collectiveType}</Field>
            <Field label={t('nom.form.headName')}>{c.headName}</Field>
            <Field label={t('nom.form.memberCount')}>
              {t('nom.detail.members', { count: c.memberCount, women: c.womenSharePercent })}
            </Field>
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
              date: formatDate(r.meetingDate),
              present: r.membersPresent,
              votesFor: r.votesFor,
              votesTotal: r.votesTotal,
            })
          : t('nom.detail.noReview')}
      </Text>
    </Section>
  );
}
