// Additive scoring with a cap per family, as in design.md "Scoring": wording alone never warns,
// red needs two independent families or one decisive finding.
import type { RuleFinding } from './rule';
import type { Family, Level, Sensitivity } from './types';

export const FAMILY_CAP: Record<Family, number> = { identity: 10, links: 10, attachments: 10, wording: 4 };

/** Score at or above which a level is shown, by sensitivity. */
export const THRESHOLDS: Record<Sensitivity, { caution: number; danger: number }> = {
  relaxed: { caution: 5, danger: 7 },
  balanced: { caution: 4, danger: 5 },
  strict: { caution: 3, danger: 4 },
};

export interface Scored {
  level: Level;
  score: number;
  families: Partial<Record<Family, number>>;
}

/**
 * @param senderTrusted the sender's domain is on the policy's trusted list: IT vouched for it, so
 *   only a decisive finding (a program attached, a blocked domain) still warns.
 */
export function scoreFindings(findings: readonly RuleFinding[], sensitivity: Sensitivity, senderTrusted = false): Scored {
  const families: Partial<Record<Family, number>> = {};
  for (const f of findings) families[f.family] = (families[f.family] ?? 0) + f.points;
  let score = 0;
  for (const [family, points] of Object.entries(families) as [Family, number][]) {
    families[family] = Math.min(points, FAMILY_CAP[family]);
    score += families[family];
  }
  score = Math.round(score * 10) / 10;
  const t = THRESHOLDS[sensitivity] ?? THRESHOLDS.balanced;
  const evidenceFamilies = (Object.keys(families) as Family[]).filter((f) => (families[f] ?? 0) > 0);
  // Independent evidence for red: at least two families that each carry real weight (2+ points),
  // so a stray 1-point hint cannot turn a yellow warning red.
  const strongFamilies = evidenceFamilies.filter((f) => (families[f] ?? 0) >= 2);
  const hasEvidence = evidenceFamilies.some((f) => f !== 'wording');
  const decisive = findings.some((f) => f.decisive);

  let level: Level = 'safe';
  if (decisive) level = 'danger';
  else if (senderTrusted) level = 'safe';
  else if (hasEvidence && score >= t.danger && strongFamilies.length >= 2) level = 'danger';
  else if (hasEvidence && score >= t.caution) level = 'caution';
  return { level, score, families };
}
