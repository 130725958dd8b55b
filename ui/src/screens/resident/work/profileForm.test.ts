import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../matching/fixtures';
import { onFormRows, type ProfileValues, profileValues, toProfile } from './profileForm';

const values = (v: Partial<ProfileValues>): ProfileValues => ({ ...profileValues(emptyProfile()), ...v });

describe('toProfile', () => {
  it('leaves the ranges to the backend: 0 and 400 are sent as they are', () => {
    const { profile, errors } = toProfile(
      emptyProfile(),
      values({ max_travel_km: '0', overrides: [{ workplace_id: 'w-1', minutes: '400' }] }),
    );
    expect(errors).toEqual([]);
    expect(profile?.max_travel_km).toBe(0);
    expect(profile?.travel_overrides).toEqual([{ workplace_id: 'w-1', minutes: 400 }]);
  });

  it('refuses what cannot be sent: no whole number, more than a u16 holds, half a travel time row', () => {
    const { profile, errors } = toProfile(
      emptyProfile(),
      values({
        max_travel_km: '25 km',
        overrides: [
          { workplace_id: 'w-1', minutes: '70000' },
          { workplace_id: '', minutes: '' },
          { workplace_id: '', minutes: '10' },
          { workplace_id: 'w-2', minutes: '' },
        ],
      }),
    );
    expect(profile).toBeNull();
    expect(errors).toEqual([
      { field: 'max_travel_km', message_id: 'error-number-format', args: {} },
      { field: 'travel_overrides[0].minutes', message_id: 'error-out-of-range', args: { min: '0', max: '65535' } },
      { field: 'travel_overrides[2].workplace_id', message_id: 'error-required', args: {} },
      { field: 'travel_overrides[3].minutes', message_id: 'error-required', args: {} },
    ]);
  });
});

describe('onFormRows', () => {
  it('moves the backend\'s travel time paths to the rows they were typed in', () => {
    const { rows } = toProfile(
      emptyProfile(),
      values({ overrides: [{ workplace_id: '', minutes: '' }, { workplace_id: 'w-1', minutes: '5' }, { workplace_id: 'w-1', minutes: '6' }] }),
    );
    expect(rows).toEqual([1, 2]);
    const moved = onFormRows(
      {
        code: 'validation',
        message_id: 'error-validation',
        args: {},
        fields: [
          { field: 'travel_overrides[1].workplace_id', message_id: 'error-invalid-choice', args: {} },
          { field: 'max_travel_km', message_id: 'error-out-of-range', args: { min: '1', max: '300' } },
        ],
      },
      rows,
    );
    expect(moved.fields.map((f) => f.field)).toEqual(['travel_overrides[2].workplace_id', 'max_travel_km']);
  });
});
