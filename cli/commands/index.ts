import type { Command } from '../registry';
import { alertsCommand } from './alerts';
import { configCommand } from './config';
import { demoCommand } from './demo';
import { kpiCommand } from './kpi';
import { migrationCommand } from './migration';
import { reviewCommand } from './review';
import { qualityCommand } from './quality';
import { segmentsCommand } from './segments';
import { summaryCommand } from './summary';
import { thresholdsCommand } from './thresholds';

/** Every `rfm` subcommand, in the order `rfm --help` lists them. Add a new one here. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  qualityCommand,
  segmentsCommand,
  summaryCommand,
  thresholdsCommand,
  alertsCommand,
  kpiCommand,
  migrationCommand,
  reviewCommand,
  configCommand,
];
