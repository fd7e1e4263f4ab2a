using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Describes numbers as JSON numbers only, without the "or a numeric string" the web JSON defaults add.</summary>
/// <remarks>
/// The API writes every number as a JSON number; it also reads numbers sent as strings, which a client generated from
/// the document never needs to send. Left in, the string alternative turns every count into a union type in typed clients.
/// </remarks>
public sealed class OpenApiNumbers : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
