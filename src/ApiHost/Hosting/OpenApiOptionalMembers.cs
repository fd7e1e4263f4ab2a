using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Leaves out of <c>required</c> the members the serializer may leave out of an answer (<c>[JsonIgnore(Condition = WhenWritingNull)]</c> and the like).</summary>
/// <remarks>
/// The generator requires every constructor parameter, so a backtest's totals, which write no <c>target</c>,
/// would break a client that checks required members.
/// </remarks>
public sealed class OpenApiOptionalMembers : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var member in context.JsonTypeInfo.Properties.Where(p => p.ShouldSerialize is not null))
        {
            required.Remove(member.Name);
        }

        return Task.CompletedTask;
    }
}
