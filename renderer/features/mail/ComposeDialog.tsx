import { useEffect, useRef, useState } from 'react';
import type { MailNote } from '../../../shared/model/mail';
import { LoadState } from '../../components/LoadState';
import { useAppStore } from '../../store';
import { ComposeActions } from './ComposeActions';
import { ComposeFields } from './ComposeFields';
import { ComposePreview } from './ComposePreview';
import { SurveyFields } from './SurveyFields';
import { useCompose } from './useCompose';

interface ComposeDialogProps {
  engagementId: string;
  /** Whose notes: a weekly retro's or the project retro's; or the NPS survey, as it starts. */
  note: MailNote;
  onClose: () => void;
}

/** Email the retro's notes (or the NPS survey): preview, recipients, subject, then one of five ways to send. */
export function ComposeDialog({ engagementId, note, onClose }: ComposeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useAppStore((s) => s.navigate);
  // The survey's text is edited here; every way out sends it as it is on screen.
  const [survey, setSurvey] = useState(note.kind === 'survey' ? note.survey : null);
  const current: MailNote = survey ? { kind: 'survey', survey } : note;
  const { state, dispatch, run, copy, addEmail } = useCompose(engagementId, current);
  const preferred = useAppStore((s) => s.settings.mailMethod);
  const { compose, outcome } = state;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="dialog compose" aria-labelledby="compose-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="compose-title" className="dialog__title">
          {survey ? 'Email the survey' : 'Email the notes'}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      {state.loadError || !compose ? (
        <LoadState
          error={state.loadError}
          failed={survey ? 'The survey could not be prepared' : 'The notes could not be prepared'}
          loading={survey ? 'Preparing the survey…' : 'Preparing the notes…'}
        />
      ) : (
        <div className="compose__body">
          <ComposeFields state={state} dispatch={dispatch} addEmail={addEmail} />
          {survey ? <SurveyFields survey={survey} onChange={setSurvey} /> : null}
          <ComposePreview compose={compose} />
          {outcome ? (
            <p
              className={`notice ${outcome.tone === 'error' ? 'notice--error' : 'notice--info'}`}
              role={outcome.tone === 'error' ? 'alert' : 'status'}
            >
              {outcome.text}
            </p>
          ) : null}
          <ComposeActions
            busy={state.busy}
            canSend={compose.canSend}
            preferred={preferred}
            copyLabel={survey ? 'Copy mail' : 'Copy notes'}
            run={(action) => void run(action)}
            copy={(part) => void copy(part)}
            onSetUpSmtp={() => {
              dialog.current?.close();
              navigate({ kind: 'settings' });
            }}
          />
        </div>
      )}
    </dialog>
  );
}
