// The deadline feature's door: other folders import from '../deadline', never from its files.
export * from './deadline-sweep.service';
export * from './deadline-worker.module';
