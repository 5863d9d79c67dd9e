// bpmnlint-findings.mjs FILE.bpmn... -- bpmnlint's "recommended" findings for each file as JSON
// on stdout: {"FILE": [{"rule": ID, "id": ELEMENT_ID, "message": TEXT}, ...], ...}, or
// {"FILE": {"error": TEXT}} for a file bpmn-moddle cannot read.
// tst_bpmnlintparity compares them with Amtsweg's `bpmn` rule set. bpmnlint and bpmn-moddle are
// resolved from NODE_PATH (<build>/npm/node_modules, installed by packaging/install-deps.sh --npm).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const files = process.argv.slice(2);
const require = createRequire(join(process.env.NODE_PATH || process.cwd(), 'x.js'));
const { BpmnModdle } = await import(require.resolve('bpmn-moddle'));
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const result = {};
for (const file of files) {
  // A linter per file: bpmnlint's rules keep state (no-duplicate-sequence-flows remembers the
  // flows it saw), so one linter for several files reports flows of the previous file again.
  const linter = new Linter({ resolver: new NodeResolver({ require }) });
  let rootElement;
  try {
    ({ rootElement } = await new BpmnModdle().fromXML(readFileSync(file, 'utf8')));
  } catch (e) {
    result[file] = { error: String(e.message || e) }; // e.g. UTF-16 files node reads as UTF-8
    continue;
  }
  const reports = await linter.lint(rootElement, { extends: 'bpmnlint:recommended' });
  result[file] = [];
  for (const [rule, findings] of Object.entries(reports))
    for (const f of findings)
      result[file].push({ rule, id: f.id || '', message: f.message, category: f.category });
}
process.stdout.write(JSON.stringify(result, null, 1));
