import { Module } from '@nestjs/common';
import { UserModule } from '../../user/user.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [UserModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
