import { create } from 'zustand';
import { createEngagementsSlice, type EngagementsSlice } from './engagementsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = UiSlice & EngagementsSlice;

/** One store, built from slices once. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createEngagementsSlice(...args),
}));
