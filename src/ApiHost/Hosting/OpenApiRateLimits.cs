using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Declares the 429 problem, with its <c>Retry-After</c> header, on every operation the global rate limiter guards.</summary>
/// <remarks>The limiter runs before routing's handlers for every endpoint that does not opt out, so no endpoint states it itself.</remarks>
public sealed class OpenApiRateLimits : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        var status = StatusCodes.Status429TooManyRequests.ToString(CultureInfo.InvariantCulture);
        var response = operation.Responses.TryGetValue(status, out var declared) && declared is OpenApiResponse own
            ? own
            : new OpenApiResponse
            {
                Description = "Over a rate limit: the problem names it; retry after Retry-After seconds.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document) },
                },
            };
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd("Retry-After", new OpenApiHeader
        {
            Description = "Whole seconds to wait before trying again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        });
        operation.Responses[status] = response;
        return Task.CompletedTask;
    }
}
