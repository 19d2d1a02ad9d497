import type { Ledger, RfmRun, RunConfig } from '../../core';
import type { Lang } from '../context';
import type { OutputChunk } from '../io/write-output';
import { renderVersionedJsonList } from '../format/render-versioned-json-list';
import { runVersions } from '../format/run-versions';
import { renderRunHeader } from './render-run-header';
import { segmentsCsv, segmentsJson, segmentsTableChunks } from './render-segments';

/**
 * The whole text `rfm segments` prints for a run, in chunks made as they are asked for (write each before taking
 * the next, so a million customers' 700 MB of JSON or 300 MB of CSV is never held whole; `outputText` joins them):
 * one JSON object per customer with the run versions, the CSV (as UTF-8 bytes), or the run header and the aligned
 * table.
 * @example outputText(segmentsOutput({ run, ledger, config, lang: 'en', format: 'csv' })) // → "customer_id,name,…\r\n…"
 */
export function segmentsOutput(loaded: { run: RfmRun; ledger: Ledger; config: RunConfig; lang: Lang; format: 'table' | 'csv' | 'json' }): Iterable<OutputChunk> {
  const { run, ledger, config, lang, format } = loaded;
  if (format === 'json') return renderVersionedJsonList(segmentsJson(run, lang), runVersions(ledger, config));
  if (format === 'csv') return segmentsCsv(run, lang);
  return tableOutput(run, lang);
}

/** The run header, then the table. */
function* tableOutput(run: RfmRun, lang: Lang): Generator<string> {
  yield `${renderRunHeader(run, lang)}\n\n`;
  yield* segmentsTableChunks(run, lang);
  yield '\n';
}
