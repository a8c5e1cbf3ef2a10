import { localDateOf, type LocalDate } from '../../../shared/kernel/localDate';

/** An injectable clock: the core never calls `new Date()` directly, so tests can fix the day. */
export interface Clock {
  now(): Date;
  today(): LocalDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDateOf(new Date()),
};

/** A clock fixed at an instant, e.g. from RELANCE_FIXED_NOW=2026-02-10T09:00:00 (tests and demos). */
export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()), today: () => localDateOf(instant) };
}

export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.RELANCE_FIXED_NOW;
  if (!fixed) return systemClock;
  const instant = new Date(fixed);
  if (Number.isNaN(instant.getTime())) throw new Error(`RELANCE_FIXED_NOW is not a date: ${fixed}`);
  return fixedClock(instant);
}

/** A clock the loopback mode can move forward (tests and demos that cross days); never used by the desktop app. */
export interface MovableClock extends Clock {
  moveTo(instant: Date): void;
}

export function movableClock(base: Clock): MovableClock {
  let offset = 0;
  const now = (): Date => new Date(base.now().getTime() + offset);
  return {
    now,
    today: () => localDateOf(now()),
    moveTo: (instant) => {
      offset = instant.getTime() - base.now().getTime();
    },
  };
}
