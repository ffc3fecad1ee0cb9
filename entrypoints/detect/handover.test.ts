import { describe, expect, it } from 'vitest';
import { leave, take } from './handover';

describe('handover between the declared script and the overlay', () => {
  it('gives each piece of work once, and null when none was left', async () => {
    expect(take('settings')).toBeNull();
    leave('settings', Promise.resolve({ a: 1 }));
    const settings = take('settings');
    expect(take('settings')).toBeNull();
    expect(await settings).toEqual({ a: 1 });
  });

  it('keeps the pieces apart', () => {
    const analysis = new Promise<never>(() => undefined);
    leave('analysis', analysis);
    leave('settings', Promise.resolve({}));
    expect(take('analysis')).toBe(analysis);
    expect(take('settings')).not.toBeNull();
  });

  it('leaves a failure for the overlay to handle, not as an unhandled rejection', async () => {
    const failing = Promise.reject(new Error('no storage'));
    leave('settings', failing);
    await new Promise((r) => setTimeout(r, 0)); // an unhandled rejection would surface (and fail the run) by now
    await expect(take('settings')).rejects.toThrow('no storage');
  });
});
