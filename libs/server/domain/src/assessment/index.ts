// The assessment feature's door: other folders import from '../assessment', never from its files.
export * from './bulletin.entity';
export * from './score-entry.entity';
export * from './assessment.logic';
export * from './assessment.service';
export * from './assessment.queries';
export * from './assessment.module';
