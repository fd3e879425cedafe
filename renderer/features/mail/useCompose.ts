import { useEffect, useReducer, useRef } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { OutgoingHeadersSchema, parseAddressList, type OutgoingHeaders } from '../../../shared/mail/addresses';
import type { MailNote } from '../../../shared/model/mail';
import { NpsSurveySchema } from '../../../shared/model/projectRetro';
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

/** Which notes a note names: callers write it inline (a new object each render), and the notes must not be fetched again, over what was typed. */
const keyOf = (note: MailNote) => (note.kind === 'retro' ? `retro:${note.retroId}` : note.kind);

/**
 * The survey's preview follows its text as the user edits it (a pause in typing, then main
 * renders it again); the recipients and subject typed meanwhile stay. A stale answer, one
 * overtaken by later edits, is dropped.
 */
function useSurveyPreview(
  engagementId: string,
  note: MailNote,
  loaded: boolean,
  dispatch: (event: ComposeEvent) => void,
) {
  const composeMail = useAppStore((s) => s.composeMail);
  const latest = useRef(note);
  latest.current = note;
  const asked = useRef(0);
  const text = note.kind === 'survey' ? JSON.stringify(note.survey) : null;
  // The text main rendered last: the dialog's first load rendered the survey as it opened.
  const rendered = useRef(text);
  useEffect(() => {
    const current = latest.current;
    if (text === null || text === rendered.current || !loaded || current.kind !== 'survey') return;
    if (!NpsSurveySchema.safeParse(current.survey).success) return;
    const timer = setTimeout(() => {
      rendered.current = text;
      const ask = ++asked.current;
      composeMail({ engagementId, note: current }).then(
        (compose) => ask === asked.current && dispatch({ type: 'previewed', compose }),
        (error: unknown) =>
          ask === asked.current &&
          dispatch({
            type: 'finished',
            outcome: { tone: 'error', text: `The preview could not follow: ${messageOf(error)}` },
          }),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [engagementId, text, loaded, composeMail, dispatch]);
}

/**
 * The compose dialog's state and its one action, `run`. The notes are rendered by main from
 * what it has, so what was just typed is saved first. The survey carries its own text.
 */
export function useCompose(engagementId: string, note: MailNote) {
  const key = keyOf(note);
  const latestNote = useRef(note);
  latestNote.current = note;
  const [state, dispatch] = useReducer(composeReducer, INITIAL_COMPOSE);
  const composeMail = useAppStore((s) => s.composeMail);
  const mailOut = useAppStore((s) => s.mailOut);
  const copyHeader = useAppStore((s) => s.copyHeader);
  const addAttendeeEmail = useAppStore((s) => s.addAttendeeEmail);
  useSurveyPreview(engagementId, note, state.compose !== null, dispatch);

  useEffect(() => {
    autosave
      .flushAll()
      .then(() => composeMail({ engagementId, note: latestNote.current }))
      .then(
        (compose) => dispatch({ type: 'loaded', compose }),
        (error: unknown) => dispatch({ type: 'load-failed', message: messageOf(error) }),
      );
  }, [engagementId, key, composeMail]);

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
    if (note.kind === 'survey' && !NpsSurveySchema.safeParse(note.survey).success) {
      return dispatch({ type: 'finished', outcome: { tone: 'error', text: 'Check the survey’s fields above first.' } });
    }
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
