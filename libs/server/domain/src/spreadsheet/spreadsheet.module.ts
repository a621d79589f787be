import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { EvidenceModule } from '../evidence';
import { OrgModule } from '../org';
import { SpreadsheetResolver } from './spreadsheet.resolver';
import { SpreadsheetService } from './spreadsheet.service';

/** The API side of spreadsheets: start jobs, read one's own, the import template. */
@Module({
  imports: [AuditModule, EvidenceModule, OrgModule],
  providers: [SpreadsheetService, SpreadsheetResolver],
})
export class SpreadsheetModule {}
