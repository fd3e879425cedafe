import { STATUS_LABELS, type EngagementStatus } from '../../shared/model/engagement';

export function StatusBadge({ status }: { status: EngagementStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>;
}
