/**
 * Lines a process prints outside Nest's logger (startup, shutdown): `[name] message` as text, or one
 * JSON object shaped like Nest's JSON logger's when LOG_FORMAT=json, so collectors parse every line.
 */
export function processLog(name: string, format: 'text' | 'json'): (message: string) => void {
  if (format === 'text') return (message) => console.log(`[${name}] ${message}`);
  return (message) =>
    console.log(
      JSON.stringify({ level: 'log', pid: process.pid, timestamp: Date.now(), context: name, message }),
    );
}
