import * as rules from './index';

describe('@duban/rules barrel', () => {
  it('exports every area', () => {
    for (const name of [
      'nextItemStatus',
      'nextAssignmentStatus',
      'validateShares',
      'computeLight',
      'summarize',
      'deadlineFromTier',
      'classifyDeadline',
      'formatRegistrationNumber',
      'bulletinScore',
      'RuleViolation',
      'IllegalTransitionError',
    ]) {
      expect(typeof (rules as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
