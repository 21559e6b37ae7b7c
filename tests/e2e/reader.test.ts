import { describeReaderWalk } from './lib/reader-walk';

describeReaderWalk('/');
