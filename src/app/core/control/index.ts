export { CommandGuard } from './command-guard';
export { describeNotSent, explainHubError, type CommandOutcome, type NotSentReason } from './command-outcome';
export { ControlService } from './control-service';
