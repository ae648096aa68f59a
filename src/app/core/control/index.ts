export { CommandGuard } from './command-guard';
export { describeNotSent, explainHubError, type CommandOutcome } from './command-outcome';
export { ControlService } from './control-service';
