// Preloaded with `node --import` by scripts/e2e-at-times.mjs: shifts this process's wall clock by
// FAKE_CLOCK_OFFSET_MS so the end-to-end suite can be run as if it were another time of day. The test
// runner, its workers and the app server all load it with the same offset, so TOTP codes, session
// expiry and "today" agree between them. PGlite's clock is JavaScript's Date, so it follows too.
const offset = Number(process.env.FAKE_CLOCK_OFFSET_MS ?? 0);

if (Number.isFinite(offset) && offset !== 0) {
  const RealDate = globalThis.Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  // Own copies of UTC, parse and the rest: code that wraps Date (Next's prerendering does) copies only
  // own properties, and a subclass merely inherits them.
  for (const key of Object.getOwnPropertyNames(RealDate)) {
    if (!Object.hasOwn(ShiftedDate, key))
      Object.defineProperty(ShiftedDate, key, Object.getOwnPropertyDescriptor(RealDate, key));
  }
  // `Date()` called without `new` returns the current time as a string; a class cannot be called that way.
  const ShiftedDateFunction = new Proxy(ShiftedDate, {
    apply: () => new ShiftedDate().toString(),
  });
  globalThis.Date = ShiftedDateFunction;
}
