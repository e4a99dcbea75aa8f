import { Module } from '@nestjs/common';
import { AllocationModule } from '../allocation/allocation.module.js';
import { AllocationExportController } from './allocation-export.controller.js';
import { AllocationExportService } from './allocation-export.service.js';
import { ExportConnections } from './export-connections.js';

/** HTTP file exports under /api/exports. */
@Module({
  imports: [AllocationModule],
  controllers: [AllocationExportController],
  providers: [AllocationExportService, ExportConnections],
})
export class ExportModule {}
