import { useEffect } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { formatNps } from '../../../shared/project/nps';
import { useAppStore } from '../../store';
import { NpsChart } from '../project/NpsChart';
import { teamNpsOverall, teamNpsRows } from './teamNps';
import './teamNps.css';

/**
 * The team's NPS across every engagement in the workspace (everyone's responses, not only
 * yours), beside your own chart on the project retro; only with a workspace. Asked again after
 * each sync and each change waiting to go, so it follows what the team and you recorded. The
 * table says the same as the chart, in text.
 */
export function TeamNps() {
  const hasWorkspace = useAppStore((s) => s.team.workspace !== null);
  const lastSyncAt = useAppStore((s) => s.team.lastSyncAt);
  const toSend = useAppStore((s) => s.team.toSend);
  const points = useAppStore((s) => s.teamNps);
  const load = useAppStore((s) => s.loadTeamNps);
  useEffect(() => {
    if (hasWorkspace) void load();
  }, [hasWorkspace, lastSyncAt, toSend, load]);
  if (!hasWorkspace || points === null) return null;
  const rows = teamNpsRows(points);
  const overall = teamNpsOverall(points);
  return (
    <section className="nps-trend team-nps" aria-labelledby="team-nps-title">
      <h4 id="team-nps-title" className="nps-trend__title">
        Team NPS across the workspace
      </h4>
      {rows.length === 0 ? (
        <p className="muted">No engagement in the team workspace has NPS responses yet.</p>
      ) : (
        <>
          <p className="team-nps__overall">
            <strong>{formatNps(overall.nps)}</strong> from{' '}
            {overall.count === 1 ? '1 response' : `${overall.count} responses`} across{' '}
            {rows.length === 1 ? '1 engagement' : `${rows.length} engagements`}.
          </p>
          <NpsChart points={rows} title="Team NPS over time" />
          <table className="pairing-table team-nps__table">
            <caption className="visually-hidden">Team NPS by engagement</caption>
            <thead>
              <tr>
                <th scope="col">Engagement</th>
                <th scope="col">Last response</th>
                <th scope="col" className="pairing-table__num">
                  Responses
                </th>
                <th scope="col" className="pairing-table__num">
                  NPS
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.engagementId}>
                  <td>{row.name}</td>
                  <td>{formatDisplayDate(row.date)}</td>
                  <td className="pairing-table__num">{row.count}</td>
                  <td className="pairing-table__num">{formatNps(row.nps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
