import { Test } from '@nestjs/testing';
import {
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type GraphQLObjectType, type GraphQLSchema, execute, parse } from 'graphql';
import { compiledExecutor } from './compiled-execution.js';
import { propertyResolver, readsOwnProperty, withoutPropertyResolvers } from './property-fields.js';

@ObjectType('Organisation')
class OrganisationType {
  @Field()
  name!: string;
}

@ObjectType('Participant')
class ParticipantType {
  @Field()
  role!: string;

  @Field({ nullable: true })
  pays?: boolean;

  // Another property than the field's name: NestJS's resolver reads `internalCode`.
  @Field({ name: 'code' })
  internalCode!: string;

  @Field(() => OrganisationType)
  organisation!: OrganisationType;
}

@Resolver(() => ParticipantType)
class ParticipantResolver {
  @Query(() => [ParticipantType])
  participants(): unknown[] {
    return [
      { role: 'OWNER', pays: true, internalCode: 'P1', organisation: { name: 'Oslo kommune' } },
      { role: 'PARTNER', internalCode: 'P2', organisation: { name: 'Bergen kommune' } },
    ];
  }

  @ResolveField(() => String)
  label(@Parent() participant: { role: string; internalCode: string }): string {
    return `${participant.internalCode}: ${participant.role}`;
  }
}

/** The schema as NestJS's own schema factory builds it (the resolvers it gives `@Field`s included). */
async function nestSchema(): Promise<GraphQLSchema> {
  const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
  const schema = await moduleRef.get(GraphQLSchemaFactory).create([ParticipantResolver]);
  // The query's resolver is bound to an instance here as NestJS does in an application.
  const resolver = new ParticipantResolver();
  const query = schema.getQueryType()!.getFields().participants;
  query.resolve = () => resolver.participants();
  const label = (schema.getType('Participant') as GraphQLObjectType).getFields().label;
  label.resolve = (source) => resolver.label(source as { role: string; internalCode: string });
  await moduleRef.close();
  return schema;
}

const QUERY = parse('{ participants { role pays code label organisation { name } } }');
const ANSWER = {
  data: {
    participants: [
      { role: 'OWNER', pays: true, code: 'P1', label: 'P1: OWNER', organisation: { name: 'Oslo kommune' } },
      {
        role: 'PARTNER',
        pays: null,
        code: 'P2',
        label: 'P2: PARTNER',
        organisation: { name: 'Bergen kommune' },
      },
    ],
  },
};

describe('withoutPropertyResolvers', () => {
  it("takes NestJS's resolver off the fields that only read their own property, and keeps the others", async () => {
    const schema = await nestSchema();
    const participant = (schema.getType('Participant') as GraphQLObjectType).getFields();
    // NestJS gives every @Field a resolver: the hot lists' fields are found by what it is.
    expect(readsOwnProperty(participant.role.resolve, 'role')).toBe(true);
    expect(readsOwnProperty(participant.code.resolve, 'code')).toBe(false); // reads internalCode

    expect(withoutPropertyResolvers(schema)).toBe(4); // Participant.role, pays, organisation; Organisation.name
    expect(participant.role.resolve).toBeUndefined();
    expect(participant.pays.resolve).toBeUndefined();
    expect(participant.organisation.resolve).toBeUndefined();
    expect((schema.getType('Organisation') as GraphQLObjectType).getFields().name.resolve).toBeUndefined();
    expect(participant.code.resolve).toBeDefined();
    expect(participant.label.resolve).toBeDefined();
    expect(schema.getQueryType()!.getFields().participants.resolve).toBeDefined();
  });

  it('answers as before on both paths of the compiled executor', async () => {
    const before = await execute({ schema: await nestSchema(), document: QUERY });
    expect(before).toEqual(ANSWER);

    const schema = await nestSchema();
    withoutPropertyResolvers(schema);
    const paths: string[] = [];
    const run = compiledExecutor(schema, { compileAfterRuns: 2, onExecute: (path) => paths.push(path) });
    const operation = QUERY.definitions[0] as Parameters<typeof run>[0]['operation'];
    for (let n = 0; n < 3; n++) {
      const answer = await run({
        document: QUERY,
        operation,
        queryHash: 'participants',
        context: {},
        request: {},
      });
      expect(answer).toEqual(ANSWER);
    }
    expect(paths).toEqual(['interpreted', 'compiled', 'compiled']);
  });
});

describe('propertyResolver', () => {
  it("reads the property of the field's name and does not call a function found there", () => {
    const method = () => 'called';
    const info = (fieldName: string) => ({ fieldName }) as Parameters<typeof propertyResolver>[3];
    expect(propertyResolver({ name: 'Hole' }, {}, {}, info('name'))).toBe('Hole');
    expect(propertyResolver({ name: method }, {}, {}, info('name'))).toBe(method);
    expect(propertyResolver({}, {}, {}, info('name'))).toBeUndefined();
  });
});
