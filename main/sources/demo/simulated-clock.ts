// Simulated time runs `speed` times faster than the wall clock from an origin where both are
// known. Snapshots speak the app's (wall) time, so deadlines, snoozes and reminders stay
// coherent with everything else: at speed 3600 a 72-hour deadline falls 72 s after its notice.

export interface TimeOrigin {
  wall: Date;
  simulated: Date;
}

export interface SimulatedClock {
  /** Simulated ms at this wall time; never earlier than the origin. */
  simulatedAt(wall: Date): number;
  /** The wall time at which the simulation reaches `simulatedMs`. */
  wallAt(simulatedMs: number): Date;
}

export function simulatedClock(origin: TimeOrigin, speed: number): SimulatedClock {
  if (!Number.isFinite(speed) || speed <= 0) throw new Error(`demo speed must be a positive number, got ${speed}`);
  const wall0 = origin.wall.getTime();
  const sim0 = origin.simulated.getTime();
  return {
    simulatedAt: (wall) => sim0 + Math.max(0, wall.getTime() - wall0) * speed,
    wallAt: (simulatedMs) => new Date(wall0 + Math.round((simulatedMs - sim0) / speed)),
  };
}
