using GrainMarketing.ApiHost.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Describes the bearer JWT and <c>X-Api-Key</c> credentials in the OpenAPI document, so the reference page can sign requests.</summary>
/// <remarks>Marks each operation with the credentials its policy takes, and says at the end of its description who may call it.</remarks>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Bearer = "bearer";
    public const string ApiKey = "apiKey";

    private static readonly Dictionary<string, string> Who = new()
    {
        [TenantPolicies.SignedIn] = "a signed-in person (access token)",
        [TenantPolicies.Read] = "a viewer or above, or a read or admin API key",
        [TenantPolicies.Write] = "an editor or admin, or an admin API key",
        [TenantPolicies.Ingest] = "an editor or admin, or an ingest or admin API key",
        [TenantPolicies.Admin] = "an admin, or an admin API key",
        [TenantPolicies.Member] = "any member (access token, not an API key)",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from POST /api/v1/auth/login.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "A tenant's API key from POST /api/v1/tenants/{tenant}/keys.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()
            || metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null) is not { } policy)
        {
            return Task.CompletedTask;
        }

        var keys = TenantPolicies.Requirements.TryGetValue(policy, out var requirement) && requirement.Scopes.Count > 0;
        operation.Security = [Requirement(Bearer, context.Document)];
        if (keys)
        {
            operation.Security.Add(Requirement(ApiKey, context.Document));
        }

        var who = $"Who may call it: {Who.GetValueOrDefault(policy, policy)}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
