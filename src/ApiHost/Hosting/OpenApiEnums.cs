using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Makes each enum component a plain string enum: its names, typed as strings, without <c>null</c>.</summary>
/// <remarks>
/// The generator puts <c>null</c> into a shared enum component when one of its users is nullable
/// (dotnet/aspnetcore#65017), so every user of the component, the non-nullable ones too, would accept null.
/// Nullable users already say so themselves (<c>oneOf: [null, $ref]</c>), so the component needs no null.
/// </remarks>
public sealed class OpenApiEnums : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is not { Count: > 0 } names)
            {
                continue;
            }

            for (var i = names.Count - 1; i >= 0; i--)
            {
                if (names[i] is null)
                {
                    names.RemoveAt(i);
                }
            }

            if (names.All(n => n?.GetValueKind() == JsonValueKind.String))
            {
                schema.Type = JsonSchemaType.String;
            }
        }

        return Task.CompletedTask;
    }
}
