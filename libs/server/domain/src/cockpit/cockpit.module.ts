import { Module } from '@nestjs/common';
import { CockpitResolver } from './cockpit.resolver';

@Module({ providers: [CockpitResolver] })
export class CockpitModule {}
