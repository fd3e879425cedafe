import type { HandlersFor } from '../router';
import type { MailService } from './mailService';

/** The mail:* and outbox:* channels (beside mailService.ts, which is long enough already). */
export function mailHandlers(mail: MailService): HandlersFor<'mail' | 'outbox'> {
  return {
    'mail:compose': ({ engagementId, retroId }) => ({
      ...mail.compose(engagementId, retroId),
      canSend: mail.hasSmtp(),
      draftFrom: mail.draftFrom(),
    }),
    'mail:draft': ({ engagementId, retroId, headers }) => mail.draft(engagementId, retroId, headers),
    'mail:saveEml': ({ engagementId, retroId, headers }) => mail.saveEml(engagementId, retroId, headers),
    'mail:mailto': ({ engagementId, retroId, headers }) => mail.mailto(engagementId, retroId, headers),
    'mail:copy': async ({ engagementId, retroId, headers }) => {
      await mail.copy(engagementId, retroId, headers);
      return {};
    },
    'mail:send': ({ engagementId, retroId, headers }) => mail.send(engagementId, retroId, headers),
    'mail:getSettings': () => mail.settings(),
    'mail:saveSettings': (input) => mail.saveSettings(input),
    'mail:saveAuthor': ({ author }) => mail.saveAuthor(author),
    'outbox:list': () => mail.outbox.list(),
    'outbox:retry': ({ id }) => mail.outbox.retryNow(id),
    'outbox:cancel': ({ id }) => mail.outbox.cancel(id),
  };
}
