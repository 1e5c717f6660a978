/**
 * Ends the process once what was written to standard output and error has gone out. The
 * parser's Go runtime keeps timers of its own, which would otherwise hold the process up to
 * a second after the work is done.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  process.exitCode = code;
  for (const stream of [process.stdout, process.stderr]) await new Promise((resolve) => stream.write("", resolve));
  process.exit();
}
