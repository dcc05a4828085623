#!/usr/bin/env node
// A small command line around the npm `age-encryption` package (typage), used by
// tests/interop as a real, independent peer implementation of age v1.
//
//   node age-js.mjs keygen [--pq]
//       prints two lines: the identity (AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)
//       and its recipient (age1… or age1pq1…)
//   node age-js.mjs to-recipient IDENTITY_FILE
//       prints the recipient of every identity in the file, one a line
//   node age-js.mjs encrypt [-r RECIPIENT]... [--passphrase-file F] [--work-factor N] [-a]
//       stdin -> stdout
//   node age-js.mjs decrypt [-i IDENTITY_FILE]... [--passphrase-file F]
//       stdin -> stdout; ASCII armor is detected by its "-----BEGIN" line
//   node age-js.mjs version
//       prints the installed age-encryption version
//
// Identity files: one identity a line; blank lines and lines starting with '#'
// are ignored (the age-keygen format). Errors: one line on stderr, exit code 1;
// usage errors exit 2.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as age from "age-encryption";

function fail(message, code = 1) {
  process.stderr.write(`age-js: ${message}\n`);
  process.exit(code);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function writeStdout(bytes) {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (err) => (err ? reject(err) : resolve()));
  });
}

function readIdentityFile(path) {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const ids = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  if (ids.length === 0) fail(`no identities in ${path}`);
  return ids;
}

function readPassphraseFile(path) {
  // Same convention as the voiceapp CLI: the file holds the passphrase; one
  // trailing newline (LF or CRLF) is not part of it.
  return readFileSync(path, "utf8").replace(/\r?\n$/, "");
}

function parseArgs(argv, spec) {
  // spec: { "-r": "multi", "-a": "flag", "--passphrase-file": "single", ... }
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const kind = spec[a];
    if (kind === undefined) {
      if (a.startsWith("-")) fail(`unknown option ${a}`, 2);
      out._.push(a);
    } else if (kind === "flag") {
      out[a] = true;
    } else {
      if (i + 1 >= argv.length) fail(`${a} needs a value`, 2);
      const v = argv[++i];
      if (kind === "multi") (out[a] ??= []).push(v);
      else out[a] = v;
    }
  }
  return out;
}

function looksArmored(bytes) {
  const head = Buffer.from(bytes.subarray(0, 64)).toString("latin1").trimStart();
  return head.startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  switch (cmd) {
    case "version": {
      // The package's "exports" hides package.json, so find it beside dist/.
      const main = createRequire(import.meta.url).resolve("age-encryption");
      const pkg = JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8"));
      process.stdout.write(pkg.version + "\n");
      return;
    }
    case "keygen": {
      const args = parseArgs(rest, { "--pq": "flag" });
      const identity = args["--pq"]
        ? await age.generateHybridIdentity()
        : await age.generateX25519Identity();
      const recipient = await age.identityToRecipient(identity);
      process.stdout.write(`${identity}\n${recipient}\n`);
      return;
    }
    case "to-recipient": {
      const args = parseArgs(rest, {});
      if (args._.length !== 1) fail("to-recipient needs one IDENTITY_FILE", 2);
      for (const id of readIdentityFile(args._[0])) {
        process.stdout.write((await age.identityToRecipient(id)) + "\n");
      }
      return;
    }
    case "encrypt": {
      const args = parseArgs(rest, {
        "-r": "multi",
        "-a": "flag",
        "--passphrase-file": "single",
        "--work-factor": "single",
      });
      const e = new age.Encrypter();
      if (args["--passphrase-file"] !== undefined) {
        if (args["--work-factor"] !== undefined) {
          e.setScryptWorkFactor(Number.parseInt(args["--work-factor"], 10));
        }
        e.setPassphrase(readPassphraseFile(args["--passphrase-file"]));
      }
      for (const r of args["-r"] ?? []) e.addRecipient(r);
      if (args["--passphrase-file"] === undefined && (args["-r"] ?? []).length === 0) {
        fail("encrypt needs -r or --passphrase-file", 2);
      }
      const plaintext = await readStdin();
      const ciphertext = await e.encrypt(plaintext);
      if (args["-a"]) await writeStdout(Buffer.from(age.armor.encode(ciphertext), "utf8"));
      else await writeStdout(ciphertext);
      return;
    }
    case "decrypt": {
      const args = parseArgs(rest, { "-i": "multi", "--passphrase-file": "single" });
      const d = new age.Decrypter();
      for (const path of args["-i"] ?? []) {
        for (const id of readIdentityFile(path)) d.addIdentity(id);
      }
      if (args["--passphrase-file"] !== undefined) {
        d.addPassphrase(readPassphraseFile(args["--passphrase-file"]));
      }
      if (args["--passphrase-file"] === undefined && (args["-i"] ?? []).length === 0) {
        fail("decrypt needs -i or --passphrase-file", 2);
      }
      let input = await readStdin();
      if (looksArmored(input)) input = age.armor.decode(Buffer.from(input).toString("utf8"));
      const plaintext = await d.decrypt(input);
      await writeStdout(plaintext);
      return;
    }
    default:
      fail("usage: age-js.mjs keygen|to-recipient|encrypt|decrypt|version ...", 2);
  }
}

main().catch((err) => {
  const msg = err instanceof Error ? err.message : String(err);
  fail(msg.split("\n")[0] || "error");
});
