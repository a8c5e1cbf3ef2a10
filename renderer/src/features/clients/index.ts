export { ClientFormDialog } from './ClientFormDialog';
export { ClientsScreen } from './ClientsScreen';
export { validateIdentity } from './clientForm';
export { EnvelopePreview } from './EnvelopePreview';
