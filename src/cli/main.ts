// `marsad <command> ...`: dispatches to src/cli/commands/<command>.ts, each of which exports
// `run(args): Promise<number>` (the exit code). Commands load lazily so `geoparse` does not
// pay for the browser tooling `screenshot` needs.

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  geoparse: { summary: 'find and resolve the places Arabic texts name (GeoJSONSeq)', load: () => import('./commands/geoparse.ts') },
  build: { summary: 'geoparse a corpus and write the map layers', load: () => import('./commands/build.ts') },
  export: { summary: 'export a layer as GeoJSON, GeoJSONSeq, CSV or KML', load: () => import('./commands/export.ts') },
  screenshot: { summary: 'render a briefing PNG of the map', load: () => import('./commands/screenshot.ts') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`);
  return `usage: marsad <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "marsad <command> --help" for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`marsad: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`marsad: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
