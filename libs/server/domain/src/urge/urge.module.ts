import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { UrgeResolver } from './urge.resolver';
import { UrgeService } from './urge.service';

@Module({ imports: [AssignmentModule], providers: [UrgeService, UrgeResolver] })
export class UrgeModule {}
