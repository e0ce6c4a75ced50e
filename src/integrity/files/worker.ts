/** A worker thread finding the findings of its share of the files (run.ts starts it). */
import { parentPort, workerData } from 'node:worker_threads';
import { fileFindings, type FileFindings, type FileInput, type FileSettings } from './findings.ts';

const { inputs, settings } = workerData as { inputs: FileInput[]; settings: FileSettings };
const results: FileFindings[] = [];
for (const input of inputs) results.push(await fileFindings(input, settings));
parentPort!.postMessage(results);
