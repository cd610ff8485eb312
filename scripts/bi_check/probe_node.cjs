// The README's Node recipe (@duckdb/node-api) and Evidence's DuckDB source with the README's
// initialize.sql, in the throwaway npm project scripts/bi_check/run.py makes (NODE_PATH).
// Reads a JSON spec on stdin; prints one JSON object with every answer. One fresh instance
// per statement, as Evidence itself opens them.
'use strict';
const fs = require('fs');

const text = (value) =>
	JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));

async function nodeApi(spec, sql) {
	const { DuckDBInstance } = require('@duckdb/node-api');
	const instance = await DuckDBInstance.create(spec.serving, spec.node_options);
	const conn = await instance.connect();
	try {
		const reader = await conn.runAndReadAll(sql);
		return reader.getRowsJS().map((row) => row.map(String));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

async function evidence(spec, sql) {
	const runQuery = require('@evidence-dev/duckdb');
	const result = await runQuery(sql, { filename: spec.evidence_filename, directory: spec.evidence_dir });
	const rows = [];
	for await (const batch of result.rows()) {
		for (const row of Array.isArray(batch) ? batch : [batch]) rows.push(Object.values(row).map(String));
	}
	return rows;
}

async function attempt(run, spec, sql) {
	try {
		return { rows: await run(spec, sql) };
	} catch (error) {
		const message = String(error && error.message ? error.message : error);
		return { error: 'Error', message: message.split('\n')[0].slice(0, 300) };
	}
}

async function main() {
	const spec = JSON.parse(fs.readFileSync(0, 'utf8'));
	const version = require('@duckdb/node-api/package.json').version;
	const ways = { [`@duckdb/node-api ${version}`]: nodeApi };
	if (spec.evidence_dir) {
		const evidenceVersion = require('@evidence-dev/duckdb/package.json').version;
		ways[`@evidence-dev/duckdb ${evidenceVersion} + initialize.sql`] = evidence;
	}
	const report = { ways: {} };
	for (const [name, run] of Object.entries(ways)) {
		const legit = [];
		for (const sql of spec.legit) legit.push(await attempt(run, spec, sql));
		const escapes = [];
		for (const [escape, sql] of spec.escapes) escapes.push({ name: escape, ...(await attempt(run, spec, sql)) });
		report.ways[name] = { legit, escapes };
	}
	process.stdout.write(text(report) + '\n');
}

main().catch((error) => {
	process.stdout.write(text({ fatal: String(error && error.stack ? error.stack : error) }) + '\n');
	process.exit(1);
});
