export { BenefitEdit as default } from './BenefitForm';
