import { z } from 'zod';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { type NominationKind, nominationDraftSchema } from '../../../shared/schemas/nominations';

// The nomination form's values (numbers as typed, the review record behind a checkbox) and how
// they become the shared request schema's body. Saving checks them as a draft (whatever is typed,
// of the right type); sending checks the stored nomination in full (shared/rules/submission).

type Num = number | string;

export type NominationFormValues = {
  kind: NominationKind;
  awardFormId: string;
  individual: {
    fullName: string;
    gender: string;
    birthYear: Num;
    ethnicity: string;
    position: string;
    occupationGroup: string;
    field: string;
    phone: string;
  };
  collective: {
    name: string;
    collectiveType: string;
    headName: string;
    memberCount: Num;
    womenSharePercent: Num;
  };
  summaryHtml: string;
  hasReview: boolean;
  unitReview: { meetingDate: string; membersPresent: Num; votesFor: Num; votesTotal: Num };
};

/** The stored nomination (or the row of a 409) as far as the form shows it. */
export type StoredNomination = Pick<
  Nomination,
  'kind' | 'awardFormId' | 'individual' | 'collective' | 'summaryHtml' | 'unitReview'
>;

export function toFormValues(n: StoredNomination | null): NominationFormValues {
  const i = n?.individual;
  const c = n?.collective;
  const r = n?.unitReview;
  return {
    kind: n?.kind ?? 'individual',
    awardFormId: n?.awardFormId ?? '',
    individual: {
      fullName: i?.fullName ?? '',
      gender: i?.gender ?? '',
      birthYear: i?.birthYear ?? '',
      ethnicity: i?.ethnicity ?? 'Kinh',
      position: i?.position ?? '',
      occupationGroup: i?.occupationGroup ?? '',
      field: i?.field ?? '',
      phone: i?.phone ?? '',
    },
    collective: {
      name: c?.name ?? '',
      collectiveType: c?.collectiveType ?? '',
      headName: c?.headName ?? '',
      memberCount: c?.memberCount ?? '',
      womenSharePercent: c?.womenSharePercent ?? '',
    },
    summaryHtml: n?.summaryHtml ?? '',
    hasReview: !!r,
    unitReview: {
      meetingDate: r?.meetingDate ?? '',
      membersPresent: r?.membersPresent ?? '',
      votesFor: r?.votesFor ?? '',
      votesTotal: r?.votesTotal ?? '',
    },
  };
}

const num = (v: Num) => (v === '' || v === null || v === undefined ? undefined : Number(v));

/** The request body the values stand for (not yet validated). */
export function toRequestBody(v: NominationFormValues) {
  const common = {
    awardFormId: v.awardFormId,
    summaryHtml: v.summaryHtml,
    unitReview: v.hasReview
      ? {
          ...v.unitReview,
          membersPresent: num(v.unitReview.membersPresent),
          votesFor: num(v.unitReview.votesFor),
          votesTotal: num(v.unitReview.votesTotal),
        }
      : null,
  };
  return v.kind === 'individual'
    ? { kind: v.kind, individual: { ...v.individual, birthYear: num(v.individual.birthYear) }, ...common }
    : {
        kind: v.kind,
        collective: {
          ...v.collective,
          memberCount: num(v.collective.memberCount),
          womenSharePercent: num(v.collective.womenSharePercent),
        },
        ...common,
      };
}

/** The form's validator: the values, as a body, against the shared draft schema. */
export const nominationFormSchema = z.preprocess(
  (v) => toRequestBody(v as NominationFormValues),
  nominationDraftSchema,
);
