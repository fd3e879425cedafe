import { useState, type SyntheticEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { NPS_ROLE_LABELS, NPS_ROLES, NpsInputSchema, type NpsRole } from '../../../shared/model/projectRetro';
import { useAppStore } from '../../store';

/** The response being typed, checked on submit; once recorded, all but the role is cleared. */
function useResponseForm(engagementId: string) {
  const add = useAppStore((s) => s.addNpsResponse);
  const [respondent, setRespondent] = useState('');
  const [role, setRole] = useState<NpsRole>('engineer');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = NpsInputSchema.safeParse({
      respondent,
      role,
      score: score === '' ? undefined : Number(score),
      comment,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    if (await add(engagementId, parsed.data)) {
      setRespondent('');
      setScore('');
      setComment('');
    }
  };
  return { respondent, setRespondent, role, setRole, score, setScore, comment, setComment, errors, onSubmit };
}

export function NpsResponseForm({ engagementId }: { engagementId: string }) {
  const form = useResponseForm(engagementId);
  const { errors } = form;
  return (
    <form className="nps__form" aria-label="Record a response" noValidate onSubmit={(e) => void form.onSubmit(e)}>
      <div className="field">
        <label className="field__label" htmlFor="nps-score">
          Score
        </label>
        <select
          id="nps-score"
          className="input"
          value={form.score}
          aria-invalid={errors['score'] ? true : undefined}
          aria-describedby={errors['score'] ? 'nps-score-error' : undefined}
          onChange={(e) => form.setScore(e.target.value)}
        >
          <option value="">0–10…</option>
          {Array.from({ length: 11 }, (_, i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="nps-role">
          Role
        </label>
        <select
          id="nps-role"
          className="input"
          value={form.role}
          onChange={(e) => form.setRole(e.target.value as NpsRole)}
        >
          {NPS_ROLES.map((r) => (
            <option key={r} value={r}>
              {NPS_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="nps-respondent">
          Respondent (optional)
        </label>
        <input
          id="nps-respondent"
          className="input"
          value={form.respondent}
          onChange={(e) => form.setRespondent(e.target.value)}
        />
      </div>
      <div className="field nps__form-comment">
        <label className="field__label" htmlFor="nps-comment">
          Comment
        </label>
        <input
          id="nps-comment"
          className="input"
          value={form.comment}
          onChange={(e) => form.setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary nps__form-submit">
        Record response
      </button>
      {Object.keys(errors).length > 0 ? (
        <p id="nps-score-error" className="field__error nps__form-error" role="alert">
          {errors['score'] ?? Object.values(errors)[0]}
        </p>
      ) : null}
    </form>
  );
}
