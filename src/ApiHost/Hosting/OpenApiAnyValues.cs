using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Describes a nullable member of any JSON value (a <c>JsonElement?</c>, such as an audit entry's <c>before</c>) as the plain any-value reference.</summary>
/// <remarks>
/// The generator writes it as <c>oneOf: [any value, null]</c>; null matches both, and <c>oneOf</c> allows exactly one, so
/// every null the API writes there would fail a client's check. Any JSON value already includes null.
/// </remarks>
public sealed class OpenApiAnyValues : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components?.Schemas;
        if (components is null)
        {
            return Task.CompletedTask;
        }

        foreach (var properties in components.Values.Select(s => s.Properties).OfType<IDictionary<string, IOpenApiSchema>>())
        {
            foreach (var (name, property) in properties.ToList())
            {
                if (property.OneOf is [var first, var second]
                    && (first, second) switch
                    {
                        (OpenApiSchemaReference value, { Type: JsonSchemaType.Null }) => value,
                        ({ Type: JsonSchemaType.Null }, OpenApiSchemaReference value) => value,
                        _ => null,
                    } is { } reference
                    && reference.Reference.Id is { } id
                    && components.TryGetValue(id, out var target) && AcceptsAnything(target))
                {
                    properties[name] = reference;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool AcceptsAnything(IOpenApiSchema schema) =>
        schema.Type is null && schema.Properties is not { Count: > 0 } && schema.Enum is not { Count: > 0 }
        && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 };
}
