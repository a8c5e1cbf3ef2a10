export { IdentityHint } from './IdentityHint';
export { SettingsScreen } from './SettingsScreen';
