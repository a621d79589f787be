import { Module } from '@nestjs/common';
import { RollupService } from './rollup.service';

/** The counters alone: what every assignment write needs (the API and the worker's sweeper). */
@Module({ providers: [RollupService], exports: [RollupService] })
export class RollupCoreModule {}
