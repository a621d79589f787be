import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@duban/platform';
import { InstructionEntity } from './instruction.entity';
import { InstructionLine, instructionRepository } from './instruction.repository';

const byKey = (rows: InstructionEntity[], key: (r: InstructionEntity) => string | null) => {
  const map = new Map<string, InstructionEntity[]>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), r]);
  }
  return map;
};

/** Read side of instructions: what RLS lets the caller read (the item's readers, the report's chain). */
@Injectable()
export class InstructionQueries {
  ofItem(ctx: RequestContext) {
    return ctx.loader(
      'instruction.ofItem',
      () =>
        new DataLoader<string, InstructionEntity[]>(async (ids) => {
          const map = byKey(await instructionRepository.ofItems(ctx.db, ids), (r) => String(r.itemId));
          return ids.map((id) => map.get(String(id)) ?? []);
        }),
    );
  }

  ofReport(ctx: RequestContext) {
    return ctx.loader(
      'instruction.ofReport',
      () =>
        new DataLoader<string, InstructionEntity[]>(async (ids) => {
          const map = byKey(await instructionRepository.ofReports(ctx.db, ids), (r) =>
            r.reportId === null ? null : String(r.reportId),
          );
          return ids.map((id) => map.get(String(id)) ?? []);
        }),
    );
  }

  /** Everything leaders wrote on an item, its reports included, for the printed forms (登记表, 反馈单). */
  linesOfItem(ctx: RequestContext, itemId: string): Promise<InstructionLine[]> {
    return instructionRepository.linesOfItem(ctx.db, itemId);
  }
}
