import { createSecretHasher, nobleScrypt } from '../../src/gateway/security/pin-hasher';
import { SecurityService } from '../../src/gateway/security/security-service';
import type {
  SecurityEvent,
  SecurityEventKind,
  SecurityLog,
} from '../../src/gateway/security/security-log';
import type { BiometricProvider } from '../../src/gateway/security/biometric';
import type { IdentityCheck } from '../../src/gateway/security/identity-check';
import { ManualClock } from './ledger-fixture';
import { MemorySecretStore } from './memory-secret-store';

/** Real scrypt at a low cost, so that tests with many PIN tries stay quick. */
export const testHasher = createSecretHasher(nobleScrypt, {
  pin: { logN: 10, r: 8, p: 1 },
  recovery: { logN: 8, r: 8, p: 1 },
});

export class MemorySecurityLog implements SecurityLog {
  readonly events: SecurityEvent[] = [];
  constructor(private readonly clock: ManualClock) {}
  append(kind: SecurityEventKind, details?: SecurityEvent['details']): Promise<void> {
    this.events.push({
      id: String(this.events.length),
      at: this.clock.now(),
      kind,
      ...(details ? { details } : {}),
    });
    return Promise.resolve();
  }
  list(limit: number): Promise<SecurityEvent[]> {
    return Promise.resolve([...this.events].reverse().slice(0, limit));
  }
  kinds(): string[] {
    return this.events.map((event) => event.kind);
  }
}

export class FakeBiometric implements BiometricProvider {
  constructor(
    public isAvailable = true,
    public answer = true,
  ) {}
  available(): boolean {
    return this.isAvailable;
  }
  prompt(): Promise<boolean> {
    return Promise.resolve(this.answer);
  }
}

/** A verified identity as the ledger would check it: yes or no, nothing more. */
export class FakeIdentity implements IdentityCheck {
  constructor(public identity: { name: string; number: string } | null = null) {}
  verified(): Promise<boolean> {
    return Promise.resolve(this.identity !== null);
  }
  matches(typed: { name: string; number: string }): Promise<boolean> {
    return Promise.resolve(
      this.identity !== null &&
        this.identity.name === typed.name &&
        this.identity.number === typed.number,
    );
  }
}

export function securityFixture(
  options: {
    clock?: ManualClock;
    secrets?: MemorySecretStore;
    biometric?: FakeBiometric;
    identity?: FakeIdentity;
  } = {},
) {
  const clock = options.clock ?? new ManualClock();
  const secrets = options.secrets ?? new MemorySecretStore();
  const log = new MemorySecurityLog(clock);
  const biometric = options.biometric ?? new FakeBiometric(false);
  const identity = options.identity ?? new FakeIdentity();
  const security = new SecurityService({
    secrets,
    hasher: testHasher,
    clock,
    log,
    biometric,
    identity,
  });
  return { clock, secrets, log, biometric, identity, security };
}
