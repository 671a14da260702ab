import { registerEnumType } from 'type-graphql';
import { ObjectionOutcome } from './appraisal.entity.js';

// Registered here rather than in common/graphql/enums.ts because ObjectionOutcome is an API-side
// enum of this module (the dashboard does not import it); it is still registered exactly once.
registerEnumType(ObjectionOutcome, {
  name: 'ObjectionOutcome',
  description: 'Decision on an objection (keberatan); final (PP 30/2019 art. 59).',
  valuesConfig: {
    UPHELD: { description: 'Dikabulkan: the ratings are revised and the predicate recomputed.' },
    REJECTED: { description: 'Ditolak: the ratings stand.' },
  },
});
