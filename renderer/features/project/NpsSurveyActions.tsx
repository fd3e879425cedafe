import { useState } from 'react';
import { defaultSurvey } from '../../../shared/mail/surveyMail';
import { useAppStore } from '../../store';
import { ComposeDialog } from '../mail/ComposeDialog';
import { NpsImportDialog } from './npsImport/NpsImportDialog';

/**
 * The survey's two ends: "Send the survey" drafts the mail to the host team (the notes'
 * compose dialog, the same five ways out), "Import responses" reads the form's export.
 */
export function NpsSurveyActions({ engagementId, engagementName }: { engagementId: string; engagementName: string }) {
  const teamName = useAppStore((s) => s.settings.teamName);
  const [open, setOpen] = useState<'survey' | 'import' | null>(null);
  return (
    <>
      <div className="nps__actions">
        <button type="button" className="button button--primary" onClick={() => setOpen('survey')}>
          Send the survey
        </button>
        <button type="button" className="button" onClick={() => setOpen('import')}>
          Import responses
        </button>
      </div>
      {open === 'survey' ? (
        <ComposeDialog
          engagementId={engagementId}
          note={{ kind: 'survey', survey: defaultSurvey(teamName, engagementName) }}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'import' ? <NpsImportDialog engagementId={engagementId} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
