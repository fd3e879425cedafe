import type { HandlersFor } from '../router';
import type { MailService } from './mailService';
import { SentClearing } from './outboxClear';

/** The mail:* and outbox:* channels (beside mailService.ts, which is long enough already). */
export function mailHandlers(mail: MailService): HandlersFor<'mail' | 'outbox'> {
  const withSettings = <T>(composed: T) => ({
    ...composed,
    canSend: mail.settings.smtp !== null,
    draftFrom: mail.settings.draftFrom(),
  });
  const clearing = new SentClearing(mail.outbox);
  return {
    'mail:compose': ({ engagementId, note }) => withSettings(mail.compose(engagementId, note)),
    'mail:addEmail': (request) => withSettings(mail.addEmail(request)),
    'mail:draft': ({ engagementId, note, headers }) => mail.draft(engagementId, note, headers),
    'mail:saveEml': ({ engagementId, note, headers }) => mail.saveEml(engagementId, note, headers),
    'mail:mailto': ({ engagementId, note, headers }) => mail.mailto(engagementId, note, headers),
    'mail:copy': async ({ engagementId, note, headers }) => {
      await mail.copy(engagementId, note, headers);
      return {};
    },
    'mail:copyHeader': async (part) => {
      await mail.copyHeader(part);
      return {};
    },
    'mail:send': ({ engagementId, note, headers }) => mail.send(engagementId, note, headers),
    'mail:confirmSent': ({ engagementId, note }) => mail.confirmSent(engagementId, note),
    'mail:getSettings': () => mail.settings.view(),
    'mail:saveSettings': (input) => mail.saveSettings(input),
    'mail:sendTest': () => mail.testEmail.send(),
    'mail:saveAuthor': ({ author }) => mail.settings.saveAuthor(author),
    'outbox:list': () => mail.outbox.list(),
    'outbox:retry': ({ id }) => mail.outbox.retryNow(id),
    'outbox:cancel': ({ id }) => mail.outbox.cancel(id),
    'outbox:clearSent': () => clearing.clearSent(),
    'outbox:restoreSent': ({ ids }) => clearing.restore(ids),
  };
}
