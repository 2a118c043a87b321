/** The presenter window as other features see it. */
export { PresentButton } from './PresentButton';
