/** Step events: a step view tells the flow what the person did. They stay inside the flow. */

const step = { bubbles: true, composed: false } as const;

export class SspEmailSubmitEvent extends Event {
  static readonly type = 'ssp-email-submit';
  constructor(readonly email: string) {
    super(SspEmailSubmitEvent.type, step);
  }
}

export class SspSignInRequestEvent extends Event {
  static readonly type = 'ssp-sign-in-request';
  constructor() {
    super(SspSignInRequestEvent.type, step);
  }
}

export class SspSeatsSubmitEvent extends Event {
  static readonly type = 'ssp-seats-submit';
  constructor(
    readonly quantity: number,
    readonly planId: string,
  ) {
    super(SspSeatsSubmitEvent.type, step);
  }
}

export class SspTrialStartEvent extends Event {
  static readonly type = 'ssp-trial-start';
  constructor() {
    super(SspTrialStartEvent.type, step);
  }
}

export class SspPayEvent extends Event {
  static readonly type = 'ssp-pay';
  constructor() {
    super(SspPayEvent.type, step);
  }
}

export class SspLicenseRequestEvent extends Event {
  static readonly type = 'ssp-license-request';
  constructor(readonly message: string) {
    super(SspLicenseRequestEvent.type, step);
  }
}

/** "Back", "use a different email", "try again", "start over": navigation inside the flow. */
export class SspNavigateEvent extends Event {
  static readonly type = 'ssp-navigate';
  constructor(readonly action: 'back' | 'retry' | 'restart' | 'close') {
    super(SspNavigateEvent.type, step);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ssp-email-submit': SspEmailSubmitEvent;
    'ssp-sign-in-request': SspSignInRequestEvent;
    'ssp-seats-submit': SspSeatsSubmitEvent;
    'ssp-trial-start': SspTrialStartEvent;
    'ssp-pay': SspPayEvent;
    'ssp-license-request': SspLicenseRequestEvent;
    'ssp-navigate': SspNavigateEvent;
  }
}
