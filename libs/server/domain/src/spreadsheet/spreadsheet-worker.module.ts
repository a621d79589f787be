import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { ItemModule } from '../item';
import { RollupModule } from '../rollup';
import { LedgerExport } from './ledger-export';
import { SpreadsheetProcessor } from './spreadsheet.processor';
import { TargetImport } from './target-import';

/** What the worker needs for spreadsheets: the processor and the rooms it drives (no resolvers of its own). */
@Module({
  imports: [ItemModule, AssignmentModule, RollupModule],
  providers: [SpreadsheetProcessor, LedgerExport, TargetImport],
})
export class SpreadsheetWorkerModule {}
