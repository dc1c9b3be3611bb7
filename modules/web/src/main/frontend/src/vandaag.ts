/**
 * Today in the Netherlands, as `YYYY-MM-DD`, whatever the browser's own time zone: the platform's days are Dutch days
 * (the API counts its terms and checks "not in the future" in Europe/Amsterdam), so a browser on UTC must not call a
 * date of 00:30 Dutch time tomorrow's.
 */
export function vandaagInNederland(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}
