import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outBytes: (bytes) => process.stdout.write(bytes),
  outIsTerminal: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
