import { fieldErrorsOf } from '../../../shared/ipc';
import { NpsSurveySchema, type NpsSurvey } from '../../../shared/model/projectRetro';
import { Field } from '../../components/Field';

/**
 * The survey's own text, editable before it goes: the question (the playbook's, about the
 * team named in Settings), the message above it and the link to the form, if there is one.
 * Checked as main will check it, beside each field.
 */
export function SurveyFields({ survey, onChange }: { survey: NpsSurvey; onChange: (survey: NpsSurvey) => void }) {
  const parsed = NpsSurveySchema.safeParse(survey);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const edit = (patch: Partial<NpsSurvey>) => onChange({ ...survey, ...patch });
  return (
    <fieldset className="compose__survey">
      <legend className="field__label">The survey</legend>
      <Field label="Question" error={errors['question']} hint="Asked on a scale from 0 (not at all likely) to 10.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={survey.question}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => edit({ question: e.target.value })}
          />
        )}
      </Field>
      <Field label="Message" error={errors['message']}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            className="input compose__message"
            rows={5}
            value={survey.message}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => edit({ message: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Link to the form (optional)"
        error={errors['formUrl']}
        hint="Your Google or Microsoft form’s https:// link. Without one, people answer by replying."
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://forms.gle/…"
            value={survey.formUrl}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => edit({ formUrl: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
