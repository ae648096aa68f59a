export { CredentialsVault } from './credentials-vault';
export { SessionStore, type LiveCredentials, type SessionStatus } from './session-store';
export { describeSignInError, type SignInError } from './sign-in-error';
