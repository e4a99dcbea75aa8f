import { Module } from '@nestjs/common';
import { AllocationModule } from '../allocation/allocation.module.js';
import { AllocationExportController } from './allocation-export.controller.js';
import { AllocationExportRepository } from './allocation-export.repository.js';
import { AllocationExportService } from './allocation-export.service.js';
import { ExportConnections } from './export-connections.js';

/** HTTP file exports under /api/exports. */
@Module({
  imports: [AllocationModule],
  controllers: [AllocationExportController],
  providers: [AllocationExportService, AllocationExportRepository, ExportConnections],
})
export class ExportModule {}
