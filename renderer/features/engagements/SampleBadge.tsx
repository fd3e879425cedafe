import { isSampleEngagement } from '../../../shared/sample/sampleCast';
import { useAppStore } from '../../store';
import './sample.css';

/** "Sample", beside the status of the sample engagement (in the list and on its pages). */
export function SampleBadge({ engagement }: { engagement: { name: string; hostTeam: string } }) {
  if (!isSampleEngagement(engagement)) return null;
  return <span className="badge badge--sample">Sample</span>;
}

/** On every page of the sample: what it is, and the one action that deletes it (with Undo). */
export function SampleNotice({ id, engagement }: { id: string; engagement: { name: string; hostTeam: string } }) {
  const remove = useAppStore((s) => s.removeSample);
  if (!isSampleEngagement(engagement)) return null;
  return (
    <section className="sample-notice" aria-label="Sample engagement">
      <p className="sample-notice__text">
        <strong>This is a sample.</strong> A made-up quarter with a made-up team, to show what Aux Desk keeps; its
        addresses are on example.com. Rename it to keep it as your own.
      </p>
      <button type="button" className="button" onClick={() => void remove(id)}>
        Delete the sample
      </button>
    </section>
  );
}
