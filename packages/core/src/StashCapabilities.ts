import {
  buildClientSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { SCHEMA_AVAILABLE_SINCE } from './__generated__/availability.js';
import { type FilterField, filterFields, type SchemaField, schemaFields } from './schemaFields.js';

export interface ProbeResult {
  version: string;
  appSchema: number | null;
  introspection: IntrospectionQuery;
}

/** A schema already built (the fake Stash's own), in place of a probe's introspection. */
export interface SchemaSource {
  version: string;
  appSchema: number | null;
  schema: GraphQLSchema;
}

/**
 * What one Stash server supports, read once per client from `version`, `systemStatus.appSchema` and the schema's
 * introspection. Decisions use the introspected schema, not the version string: appSchema is 72 for both v0.28 and
 * v0.29, and development builds report versions like v0.30.1-12-gabc.
 */
export class StashCapabilities {
  readonly version: string;
  readonly appSchema: number | null;
  readonly schema: GraphQLSchema;

  constructor(probe: ProbeResult | SchemaSource) {
    this.version = probe.version;
    this.appSchema = probe.appSchema;
    this.schema = 'schema' in probe ? probe.schema : buildClientSchema(probe.introspection);
  }

  hasQuery(name: string): boolean {
    return this.typeHasField('Query', name);
  }

  hasMutation(name: string): boolean {
    return this.typeHasField('Mutation', name);
  }

  hasSubscription(name: string): boolean {
    return this.typeHasField('Subscription', name);
  }

  hasType(name: string): boolean {
    return this.schema.getType(name) !== undefined;
  }

  typeHasField(type: string, field: string): boolean {
    const t = this.schema.getType(type);
    return (isObjectType(t) || isInterfaceType(t)) && Object.hasOwn(t.getFields(), field);
  }

  inputHasField(input: string, field: string): boolean {
    const t = this.schema.getType(input);
    return isInputObjectType(t) && Object.hasOwn(t.getFields(), field);
  }

  /**
   * The fields of an object, interface or input type on this server, or null when it has no such type. The one place
   * the SDK reflects a server's schema: the store's selections, populate paths and filters read it from here.
   */
  fields(typeName: string): ReadonlyMap<string, SchemaField> | null {
    return schemaFields(this.schema, typeName);
  }

  /**
   * The fields of a filter input type (`SceneFilterType`) on this server, each with its criterion kind and the lookups
   * it takes (the generated CRITERION_LOOKUPS), or null when the server has no such type; AND/OR/NOT left out.
   */
  filterFields(filterType: string): ReadonlyMap<string, FilterField> | null {
    return filterFields(this.schema, filterType);
  }

  /** The oldest supported Stash version that has a schema coordinate (`Type`, `Type.field`, `Enum.VALUE`). */
  static minVersion(coordinate: string): string | undefined {
    return SCHEMA_AVAILABLE_SINCE[coordinate];
  }
}
