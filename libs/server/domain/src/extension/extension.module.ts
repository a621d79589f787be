import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { ItemModule } from '../item';
import { ExtensionResolver } from './extension.resolver';
import { ExtensionService } from './extension.service';

@Module({ imports: [AssignmentModule, ItemModule], providers: [ExtensionService, ExtensionResolver] })
export class ExtensionModule {}
