export { ClientPolicyDialog } from './ClientPolicyDialog';
export { DecompteTable } from './DecompteTable';
export { DefaultPolicyForm } from './DefaultPolicyForm';
export { DunningPanel } from './DunningPanel';
export { LegalDatesForm } from './LegalDatesForm';
export { StepActionButton } from './StepActionButton';
export { markSentLabel } from './markSentLabel';
export { useLevelLabels } from './useLevelLabels';
