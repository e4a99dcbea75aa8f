import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A county (fylke): a geography with a number and a name. Its county authority is an organisation. */
@Entity({ name: 'counties' })
export class CountyEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  number!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
