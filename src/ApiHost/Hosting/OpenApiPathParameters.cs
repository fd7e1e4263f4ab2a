using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Declares every parameter of an operation's route template, including those its handler does not bind.</summary>
/// <remarks>
/// A handler that never reads <c>{tenant}</c> (the tenant policy does) leaves it out of the generated operation, and a
/// path with an undeclared parameter is invalid OpenAPI that typed clients cannot call.
/// </remarks>
public sealed class OpenApiPathParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath is not { } path)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var parameter in RoutePatternFactory.Parse(path).Parameters)
        {
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == parameter.Name))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Schema = Schema(parameter),
                });
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The schema the parameter's route constraint implies; a string when it has none.</summary>
    private static OpenApiSchema Schema(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault() switch
        {
            "int" => new() { Type = JsonSchemaType.Integer, Format = "int32" },
            "long" => new() { Type = JsonSchemaType.Integer, Format = "int64" },
            "guid" => new() { Type = JsonSchemaType.String, Format = "uuid" },
            _ => new() { Type = JsonSchemaType.String },
        };
}
