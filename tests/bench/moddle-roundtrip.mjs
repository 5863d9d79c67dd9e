// moddle-roundtrip.mjs IN.bpmn OUT.bpmn -- what bpmn.io / Camunda Modeler do on open + save:
// bpmn-moddle fromXML, then toXML, written to OUT. The benchmark times the whole node process;
// this script prints its own split (parse / serialize, ms) and the warning count on stderr.
// bpmn-moddle is resolved from NODE_PATH (run-bench.sh sets it to <build>/npm/node_modules).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node moddle-roundtrip.mjs IN.bpmn OUT.bpmn');
  process.exit(64);
}
const require = createRequire(join(process.env.NODE_PATH || process.cwd(), 'x.js'));
const { BpmnModdle } = await import(require.resolve('bpmn-moddle'));

const t0 = performance.now();
const moddle = new BpmnModdle();
const { rootElement, warnings } = await moddle.fromXML(readFileSync(input, 'utf8'));
const t1 = performance.now();
const { xml } = await moddle.toXML(rootElement, { format: true });
writeFileSync(output, xml);
const t2 = performance.now();
console.error(`moddle: parse ${(t1 - t0).toFixed(0)} ms, serialize ${(t2 - t1).toFixed(0)} ms, ` +
              `${warnings.length} warning(s)`);
