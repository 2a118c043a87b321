// Moves here from features/library once the library work lands.
export { Modal } from '../features/library/Modal';
