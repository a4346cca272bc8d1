import { z } from 'zod';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { type NominationKind, nominationDraftSchema } from '../../../shared/schemas/nominations';
import { valuesFrom } from '../../lib/form-values';

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
  /** '' = no movement */
  movementId: string;
  achievementRef: string;
  eligibilityNote: string;
};

/** The stored nomination (or the row of a 409) as far as the form shows it. */
export type StoredNomination = Pick<
  Nomination,
  | 'kind'
  | 'awardFormId'
  | 'individual'
  | 'collective'
  | 'summaryHtml'
  | 'unitReview'
  | 'movementId'
  | 'achievementRef'
  | 'eligibilityNote'
>;

const EMPTY: NominationFormValues = {
  kind: 'individual',
  awardFormId: '',
  individual: {
    fullName: '',
    gender: '',
    birthYear: '',
    ethnicity: 'Kinh',
    position: '',
    occupationGroup: '',
    field: '',
    phone: '',
  },
  collective: { name: '', collectiveType: '', headName: '', memberCount: '', womenSharePercent: '' },
  summaryHtml: '',
  hasReview: false,
  unitReview: { meetingDate: '', membersPresent: '', votesFor: '', votesTotal: '' },
  movementId: '',
  achievementRef: '',
  eligibilityNote: '',
};

export function toFormValues(n: StoredNomination | null): NominationFormValues {
  return {
    ...valuesFrom(EMPTY, {
      kind: n?.kind,
      awardFormId: n?.awardFormId,
      summaryHtml: n?.summaryHtml,
      movementId: n?.movementId ?? undefined,
      achievementRef: n?.achievementRef,
      eligibilityNote: n?.eligibilityNote,
    }),
    individual: valuesFrom(EMPTY.individual, n?.individual),
    collective: valuesFrom(EMPTY.collective, n?.collective),
    hasReview: !!n?.unitReview,
    unitReview: valuesFrom(EMPTY.unitReview, n?.unitReview),
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
    movementId: v.movementId || null,
    achievementRef: v.achievementRef,
    eligibilityNote: v.eligibilityNote,
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
