import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';

/** Loaded when first opened: it shows notes read-only, with the rich-text editor (most of the app's JavaScript). */
const ConflictsDialog = lazy(() => import('./ConflictsDialog').then((m) => ({ default: m.ConflictsDialog })));

/** The app-wide part of the team workspace: the conflict view, while it is open. */
export function TeamLayer() {
  const open = useAppStore((s) => s.conflictsOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ConflictsDialog />
    </Suspense>
  );
}
