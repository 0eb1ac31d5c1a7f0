/** Set by the bench's build configs (tests/bench/wxt.bench*.config.ts): see `benchMark`. */
interface ImportMetaEnv {
  readonly SOURCELIGHT_MARKS?: boolean;
}
