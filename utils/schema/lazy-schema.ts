/**
 * A zod schema built the first time it is used rather than when its module loads: the content
 * script runs on every page and imports dozens of schemas that most pages never use, and building
 * them was about a third of its start-up. The proxy is typed as the schema and passes everything to
 * it, so it can be used, composed and inferred from like the schema itself.
 */
export function lazySchema<T extends object>(make: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= make());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // The proxy's own target is empty: what it reports must be configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
