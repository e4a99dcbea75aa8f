export { BenefitCreate as default } from './BenefitForm';
