import { useAppStore } from '../../store';

/**
 * This week's retro, from anywhere (R on This week, Go › This Week's Retro, the palette):
 * opens it when it exists, else starts it on its day, as This week lists it (the first
 * engagement with a retro this week). One key instead of three screens.
 */
export async function openThisWeeksRetro(today: string): Promise<void> {
  const store = useAppStore.getState;
  await store().loadHome(today);
  const item = store().home?.items.find((candidate) => candidate.kind === 'retro');
  if (!item) {
    store().pushToast({
      tone: 'info',
      message: 'No retro is planned this week: no engagement runs this week. Open an engagement’s Retros to start one.',
    });
    return;
  }
  if (item.link.to === 'retro' || item.date === null) {
    await store().openItem(item.engagementId, item.link);
    return;
  }
  await store().openEngagement(item.engagementId);
  // Opening failed (deleted meanwhile): openEngagement has said so.
  if (!store().engagements[item.engagementId]) return;
  const retro = await store().createRetro(item.engagementId, item.date);
  if (retro) store().navigate({ kind: 'retro', engagementId: item.engagementId, retroId: retro.id });
}
