import type { StateCreator } from 'zustand';
import type { MailSettingsView, OutboxItemView } from '../../shared/model/mail';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

export interface MailSlice {
  outbox: OutboxItemView[];
  outboxLoaded: boolean;
  mailSettings: MailSettingsView | null;
  loadOutbox: () => Promise<void>;
  retryOutbox: (id: string) => Promise<void>;
  cancelOutbox: (id: string) => Promise<void>;
  loadMailSettings: () => Promise<void>;
  setMailSettings: (view: MailSettingsView) => void;
}

export const createMailSlice: StateCreator<AppState, [], [], MailSlice> = (set, get) => ({
  outbox: [],
  outboxLoaded: false,
  mailSettings: null,
  loadOutbox: async () => {
    try {
      set({ outbox: await invoke('outbox:list', {}), outboxLoaded: true });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `The outbox could not be loaded: ${messageOf(error)}` });
    }
  },
  retryOutbox: async (id) => {
    try {
      await invoke('outbox:retry', { id });
      await get().loadOutbox();
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not retry: ${messageOf(error)}` });
    }
  },
  cancelOutbox: async (id) => {
    try {
      await invoke('outbox:cancel', { id });
      await get().loadOutbox();
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not cancel: ${messageOf(error)}` });
    }
  },
  loadMailSettings: async () => {
    try {
      set({ mailSettings: await invoke('mail:getSettings', {}) });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Mail settings could not be loaded: ${messageOf(error)}` });
    }
  },
  setMailSettings: (view) => set({ mailSettings: view }),
});
