import { useEffect, useMemo, useReducer } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { OutgoingHeadersSchema, parseAddressList, type OutgoingHeaders } from '../../../shared/mail/addresses';
import type { MailNote } from '../../../shared/model/mail';
import { messageOf } from '../../api';
import { useAppStore } from '../../store';
import type { MailAction, MailRequest, MailSlice } from '../../store/mailSlice';
import { autosave } from '../notes/autosave';
import { saveAuthor } from './authorFields';
import { composeReducer, INITIAL_COMPOSE, type ComposeEvent, type ComposeState } from './composeState';

/** What the dialog says once an action worked. */
async function deliver(mailOut: MailSlice['mailOut'], action: MailAction, request: MailRequest): Promise<string> {
  switch (action) {
    case 'draft':
      await mailOut('draft', request);
      return 'The draft is open in your mail app. Review it there and press Send.';
    case 'eml': {
      const { path } = await mailOut('eml', request);
      return path ? `Saved to ${path}.` : 'Not saved.';
    }
    case 'mailto': {
      const { truncated } = await mailOut('mailto', request);
      return truncated
        ? 'Opened in your mail app, but the notes were cut to fit a mailto: link. Use “Open as draft” for the full notes.'
        : 'Opened in your mail app as a plain-text message.';
    }
    case 'copy':
      await mailOut('copy', request);
      return 'Copied as rich text and plain text. Paste it into your web mail.';
    case 'send':
      await mailOut('send', request);
      return 'Queued in the Outbox. It goes out as soon as the server accepts it.';
  }
}

/** The headers as typed, checked as main will check them; null after showing what is wrong. */
function checkHeaders(state: ComposeState, dispatch: (event: ComposeEvent) => void): OutgoingHeaders | null {
  const cc = parseAddressList(state.ccText);
  const parsed = cc.ok
    ? OutgoingHeadersSchema.safeParse({ to: state.to, cc: cc.addresses, subject: state.subject })
    : null;
  const errors = !cc.ok ? { cc: cc.error } : parsed?.success === false ? fieldErrorsOf(parsed.error) : {};
  dispatch({ type: 'headers-checked', errors });
  return parsed?.success ? parsed.data : null;
}

/**
 * The compose dialog's state and its one action, `run`. The notes are rendered by main from
 * what it has, so what was just typed is saved first.
 */
/**
 * The note as a value that changes only when it names other notes: callers write it inline
 * (a new object each render), and the notes must not be fetched again, over what was typed.
 */
function useSameNote(note: MailNote): MailNote {
  const retroId = note.kind === 'retro' ? note.retroId : null;
  return useMemo(() => (retroId === null ? { kind: 'project' } : { kind: 'retro', retroId }), [retroId]);
}

export function useCompose(engagementId: string, given: MailNote) {
  const note = useSameNote(given);
  const [state, dispatch] = useReducer(composeReducer, INITIAL_COMPOSE);
  const composeMail = useAppStore((s) => s.composeMail);
  const mailOut = useAppStore((s) => s.mailOut);
  const copyHeader = useAppStore((s) => s.copyHeader);
  const addAttendeeEmail = useAppStore((s) => s.addAttendeeEmail);

  useEffect(() => {
    autosave
      .flushAll()
      .then(() => composeMail({ engagementId, note }))
      .then(
        (compose) => dispatch({ type: 'loaded', compose }),
        (error: unknown) => dispatch({ type: 'load-failed', message: messageOf(error) }),
      );
  }, [engagementId, note, composeMail]);

  /**
   * A draft needs a sender (RFC 5322): while the user has not given their name and email, the
   * dialog asks, and saves them to Settings › Mail before making the draft. False: not saved.
   */
  const ensureSender = async (): Promise<boolean> => {
    if (!state.compose || state.compose.draftFrom !== null) return true;
    const saved = await saveAuthor(state.author);
    if (!saved.ok || !saved.view.author) {
      dispatch({
        type: 'sender-refused',
        errors: saved.ok ? { name: 'Enter your name.', email: 'Enter your email address.' } : saved.errors,
      });
      return false;
    }
    dispatch({ type: 'sender-saved', sender: saved.view.author });
    return true;
  };

  const run = async (action: MailAction) => {
    const headers = checkHeaders(state, dispatch);
    if (!headers) return;
    dispatch({ type: 'started', action });
    try {
      if ((action === 'draft' || action === 'eml') && !(await ensureSender()))
        return dispatch({ type: 'finished', outcome: null });
      const text = await deliver(mailOut, action, { engagementId, note, headers });
      dispatch({ type: 'finished', outcome: { tone: 'info', text } });
    } catch (error) {
      dispatch({ type: 'finished', outcome: { tone: 'error', text: messageOf(error) } });
    }
  };

  /** For web mail: the recipients (To, then Cc) or the subject on the clipboard. The notes are not marked sent. */
  const copy = async (part: 'recipients' | 'subject') => {
    const headers = checkHeaders(state, dispatch);
    if (!headers) return;
    const recipients = [...headers.to, ...headers.cc];
    try {
      await copyHeader(part === 'subject' ? { subject: headers.subject } : { recipients });
      const text =
        part === 'subject'
          ? 'Copied the subject. Paste it into your web mail.'
          : `Copied ${recipients.length === 1 ? '1 recipient' : `${recipients.length} recipients`}. Paste them into your web mail’s To field.`;
      dispatch({ type: 'finished', outcome: { tone: 'info', text } });
    } catch (error) {
      dispatch({ type: 'finished', outcome: { tone: 'error', text: messageOf(error) } });
    }
  };

  /** Saves the address of an attendee who had none; null when it worked, else what is wrong. */
  const addEmail = async (name: string, email: string): Promise<string | null> => {
    try {
      const compose = await addAttendeeEmail({ engagementId, note, name, email: email.trim() });
      const address = compose.to.find((a) => a.name === name) ?? { name, email: email.trim() };
      const text = `Saved ${address.email} for ${name} in People. ${name} is now in To.`;
      dispatch({ type: 'email-added', compose, address, outcome: { tone: 'info', text } });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };

  return { state, dispatch, run, copy, addEmail };
}
