/** The slice of the Trusted Types API this module uses (not yet in TypeScript's DOM lib). */
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
}

/**
 * The CSP enforces Trusted Types for scripts, so `new Worker(url)` needs a policy. This
 * `default` policy accepts only script URLs of our own origin (the module worker Vite emits)
 * and defines no HTML rule: a raw string written to innerHTML still throws. Sanitized HTML
 * goes through the separate `dompurify` policy.
 */
export function installDefaultTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (input) => {
        const url = new URL(input, document.baseURI);
        if (url.origin !== location.origin) throw new TypeError(`Refused script URL from another origin: ${url.origin}`);
        return url.href;
      },
    });
  } catch {
    // Already installed (hot reload, a second call): the existing policy stays in force.
  }
}
