using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Lets a type that keeps extra members (<c>[JsonExtensionData]</c>, such as a problem's extensions) have them in the document too.</summary>
/// <remarks>
/// Refusing unmapped members makes the generator close every object schema, these included, so a 409 problem's
/// <c>missing</c> map or a validation problem's <c>traceId</c> would break a client that validates answers against the document.
/// </remarks>
public sealed class OpenApiExtensionData : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Properties.Any(p => p.IsExtensionData))
        {
            schema.AdditionalPropertiesAllowed = true;
            schema.AdditionalProperties = null;
        }

        return Task.CompletedTask;
    }
}
