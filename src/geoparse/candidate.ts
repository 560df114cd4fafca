// A recognised name on its way through the pipeline: recognise → accept → resolve → qualify.

import type { PlaceRecord } from '../gazetteer/types.ts';
import type { Relation } from './types.ts';
import type { Evidence } from './filters.ts';
import type { Tier } from './prominence.ts';
import type { NameMatch } from './recognise.ts';

export interface Candidate {
  match: NameMatch;
  evidence: Evidence;
  tier: Tier;
  accepted: boolean;
  /** Joined by و to a neighbouring place ("سبها ومرزق"); set by the second acceptance pass. */
  coordinated?: boolean;
  /** Set by resolve: the chosen record and its lead over the best other place. */
  place?: PlaceRecord;
  margin?: number;
  relation?: Relation;
}
