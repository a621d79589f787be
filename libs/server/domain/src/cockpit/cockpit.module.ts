import { Module } from '@nestjs/common';
import { OrgModule } from '../org';
import { CockpitResolver } from './cockpit.resolver';

@Module({ imports: [OrgModule], providers: [CockpitResolver] })
export class CockpitModule {}
