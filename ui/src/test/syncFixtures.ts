import type { ConflictView, SyncStatus } from '../api/contract.gen';

/** A sync status: connected, online, nothing waiting; override what a test needs. */
export function syncStatusFixture(overrides: Partial<SyncStatus> = {}): SyncStatus {
  return {
    logged_in: true,
    server_url: 'https://werkpad.test',
    user_name: 'petra',
    online: true,
    running: false,
    pending: 0,
    oldest_pending_at: null,
    last_sync_at: '2025-06-17T08:30:00Z',
    next_attempt_at: null,
    progress: null,
    conflicts: 0,
    rejected: 0,
    repairs: 0,
    last_repair_at: null,
    last_error: null,
    failing_since: null,
    needs_person: false,
    ...overrides,
  };
}

/** An RFC 3339 instant `minutes` before now. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

export const CONFLICTS: ConflictView[] = [
  {
    conflict_id: 'c1',
    resident_id: 'r1',
    resident_name: 'Fatima el Amrani',
    entity: 'resident',
    entity_id: 'r1',
    field: 'phone',
    mine: '06 12345678',
    theirs: null,
    from_this_device: true,
    created_at: '2025-06-16T08:30:00Z',
    restricted: false,
  },
  {
    conflict_id: 'c2',
    resident_id: 'r1',
    resident_name: 'Fatima el Amrani',
    entity: 'resident',
    entity_id: 'r1',
    field: 'address',
    mine: {
      street: 'Dorpsstraat',
      house_number: '12',
      house_number_addition: 'A',
      postcode: '6811AB',
      woonplaats: 'Arnhem',
    },
    theirs: {
      street: 'Kerkweg',
      house_number: '3',
      house_number_addition: null,
      postcode: '6812 CD',
      woonplaats: 'Arnhem',
    },
    from_this_device: true,
    created_at: '2025-06-16T09:00:00Z',
    restricted: false,
  },
  {
    conflict_id: 'c3',
    resident_id: 'r2',
    resident_name: null,
    entity: 'resident',
    entity_id: 'r2',
    field: 'career_wishes',
    mine: ['Kok', 'Schilder'],
    theirs: [],
    from_this_device: true,
    created_at: '2025-06-16T09:30:00Z',
    restricted: false,
  },
  {
    conflict_id: 'c4',
    resident_id: 'r2',
    resident_name: null,
    entity: 'traject',
    entity_id: 't2',
    field: 'state',
    mine: 'actief',
    theirs: 'geplaatst',
    from_this_device: true,
    created_at: '2025-06-16T10:00:00Z',
    restricted: false,
  },
];
