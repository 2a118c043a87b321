export { downloadTextFile } from '../features/library/download';
