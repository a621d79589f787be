import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { ExtensionResolver } from './extension.resolver';
import { ExtensionService } from './extension.service';

@Module({ imports: [AssignmentModule], providers: [ExtensionService, ExtensionResolver] })
export class ExtensionModule {}
