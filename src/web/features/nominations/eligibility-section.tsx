import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '../../../shared/schemas/nomination-views';
import { EligibilityCard } from '../eligibility/eligibility-card';

/**
 * "Khen thưởng đã có & điều kiện" on the nomination page. While the unit may still send a nominee
 * the register finds not yet eligible, the card asks for the explanation (giải trình) that goes
 * with the send; `note` is null until the user types (the stored one shows meanwhile), `error` the
 * server's refusal of a send without it.
 */
export function EligibilitySection({
  n,
  note,
  error,
  onNote,
}: {
  n: Nomination;
  note: string | null;
  /** The server's refusal of a send without the explanation. */
  error?: string | null;
  onNote: (note: string) => void;
}) {
  const { t } = useTranslation();
  const asks = n.permissions.canSubmit && (n.eligibility.verdict === 'ineligible' || !!n.eligibilityNote);
  return (
    <EligibilityCard e={n.eligibility}>
      {asks && (
        <Textarea
          label={t('elig.card.noteLabel')}
          description={t('elig.card.noteHelp')}
          value={note ?? n.eligibilityNote}
          onChange={(e) => onNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required={n.eligibility.verdict === 'ineligible'}
          error={error}
          data-testid="eligibility-note"
        />
      )}
    </EligibilityCard>
  );
}
