import type { Bilingual } from './bilingual';

/**
 * A business rule refused the input (the API maps it to BAD_USER_INPUT).
 * `field` names the offending input so a form can highlight it.
 */
export class RuleViolation extends Error {
  constructor(
    readonly text: Bilingual,
    readonly field?: string,
  ) {
    super(text.en);
    this.name = 'RuleViolation';
  }
}

/** A state machine refused an action in the current state (the API maps it to CONFLICT). */
export class IllegalTransitionError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly from: string,
    readonly action: string,
  ) {
    super(text.en);
    this.name = 'IllegalTransitionError';
  }
}
