import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../shared/ipc';
import type { MailSettingsInput, MailSettingsView, OutboxItemView } from '../../shared/model/mail';
import { invoke } from '../api';
import type { AppState } from './index';
import { attempt, formSave, undoToast, type FormResult } from './writes';

/** The five ways out of the compose dialog, each one channel. */
const MAIL_CHANNELS = {
  draft: 'mail:draft',
  eml: 'mail:saveEml',
  mailto: 'mail:mailto',
  copy: 'mail:copy',
  send: 'mail:send',
} as const;
export type MailAction = keyof typeof MAIL_CHANNELS;
export type MailRequest = RequestOf<'mail:draft'>;
export type MailAnswer<A extends MailAction> = ResponseOf<(typeof MAIL_CHANNELS)[A]>;
export type Compose = ResponseOf<'mail:compose'>;

export interface MailSlice {
  outbox: OutboxItemView[];
  outboxLoaded: boolean;
  mailSettings: MailSettingsView | null;
  loadOutbox: () => Promise<void>;
  retryOutbox: (id: string) => Promise<void>;
  cancelOutbox: (id: string) => Promise<void>;
  /** "Clear sent": the sent messages leave the list, with Undo (their retros keep the record). */
  clearSentOutbox: () => Promise<void>;
  loadMailSettings: () => Promise<void>;
  setMailSettings: (view: MailSettingsView) => void;
  /** Renders the notes to mail, as main has them; throws when it cannot. */
  composeMail: (request: Pick<MailRequest, 'engagementId' | 'note'>) => Promise<Compose>;
  /** Sends (or drafts, saves, copies) the notes; the retro's mail log changes, so retros reload. Throws when it fails. */
  mailOut: <A extends MailAction>(action: A, request: MailRequest) => Promise<MailAnswer<A>>;
  /** Field errors are keyed by the form's fields; on success the settings on screen follow. */
  /** "Ana Lima · add email": saved by main to People (and the retro); the engagement and retro on screen follow. Throws when refused. */
  addAttendeeEmail: (request: RequestOf<'mail:addEmail'>) => Promise<Compose>;
  /** For web mail: the recipients or the subject on the clipboard; nothing is recorded. Throws when refused. */
  copyHeader: (part: RequestOf<'mail:copyHeader'>) => Promise<void>;
  /** "I sent it" after a draft, a copy or mailto: the retro (or project retro) reloads with its log. */
  confirmNotesSent: (engagementId: string, note: RequestOf<'mail:confirmSent'>['note']) => Promise<void>;
  saveMailSettings: (input: MailSettingsInput) => Promise<FormResult<MailSettingsView>>;
  saveAuthorInput: (input: RequestOf<'mail:saveAuthor'>) => Promise<FormResult<MailSettingsView>>;
  /** "Send a test email" over the saved SMTP settings: sent, or the server's reason. Throws when refused (not set up). */
  sendTestEmail: () => Promise<ResponseOf<'mail:sendTest'>>;
}

export const createMailSlice: StateCreator<AppState, [], [], MailSlice> = (set, get) => {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  const outboxAction = async (failure: string, write: () => Promise<unknown>) => {
    if ((await attempt(toast, failure, write)) !== null) await get().loadOutbox();
  };
  return {
    outbox: [],
    outboxLoaded: false,
    mailSettings: null,
    loadOutbox: async () => {
      const outbox = await attempt(toast, 'The outbox could not be loaded', () => invoke('outbox:list', {}));
      if (outbox) set({ outbox, outboxLoaded: true });
    },
    retryOutbox: (id) => outboxAction('Could not retry', () => invoke('outbox:retry', { id })),
    cancelOutbox: (id) => outboxAction('Could not cancel', () => invoke('outbox:cancel', { id })),
    clearSentOutbox: async () => {
      const done = await attempt(toast, 'Could not clear the sent messages', () => invoke('outbox:clearSent', {}));
      if (!done) return;
      await get().loadOutbox();
      const count = done.cleared.length;
      if (count === 0) return;
      const undo = async () => {
        const back = await attempt(toast, 'Could not put the sent messages back', () =>
          invoke('outbox:restoreSent', { ids: done.cleared }),
        );
        if (back) set({ outbox: back });
      };
      toast(undoToast(`Cleared ${count} sent ${count === 1 ? 'message' : 'messages'} from the Outbox.`, undo));
    },
    loadMailSettings: async () => {
      const view = await attempt(toast, 'Mail settings could not be loaded', () => invoke('mail:getSettings', {}));
      if (view) set({ mailSettings: view });
    },
    setMailSettings: (view) => set({ mailSettings: view }),
    composeMail: (request) => invoke('mail:compose', request),
    mailOut: async (action, request) => {
      // The five channels take the same request (the contract's ComposeRequestSchema); each answers its own shape.
      const channel: (typeof MAIL_CHANNELS)[MailAction] = MAIL_CHANNELS[action];
      const answer = (await invoke(channel as 'mail:draft', request)) as unknown as MailAnswer<typeof action>;
      void get().load('retro', request.engagementId);
      // Main saved the way it left (mailMethod): the dialog offers it first next time.
      void invoke('settings:get', {}).then(
        (settings) => get().setSettings(settings),
        () => undefined,
      );
      return answer;
    },
    addAttendeeEmail: async (request) => {
      const compose = await invoke('mail:addEmail', request);
      const id = request.engagementId;
      void get().load(request.note.kind === 'project' ? 'project' : 'retro', id);
      await refreshEngagement(set, id, request.name);
      return compose;
    },
    copyHeader: async (part) => {
      await invoke('mail:copyHeader', part);
    },
    confirmNotesSent: async (engagementId, note) => {
      const entry = await attempt(toast, 'Could not record that the notes were sent', () =>
        invoke('mail:confirmSent', { engagementId, note }),
      );
      if (!entry) return;
      await get().load(note.kind === 'project' ? 'project' : 'retro', engagementId);
      toast({ tone: 'info', message: 'Marked as sent: the notes count as emailed.' });
    },
    saveMailSettings: async (input) => {
      const saved = await formSave(() => invoke('mail:saveSettings', input));
      if (saved.ok) set({ mailSettings: saved.value });
      return saved;
    },
    saveAuthorInput: async (input) => {
      // The contract nests the author: "author.email" is the form's "email", "author" alone is `_`.
      const saved = await formSave(
        () => invoke('mail:saveAuthor', input),
        (k) => k.replace(/^author\.?/, '') || '_',
      );
      if (saved.ok) set({ mailSettings: saved.value });
      return saved;
    },
    sendTestEmail: () => invoke('mail:sendTest', {}),
  };
};

type Set = Parameters<StateCreator<AppState, [], [], MailSlice>>[0];

/** People on screen show the address just added; an unsaved edit of People keeps what was typed, with it. */
async function refreshEngagement(set: Set, id: string, name: string): Promise<void> {
  const engagement = await invoke('engagements:get', { id }).catch(() => null);
  if (!engagement) return;
  const person = engagement.people.find((p) => p.name === name);
  set((state) => {
    const draft = state.drafts[id];
    const nextDraft =
      draft && person
        ? {
            ...draft,
            people: draft.people.map((p) => (p.id === person.id && p.email === '' ? { ...p, email: person.email } : p)),
          }
        : draft;
    return {
      engagements: { ...state.engagements, [id]: engagement },
      drafts: nextDraft ? { ...state.drafts, [id]: nextDraft } : state.drafts,
    };
  });
}
