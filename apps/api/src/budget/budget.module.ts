import { Module } from '@nestjs/common';
import { AllocationModule } from '../allocation/allocation.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BudgetExportController } from './budget-export.controller.js';
import { BudgetForecastService } from './budget-forecast.service.js';
import { BudgetRepository } from './budget.repository.js';
import { BudgetResolver } from './budget.resolver.js';
import { InvoiceBasisService } from './invoice-basis.service.js';
import { KeyConfirmationService } from './key-confirmation.service.js';
import { KostraCodeService } from './kostra-code.service.js';

/** Money in the budget (issue 21): forecast, KOSTRA codes, invoice basis, key confirmations. */
@Module({
  imports: [AllocationModule, InitiativeModule],
  controllers: [BudgetExportController],
  providers: [
    BudgetRepository,
    BudgetForecastService,
    InvoiceBasisService,
    KeyConfirmationService,
    KostraCodeService,
    BudgetResolver,
  ],
})
export class BudgetModule {}
