import './sessions.css';
/** Sessions (follow-ups, go/no-go) and the readiness trend as other features see them. */
export { addNamedVersionPoint } from './session-flow';
export { SessionsButton } from './SessionsButton';
export { SessionReview } from './SessionReview';
export { TrendChart } from './TrendChart';
