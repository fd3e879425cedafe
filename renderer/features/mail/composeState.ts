import type { MailAddress } from '../../../shared/mail/addresses';
import type { Compose, MailAction } from '../../store/mailSlice';
import type { AuthorDraft } from './authorFields';

export interface Outcome {
  tone: 'info' | 'error';
  text: string;
}

/** Everything the compose dialog shows: what main prepared, what the user typed, how the last try went. */
export interface ComposeState {
  compose: Compose | null;
  loadError: string | null;
  to: MailAddress[];
  ccText: string;
  subject: string;
  /** Header errors, keyed to, cc, subject. */
  errors: Record<string, string>;
  busy: MailAction | null;
  outcome: Outcome | null;
  /** The sender, asked for while Settings › Mail has none (a draft needs one). */
  author: AuthorDraft;
  authorErrors: Record<string, string>;
}

export type ComposeEvent =
  | { type: 'loaded'; compose: Compose }
  /** The survey rendered again after an edit: its preview changes, not the recipients or subject. */
  | { type: 'previewed'; compose: Compose }
  | { type: 'load-failed'; message: string }
  | { type: 'edit'; patch: Partial<Pick<ComposeState, 'to' | 'ccText' | 'subject' | 'author'>> }
  | { type: 'headers-checked'; errors: Record<string, string> }
  | { type: 'started'; action: MailAction }
  | { type: 'sender-refused'; errors: Record<string, string> }
  | { type: 'sender-saved'; sender: MailAddress }
  | { type: 'finished'; outcome: Outcome | null }
  | { type: 'email-added'; compose: Compose; address: MailAddress; outcome: Outcome };

export const INITIAL_COMPOSE: ComposeState = {
  compose: null,
  loadError: null,
  to: [],
  ccText: '',
  subject: '',
  errors: {},
  busy: null,
  outcome: null,
  author: { name: '', email: '' },
  authorErrors: {},
};

export function composeReducer(state: ComposeState, event: ComposeEvent): ComposeState {
  switch (event.type) {
    case 'loaded':
      // The recipients and subject start as main proposes them.
      return { ...state, compose: event.compose, to: event.compose.to, subject: event.compose.subject };
    case 'previewed':
      return {
        ...state,
        compose: state.compose && { ...state.compose, html: event.compose.html, text: event.compose.text },
      };
    case 'load-failed':
      return { ...state, loadError: event.message };
    case 'edit':
      return { ...state, ...event.patch };
    case 'headers-checked':
      return { ...state, errors: event.errors };
    case 'started':
      return { ...state, busy: event.action, outcome: null };
    case 'sender-refused':
      return { ...state, authorErrors: event.errors };
    case 'sender-saved':
      return { ...state, authorErrors: {}, compose: state.compose && { ...state.compose, draftFrom: event.sender } };
    case 'finished':
      return { ...state, busy: null, outcome: event.outcome };
    case 'email-added':
      // The recipients as the user left them, plus the one just given an address.
      return {
        ...state,
        compose: event.compose,
        to: state.to.some((a) => a.email === event.address.email) ? state.to : [...state.to, event.address],
        outcome: event.outcome,
      };
  }
}
