// The two report ids of a message on this device: one for "Report to IT", one for "This looks
// safe to me". Derived, not stored, so the same message always maps to the same ids.
import type { ReportKind } from '../report/types';
import { reportIdFor } from './device';

export function idFor(salt: string, webmail: string, key: string, kind: ReportKind): Promise<string> {
  return reportIdFor(salt, [webmail, key, kind]);
}

export async function idsFor(salt: string, webmail: string, key: string): Promise<{ report: string; falsePositive: string }> {
  return { report: await idFor(salt, webmail, key, 'suspected-phishing'), falsePositive: await idFor(salt, webmail, key, 'false-positive') };
}
