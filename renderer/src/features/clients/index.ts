export { ClientFormDialog } from './ClientFormDialog';
export { ClientScreen } from './ClientScreen';
export { ClientsScreen } from './ClientsScreen';
export { validateIdentity, type ClientFormValues } from './clientForm';
export { EnvelopePreview } from './EnvelopePreview';
